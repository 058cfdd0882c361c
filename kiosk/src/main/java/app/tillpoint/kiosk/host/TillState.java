package app.tillpoint.kiosk.host;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.terminal.Audit;
import app.tillpoint.api.terminal.Till;

import java.util.Optional;

/** Who is at the till; in memory only, so after a restart the next cashier identifies again. */
public final class TillState implements Till {
    private final Audit audit;
    private Cashier cashier;

    public TillState(Audit audit) {
        this.audit = audit;
    }

    @Override
    public Optional<Cashier> cashier() {
        return Optional.ofNullable(cashier);
    }

    @Override
    public void signIn(Cashier newCashier) {
        cashier = newCashier;
        audit.record("till.signIn", newCashier.name() + " (#" + newCashier.id() + ")");
    }

    @Override
    public void signOut() {
        if (cashier != null) {
            audit.record("till.signOut", cashier.name() + " (#" + cashier.id() + ")");
        }
        cashier = null;
    }
}
