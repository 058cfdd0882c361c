package app.tillpoint.api.cashier;

import java.util.Objects;

/** A person who may use the till. Badge codes and PINs never leave the host; {@code hasPin} only says one is set. */
public record Cashier(long id, String name, Role role, boolean hasPin) {
    public Cashier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public boolean isHeadCashier() {
        return role == Role.HEAD_CASHIER;
    }
}
