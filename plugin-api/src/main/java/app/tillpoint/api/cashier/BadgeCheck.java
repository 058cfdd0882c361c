package app.tillpoint.api.cashier;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a badge scanned on the lock screen, from {@link Cashiers#checkBadge}. @since 1.2
 *
 * @param cashier        the active cashier whose badge it is; empty for an unknown badge
 * @param identification the cashier's identification where the badge is enough; empty where a PIN must follow
 */
public record BadgeCheck(Optional<Cashier> cashier, Optional<Identification> identification) {
    /**
     * Checks that both answers are given, empty or not.
     *
     * @param cashier        the active cashier whose badge it is, or empty; not null
     * @param identification their identification, or empty; not null
     * @throws NullPointerException if either is null
     */
    public BadgeCheck {
        Objects.requireNonNull(cashier, "cashier");
        Objects.requireNonNull(identification, "identification");
    }

    /**
     * Whether the badge is known and its cashier must now enter a PIN.
     *
     * @return true for a known badge without an identification; false for an unknown badge or one that identified
     */
    public boolean needsPin() {
        return cashier.isPresent() && identification.isEmpty();
    }
}
