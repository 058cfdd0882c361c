package app.tillpoint.api;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import org.pf4j.ExtensionPoint;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Identifies a cashier: badge scan, or Select Cashier from the list, and a PIN where needed. Provided by
 * badge-login. Called on the event thread; shows the lock screen and returns at once.
 */
public interface CashierAuthenticator extends ExtensionPoint {

    /**
     * Asks a cashier to identify, then calls {@code done} on the event thread with the cashier, or empty if they
     * cancelled. The caller then shows the screen it wants; on cancel, usually the one it came from.
     */
    void identify(Request request, Consumer<Optional<Cashier>> done);

    /**
     * Who is asked for.
     *
     * @param purpose shown on the lock screen, e.g. "New Session"
     * @param roles   the roles accepted; another role is told it may not
     */
    record Request(String purpose, Set<Role> roles) {
        public static Request anyCashier(String purpose) {
            return new Request(purpose, Set.of(Role.CASHIER, Role.HEAD_CASHIER));
        }
    }
}
