package app.tillpoint.kiosk.host;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Identification;
import app.tillpoint.api.terminal.Audit;
import app.tillpoint.api.terminal.Till;

import java.util.Optional;

/**
 * Who is at the till: the cashier whose identification, issued by the host, signed them in. In memory only, so after a
 * restart the next cashier identifies again. Signed in on the event thread; read by the store's guard on the
 * background thread too.
 */
public final class TillState implements Till {
    private final Identifications identifications;
    private final Audit audit;
    private volatile Cashier cashier;

    public TillState(Identifications identifications, Audit audit) {
        this.identifications = identifications;
        this.audit = audit;
    }

    @Override
    public Optional<Cashier> cashier() {
        return Optional.ofNullable(cashier);
    }

    @Override
    public void signIn(Identification identification) {
        if (!identifications.take(identification)) {
            audit.record("till.signIn.refused", "An identification of " + identification.cashier().name()
                    + " that this kiosk did not issue, or that was stale or used, was refused");
            throw new IllegalArgumentException(identification.cashier().name() + " was not identified on this "
                    + "terminal just now: identify on the lock screen");
        }
        take(identification);
    }

    @Override
    @Deprecated
    public void signIn(Cashier newCashier) {
        Identification identification = identifications.takeLatest(newCashier.id()).orElseThrow(() -> {
            audit.record("till.signIn.refused", newCashier.name() + " (#" + newCashier.id()
                    + ") was signed in without identifying");
            return new IllegalArgumentException(newCashier.name() + " was not identified on this terminal just now: "
                    + "identify on the lock screen");
        });
        take(identification);
    }

    private void take(Identification identification) {
        Cashier who = identification.cashier();
        cashier = who;
        audit.record("till.signIn", who.name() + " (#" + who.id() + ") by " + identification.credential());
    }

    @Override
    public void signOut() {
        Cashier leaving = cashier;
        cashier = null;
        if (leaving != null) {
            audit.record("till.signOut", leaving.name() + " (#" + leaving.id() + ")");
        }
    }

    /**
     * Refuses an action with money in the name of anyone but the cashier at the till.
     *
     * @throws IllegalStateException with a message for the cashier
     */
    void requireAtTill(Cashier claimed, String action) {
        Cashier atTill = cashier;
        if (atTill == null || atTill.id() != claimed.id()) {
            audit.record("till.refused", action + " in the name of " + claimed.name() + " (#" + claimed.id()
                    + "), who is not at the till" + (atTill == null ? "" : " (" + atTill.name() + " is)"));
            throw new IllegalStateException(claimed.name() + " is not signed in at this till: identify first. "
                    + "Nothing was stored.");
        }
    }
}
