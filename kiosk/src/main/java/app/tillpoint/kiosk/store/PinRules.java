package app.tillpoint.kiosk.store;

import java.time.Duration;
import java.util.Objects;

/**
 * The terminal's PIN policy, from its configuration.
 *
 * @param headCashierNeedsPin whether a head cashier must always enter a PIN (a cashier only if one is set)
 * @param maxWrongPins        wrong PINs in a row before a lock-out
 * @param lockout             how long a lock-out lasts
 */
public record PinRules(boolean headCashierNeedsPin, int maxWrongPins, Duration lockout) {

    /** Head cashiers need a PIN; five wrong PINs lock a cashier out for a minute. */
    public static final PinRules DEFAULT = new PinRules(true, 5, Duration.ofSeconds(60));

    public PinRules {
        Objects.requireNonNull(lockout, "lockout");
        if (maxWrongPins < 1) {
            throw new IllegalArgumentException("maxWrongPins must be at least 1, not " + maxWrongPins);
        }
        if (lockout.isNegative()) {
            throw new IllegalArgumentException("lockout cannot be negative: " + lockout);
        }
    }
}
