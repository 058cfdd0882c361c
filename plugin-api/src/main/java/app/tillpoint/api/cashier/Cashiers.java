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

    /** The active cashier whose badge this is; empty (and audited) for an unknown badge. */
    Optional<Cashier> byBadge(String badgeCode);

    /** Whether this cashier must enter a PIN to identify (terminal policy: head cashiers, anyone with a PIN). */
    boolean needsPin(Cashier cashier);

    /**
     * Checks a PIN; counts wrong ones. After the terminal's number of wrong PINs in a row the cashier is locked out
     * for the terminal's lock-out time. The array is not kept; the caller should clear it.
     */
    PinCheck checkPin(Cashier cashier, char[] pin);

    /** When this cashier's lock-out ends, if locked out now. */
    Optional<Instant> lockedUntil(Cashier cashier);
}
