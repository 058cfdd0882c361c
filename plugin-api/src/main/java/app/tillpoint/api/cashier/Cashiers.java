package app.tillpoint.api.cashier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The people who may use this till. Provided by the host; backed by its database.
 *
 * <p>Every method may block on the database: call them from a background task
 * ({@link app.tillpoint.api.KioskContext#background}), never on the event thread. The host audits unknown badges,
 * wrong PINs and lock-outs itself.
 */
public interface Cashiers {

    /** Active cashiers and head cashiers, by name. */
    List<Cashier> active();

    /**
     * The active cashier whose badge this is; empty (and audited) for an unknown badge. A look-up only: it identifies
     * nobody (see {@link #checkBadge}).
     */
    Optional<Cashier> byBadge(String badgeCode);

    /**
     * A badge scanned on the lock screen: its cashier, identified at once where the badge is enough, or waiting for
     * their PIN. Unknown badges are audited. @since 1.2
     */
    default BadgeCheck checkBadge(String badgeCode) {
        throw new UnsupportedOperationException("This host does not identify cashiers by badge");
    }

    /** Whether this cashier must enter a PIN to identify (terminal policy: head cashiers, anyone with a PIN). */
    boolean needsPin(Cashier cashier);

    /**
     * Checks a PIN; counts wrong ones. After the terminal's number of wrong PINs in a row the cashier is locked out,
     * longer each time in a row (the terminal's lock-out time, then twice that, …, up to its cap). An accepted PIN
     * carries the cashier's {@link Identification} (since 1.2). The array is not kept; the caller should clear it.
     */
    PinCheck checkPin(Cashier cashier, char[] pin);

    /** When this cashier's lock-out ends, if locked out now. */
    Optional<Instant> lockedUntil(Cashier cashier);
}
