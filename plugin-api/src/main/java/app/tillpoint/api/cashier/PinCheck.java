package app.tillpoint.api.cashier;

import java.time.Instant;
import java.util.Optional;

/**
 * The answer to a PIN entered for a cashier.
 *
 * @param outcome      accepted, wrong, or refused because the cashier is locked out
 * @param attemptsLeft wrong PINs still allowed before a lock-out (meaningful for {@code WRONG})
 * @param lockedUntil  when a lock-out ends (present for {@code LOCKED_OUT})
 */
public record PinCheck(Outcome outcome, int attemptsLeft, Optional<Instant> lockedUntil) {

    /** How a PIN check ended. */
    public enum Outcome { ACCEPTED, WRONG, LOCKED_OUT }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
