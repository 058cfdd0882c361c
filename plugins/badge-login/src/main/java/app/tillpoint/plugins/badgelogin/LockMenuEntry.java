package app.tillpoint.plugins.badgelogin;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.MenuEntry;
import app.tillpoint.api.terminal.Routes;
import org.pf4j.Extension;

import java.util.Objects;

/**
 * Lock, in the register's menu: the cashier leaves the till, and the next one identifies to take it. Cancel on the
 * lock screen goes to the dashboard, with nobody at the till.
 */
@Extension
public class LockMenuEntry implements MenuEntry {
    private final KioskContext ctx;

    public LockMenuEntry(KioskContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    @Override
    public String id() {
        return "lock";
    }

    @Override
    public String label() {
        return "Lock";
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void perform() {
        ctx.till().signOut();
        var authenticator = ctx.extensions(CashierAuthenticator.class).stream().findFirst();
        if (authenticator.isEmpty()) {
            ctx.navigator().showDashboard();
            return;
        }
        authenticator.get().identify(CashierAuthenticator.Request.anyCashier("Unlock"), cashier -> {
            if (cashier.isPresent()) {
                ctx.till().signIn(cashier.get());
                ctx.navigator().show(Routes.REGISTER);
            } else {
                ctx.navigator().showDashboard();
            }
        });
    }
}
