package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.DashboardAction;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.terminal.Routes;
import org.pf4j.Extension;

import java.util.Objects;
import java.util.Optional;

/**
 * Close Session, on the dashboard while the terminal has an open session: a cashier identifies, counts the drawer
 * and closes the session in the closing dialog ({@link ClosingFlow}) over the dashboard.
 */
@Extension
public class CloseSessionAction implements DashboardAction {
    static final String PURPOSE = "Close Session";
    static final String NO_AUTHENTICATOR = "A session cannot be closed: the badge-login plugin, which identifies "
            + "cashiers, is not installed.";

    private final KioskContext ctx;

    public CloseSessionAction(KioskContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    @Override
    public String id() {
        return "closeSession";
    }

    @Override
    public String label() {
        return "Close Session";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public boolean offeredFor(Optional<Session> openSession) {
        return openSession.map(Session::isOpen).orElse(false);
    }

    @Override
    public void perform() {
        var authenticator = ctx.extensions(CashierAuthenticator.class).stream().findFirst();
        if (authenticator.isEmpty()) {
            ctx.navigator().message(NO_AUTHENTICATOR);
            return;
        }
        authenticator.get().identify(CashierAuthenticator.Request.anyCashier(PURPOSE), cashier -> {
            ctx.navigator().showDashboard();
            cashier.ifPresent(who -> new ClosingFlow(ctx, who, Routes.DASHBOARD).start());
        });
    }
}
