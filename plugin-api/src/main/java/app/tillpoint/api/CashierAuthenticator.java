package app.tillpoint.api;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Identification;
import app.tillpoint.api.cashier.Role;
import org.pf4j.ExtensionPoint;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Identifies a cashier: badge scan, or Select Cashier from the list followed by the cashier's PIN (or their badge).
 * Provided by badge-login. Called on the event thread; shows the lock screen and returns at once. Plugins reach it
 * through {@link KioskContext#identify}.
 *
 * <p>Since API 1.2 an authenticator proves who identified with an {@link Identification} that only the host's
 * {@link app.tillpoint.api.cashier.Cashiers} issues, after a badge or a PIN was checked: an authenticator cannot make
 * one up, and an authenticator that only implements {@link #identify} cannot sign anyone in.
 */
public interface CashierAuthenticator extends ExtensionPoint {

    /**
     * Asks a cashier to identify, then calls {@code done} on the event thread with their identification, or empty if
     * they cancelled. The caller then shows the screen it wants; on cancel, usually the one it came from.
     *
     * <p>The default throws, for an authenticator written against 1.1; badge-login overrides it.
     *
     * @param request who is asked for: the purpose shown and the roles accepted
     * @param done    called once, on the event thread: an identification the host issued, of a cashier in one of the
     *                roles asked for, or empty
     * @throws UnsupportedOperationException from this default, in an authenticator that only implements
     *                                       {@link #identify}
     * @since 1.2
     */
    default void authenticate(Request request, Consumer<Optional<Identification>> done) {
        throw new UnsupportedOperationException(getClass().getName() + " identifies cashiers as API 1.1 did, without "
                + "an identification issued by the host");
    }

    /**
     * As {@link #authenticate}, answering only the cashier.
     *
     * @param request who is asked for: the purpose shown and the roles accepted
     * @param done    called once, on the event thread: the cashier who identified, or empty
     * @deprecated since 1.2: a cashier alone proves nothing; use {@link #authenticate}
     */
    @Deprecated(since = "1.2")
    default void identify(Request request, Consumer<Optional<Cashier>> done) {
        authenticate(request, identification -> done.accept(identification.map(Identification::cashier)));
    }

    /**
     * Who is asked for.
     *
     * @param purpose shown on the lock screen, e.g. "New Session"
     * @param roles   the roles accepted; another role is told it may not
     */
    record Request(String purpose, Set<Role> roles) {
        /**
         * Checks the purpose and copies the roles.
         *
         * @param purpose shown on the lock screen; not null
         * @param roles   the roles accepted; copied, not null, no null in it
         * @throws NullPointerException if {@code purpose} or {@code roles} is null, or a role is
         */
        public Request {
            Objects.requireNonNull(purpose, "purpose");
            roles = Set.copyOf(roles);
        }

        /**
         * A cashier or a head cashier.
         *
         * @param purpose shown on the lock screen, e.g. "Continue Selling"
         * @return a request that accepts both roles
         */
        public static Request anyCashier(String purpose) {
            return new Request(purpose, Set.of(Role.CASHIER, Role.HEAD_CASHIER));
        }

        /**
         * A head cashier only.
         *
         * @param purpose shown on the lock screen, e.g. "Leave the kiosk"
         * @return a request that accepts {@link Role#HEAD_CASHIER} alone
         * @since 1.2
         */
        public static Request headCashier(String purpose) {
            return new Request(purpose, Set.of(Role.HEAD_CASHIER));
        }
    }
}
