package app.tillpoint.api.cashier;

import java.time.Instant;
import java.util.Objects;

/**
 * A cashier's proof of identity, issued by the host's {@link Cashiers} when the cashier showed a credential on this
 * terminal: a badge scan (for a cashier who needs no PIN) or a PIN. The host accepts an identification it issued to
 * sign a cashier in at the till ({@link app.tillpoint.api.terminal.Till#signIn(Identification)}) and to approve; one
 * built by a plugin carries no token the host issued, and is refused. @since 1.2
 *
 * @param cashier    who identified
 * @param credential what they showed
 * @param at         when
 * @param token      the host's proof that it issued this identification
 */
public record Identification(Cashier cashier, Credential credential, Instant at, String token) {

    /** What a cashier showed to identify. */
    public enum Credential {
        /** A badge scanned, for a cashier who needs no PIN. */
        BADGE,
        /** A PIN entered on the lock screen's keypad. */
        PIN
    }

    /**
     * Checks that every component is given. Only the host's token makes an identification it accepts.
     *
     * @param cashier    who identified; not null
     * @param credential what they showed; not null
     * @param at         when; not null
     * @param token      the host's proof; not null
     * @throws NullPointerException if a component is null
     */
    public Identification {
        Objects.requireNonNull(cashier, "cashier");
        Objects.requireNonNull(credential, "credential");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(token, "token");
    }
}
