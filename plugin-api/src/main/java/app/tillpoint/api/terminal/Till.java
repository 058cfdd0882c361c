package app.tillpoint.api.terminal;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Identification;

import java.util.Optional;

/**
 * Who is at the till right now: the cashier who last identified for it. Every action with money is made by the
 * cashier at the till; the host refuses one made in anyone else's name. Not stored: after a restart nobody is, and the
 * next cashier identifies. Event thread only (the host's store reads it from its own thread).
 */
public interface Till {

    /**
     * The cashier at the till, if anyone.
     *
     * @return the cashier who signed in last; empty after a sign-out or a restart
     */
    Optional<Cashier> cashier();

    /**
     * The cashier who has just identified takes the till. Each identification signs in once.
     *
     * @param identification what {@link app.tillpoint.api.KioskContext#identify} answered, a moment ago
     * @throws IllegalArgumentException      if the host did not issue this identification, or it is stale or used
     * @throws UnsupportedOperationException from this default, in a host written against 1.1
     * @since 1.2
     */
    default void signIn(Identification identification) {
        throw new UnsupportedOperationException("This host does not sign in identifications");
    }

    /**
     * The cashier takes the till, if the host identified them a moment ago.
     *
     * @param cashier the cashier who identified
     * @throws IllegalArgumentException if the host identified nobody of that id in the last minute
     * @deprecated since 1.2: use {@link #signIn(Identification)}
     */
    @Deprecated(since = "1.2")
    void signIn(Cashier cashier);

    /** Nobody is at the till (Backend, Lock, idle lock). */
    void signOut();
}
