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

    /**
     * Active cashiers and head cashiers, by name.
     *
     * @return everyone who may use the till now, sorted by name; empty if nobody may
     */
    List<Cashier> active();

    /**
     * The active cashier whose badge this is; empty (and audited) for an unknown badge. A look-up only: it identifies
     * nobody (see {@link #checkBadge}).
     *
     * @param badgeCode the code as {@link app.tillpoint.api.terminal.BadgeScans} delivered it
     * @return the active cashier with that badge, or empty
     */
    Optional<Cashier> byBadge(String badgeCode);

    /**
     * A badge scanned on the lock screen: its cashier, identified at once where the badge is enough, or waiting for
     * their PIN. Unknown badges are audited.
     *
     * @param badgeCode the code as {@link app.tillpoint.api.terminal.BadgeScans} delivered it
     * @return the badge's cashier, if any, and their identification where the badge alone is enough
     * @throws UnsupportedOperationException from this default, in a host written against 1.1
     * @since 1.2
     */
    default BadgeCheck checkBadge(String badgeCode) {
        throw new UnsupportedOperationException("This host does not identify cashiers by badge");
    }

    /**
     * Whether this cashier must enter a PIN to identify (terminal policy: head cashiers, anyone with a PIN).
     *
     * @param cashier an active cashier
     * @return true if a badge alone does not identify them
     */
    boolean needsPin(Cashier cashier);

    /**
     * Checks a PIN; counts wrong ones. After the terminal's number of wrong PINs in a row the cashier is locked out,
     * longer each time in a row (the terminal's lock-out time, then twice that, …, up to its cap). An accepted PIN
     * carries the cashier's {@link Identification} (since 1.2). The array is not kept; the caller should clear it.
     *
     * @param cashier the cashier whose PIN it is
     * @param pin     the digits typed
     * @return accepted (with the identification), wrong (with the attempts left), or locked out (with its end): by
     *         this wrong PIN, or already, when the PIN is not checked
     */
    PinCheck checkPin(Cashier cashier, char[] pin);

    /**
     * When this cashier's lock-out ends, if locked out now.
     *
     * @param cashier the cashier
     * @return the end of their lock-out, or empty if they are not locked out
     */
    Optional<Instant> lockedUntil(Cashier cashier);
}
