package app.tillpoint.api.terminal;

import app.tillpoint.api.cashier.Cashier;

import java.util.Optional;

/**
 * Who is at the till right now: the cashier who last identified for the register. Not stored: after a restart
 * nobody is, and the next cashier identifies. Event thread only.
 */
public interface Till {

    Optional<Cashier> cashier();

    /** The cashier who has just identified takes the till. */
    void signIn(Cashier cashier);

    /** Nobody is at the till (Backend, Lock). */
    void signOut();
}
