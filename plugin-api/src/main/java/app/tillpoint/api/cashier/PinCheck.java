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
    public enum Outcome { ACCEPTED, WRONG, LOCKED_OUT }

    public PinCheck {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        Objects.requireNonNull(identification, "identification");
    }

    /** A PIN check as API 1.1 answered it, without an identification. */
    public PinCheck(Outcome outcome, int attemptsLeft, Optional<Instant> lockedUntil) {
        this(outcome, attemptsLeft, lockedUntil, Optional.empty());
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
