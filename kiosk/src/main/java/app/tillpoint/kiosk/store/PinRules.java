package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.PinCheck;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The terminal's PIN policy, from its configuration, and the decision it makes on every PIN: a pure function of what
 * the database holds about the cashier's attempts, whether the PIN matched, and the time, so that it is tested
 * without a database.
 *
 * <p>Wrong PINs in a row up to {@code maxWrongPins} lock the cashier out; each lock-out in a row lasts twice the one
 * before ({@code lockout}, then 2×, 4× …), up to {@code maxLockout}; a right PIN ends the series. A lock-out is timed
 * by the {@link BootClock}, so changing the date neither ends nor extends it; after a reboot what is left of it is
 * read from the wall clock, never more than its full length, and timed by the new boot from then on.
 *
 * @param headCashierNeedsPin whether a head cashier must always enter a PIN (a cashier only if one is set)
 * @param maxWrongPins        wrong PINs in a row before a lock-out
 * @param lockout             how long the first lock-out lasts
 * @param maxLockout          the longest a lock-out grows to
 * @param wrongPinsPerHour    wrong PINs on the whole terminal in an hour that raise an alert
 */
public record PinRules(boolean headCashierNeedsPin, int maxWrongPins, Duration lockout, Duration maxLockout,
                       int wrongPinsPerHour) {

    /** Head cashiers need a PIN; five wrong PINs lock a cashier out for a minute, growing to an hour; 20 an hour alert. */
    public static final PinRules DEFAULT = new PinRules(true, 5, Duration.ofSeconds(60), Duration.ofHours(1), 20);

    public PinRules {
        Objects.requireNonNull(lockout, "lockout");
        Objects.requireNonNull(maxLockout, "maxLockout");
        if (maxWrongPins < 1) {
            throw new IllegalArgumentException("maxWrongPins must be at least 1, not " + maxWrongPins);
        }
        if (lockout.isNegative() || maxLockout.compareTo(lockout) < 0) {
            throw new IllegalArgumentException("Lock-outs must last from " + lockout + " up to " + maxLockout);
        }
        if (wrongPinsPerHour < 1) {
            throw new IllegalArgumentException("wrongPinsPerHour must be at least 1, not " + wrongPinsPerHour);
        }
    }

    /** As the policy of before: lock-outs that do not grow, the default alert. */
    public PinRules(boolean headCashierNeedsPin, int maxWrongPins, Duration lockout) {
        this(headCashierNeedsPin, maxWrongPins, lockout, lockout.compareTo(DEFAULT.maxLockout) > 0 ? lockout
                : DEFAULT.maxLockout, DEFAULT.wrongPinsPerHour);
    }

    /** The time of a decision: the wall clock for the screens, the boot clock for lock-outs. */
    public record Now(Instant wall, String boot, long bootMillis) {
    }

    /**
     * A lock-out as stored: its end on the wall clock (shown to the cashier), its length, and where it started on the
     * boot clock.
     */
    public record Lockout(Instant until, long lengthMillis, String boot, long startedBootMillis) {
    }

    /**
     * What the database holds about one cashier's PINs.
     *
     * @param wrongPins wrong PINs in the current series
     * @param lockouts  lock-outs in a row so far
     * @param lockout   the last lock-out, if one was not cleared by a right PIN
     */
    public record Attempts(String name, boolean active, boolean hasPin, int wrongPins, int lockouts,
                           Optional<Lockout> lockout) {
    }

    /**
     * The decision and what to store.
     *
     * @param check     the answer for the screen
     * @param why       what the audit says
     * @param lockedNow whether this PIN started a lock-out
     * @param store     the attempts to write back; empty: nothing changes
     */
    public record Decision(PinCheck check, String why, boolean lockedNow, Optional<Attempts> store) {
    }

    /** How long the next lock-out lasts after {@code lockouts} in a row: lockout × 2^lockouts, at most maxLockout. */
    public Duration lockoutAfter(int lockouts) {
        Duration length = lockout;
        for (int i = 0; i < lockouts && length.compareTo(maxLockout) < 0; i++) {
            length = length.multipliedBy(2);
        }
        return length.compareTo(maxLockout) > 0 ? maxLockout : length;
    }

    /** What is left of {@code lockout} at {@code now}, re-anchored to this boot if the machine rebooted since. */
    public static Lockout remaining(Lockout lockout, Now now) {
        long left;
        if (lockout.boot().equals(now.boot()) && now.bootMillis() >= lockout.startedBootMillis()) {
            left = lockout.lengthMillis() - (now.bootMillis() - lockout.startedBootMillis());
        } else {
            left = Math.min(lockout.lengthMillis(), Duration.between(now.wall(), lockout.until()).toMillis());
        }
        left = Math.max(0, left);
        return new Lockout(now.wall().plusMillis(left), left, now.boot(), now.bootMillis());
    }

    /** The decision on a PIN entered for a cashier with these {@code attempts}; {@code matches} whether it was right. */
    public Decision judge(Attempts attempts, boolean matches, Now now) {
        String name = attempts.name();
        if (!attempts.active()) {
            return new Decision(wrong(0), "PIN entered for " + name + ", who is disabled", false, Optional.empty());
        }
        Optional<Lockout> left = attempts.lockout().map(l -> remaining(l, now)).filter(l -> l.lengthMillis() > 0);
        if (left.isPresent()) {
            Lockout lock = left.get();
            boolean reanchored = !attempts.lockout().get().boot().equals(now.boot());
            return new Decision(new PinCheck(PinCheck.Outcome.LOCKED_OUT, 0, Optional.of(lock.until())),
                    "PIN refused: " + name + " is locked out until " + lock.until(), false,
                    reanchored ? Optional.of(withLockout(attempts, attempts.wrongPins(), Optional.of(lock))) :
                            Optional.empty());
        }
        // A lock-out that is over starts a new series of attempts; the lock-outs in a row still count.
        int wrong = attempts.lockout().isPresent() ? 0 : attempts.wrongPins();
        if (!attempts.hasPin()) {
            return new Decision(wrong(0), name + " has no PIN set; ask a head cashier to set one", false,
                    Optional.empty());
        }
        if (matches) {
            Attempts cleared = new Attempts(name, true, true, 0, 0, Optional.empty());
            return new Decision(new PinCheck(PinCheck.Outcome.ACCEPTED, maxWrongPins, Optional.empty()), "", false,
                    Optional.of(cleared));
        }
        wrong++;
        if (wrong >= maxWrongPins) {
            Duration length = lockoutAfter(attempts.lockouts());
            Lockout lock = new Lockout(now.wall().plus(length), length.toMillis(), now.boot(), now.bootMillis());
            Attempts locked = new Attempts(name, true, true, 0, attempts.lockouts() + 1, Optional.of(lock));
            return new Decision(new PinCheck(PinCheck.Outcome.LOCKED_OUT, 0, Optional.of(lock.until())),
                    name + " entered " + wrong + " wrong PINs in a row; locked out for " + length.toSeconds()
                            + " s (lock-out " + locked.lockouts() + " in a row), until " + lock.until(),
                    true, Optional.of(locked));
        }
        return new Decision(wrong(maxWrongPins - wrong), "Wrong PIN for " + name + " (" + wrong + " in a row)", false,
                Optional.of(withLockout(attempts, wrong, Optional.empty())));
    }

    private static Attempts withLockout(Attempts attempts, int wrong, Optional<Lockout> lockout) {
        return new Attempts(attempts.name(), attempts.active(), attempts.hasPin(), wrong, attempts.lockouts(), lockout);
    }

    private static PinCheck wrong(int attemptsLeft) {
        return new PinCheck(PinCheck.Outcome.WRONG, attemptsLeft, Optional.empty());
    }
}
