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
    public BadgeCheck {
        Objects.requireNonNull(cashier, "cashier");
        Objects.requireNonNull(identification, "identification");
    }

    /** Whether the badge is known and its cashier must now enter a PIN. */
    public boolean needsPin() {
        return cashier.isPresent() && identification.isEmpty();
    }
}
