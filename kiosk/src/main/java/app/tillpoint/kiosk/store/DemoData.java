package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Role;

import java.util.Optional;

/**
 * The demo cashiers of a fresh terminal, so the kiosk is usable at once: Asha (badge 1001), Ravi (badge 1002, PIN
 * 2468) and the head cashier Meera (badge 9001, PIN 1234).
 */
public final class DemoData {

    private DemoData() {
    }

    /**
     * Adds the demo cashiers if the database has no cashier at all, not even a disabled one.
     *
     * @return whether they were added
     */
    public static boolean addIfNoCashiers(SqlCashiers cashiers) {
        if (!cashiers.all().isEmpty()) {
            return false;
        }
        cashiers.add("Asha", Role.CASHIER, Optional.of("1001"), Optional.empty());
        cashiers.add("Ravi", Role.CASHIER, Optional.of("1002"), Optional.of("2468"));
        cashiers.add("Meera", Role.HEAD_CASHIER, Optional.of("9001"), Optional.of("1234"));
        return true;
    }
}
