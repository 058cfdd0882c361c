package app.tillpoint.api.cashier;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a PIN entered for a cashier.
 *
 * @param outcome        accepted, wrong, or refused because the cashier is locked out
 * @param attemptsLeft   wrong PINs still allowed before a lock-out (meaningful for {@code WRONG})
 * @param lockedUntil    when a lock-out ends (present for {@code LOCKED_OUT})
 * @param identification (since 1.2) the cashier's identification, for {@code ACCEPTED}
 */
public record PinCheck(Outcome outcome, int attemptsLeft, Optional<Instant> lockedUntil,
                       Optional<Identification> identification) {

    /** How a PIN check ended. */
    public enum Outcome {
        /** The PIN was right: the cashier is identified. */
        ACCEPTED,
        /** The PIN was wrong; {@code attemptsLeft} says how many more wrong PINs are allowed before a lock-out. */
        WRONG,
        /** Locked out until {@code lockedUntil}: by this wrong PIN, or already (then the PIN is not checked). */
        LOCKED_OUT
    }

    /**
     * Checks that the optional parts are given, empty or not.
     *
     * @param outcome        how the check ended; not null
     * @param attemptsLeft   wrong PINs still allowed
     * @param lockedUntil    when a lock-out ends, or empty; not null
     * @param identification the identification of an accepted PIN, or empty; not null
     * @throws NullPointerException if {@code outcome}, {@code lockedUntil} or {@code identification} is null
     */
    public PinCheck {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        Objects.requireNonNull(identification, "identification");
    }

    /**
     * A PIN check as API 1.1 answered it, without an identification.
     *
     * @param outcome      how the check ended
     * @param attemptsLeft wrong PINs still allowed before a lock-out
     * @param lockedUntil  when a lock-out ends, or empty
     */
    public PinCheck(Outcome outcome, int attemptsLeft, Optional<Instant> lockedUntil) {
        this(outcome, attemptsLeft, lockedUntil, Optional.empty());
    }

    /**
     * Whether the PIN was right.
     *
     * @return true for {@link Outcome#ACCEPTED}
     */
    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
