package app.tillpoint.plugins.sessionopening;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.DashboardAction;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.session.Session;
import org.pf4j.Extension;

import java.util.List;
import java.util.Optional;

/**
 * New Session on the dashboard, offered while the terminal has no open session: a cashier identifies on the lock
 * screen, then the opening-control dialog opens over the dashboard ({@link OpeningFlow}).
 */
@Extension
public class NewSessionAction implements DashboardAction {
    static final String NO_AUTHENTICATOR = "A session cannot be opened: the badge-login plugin, which identifies "
            + "cashiers, is not installed.";

    private final KioskContext ctx;

    public NewSessionAction(KioskContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String id() {
        return "newSession";
    }

    @Override
    public String label() {
        return "New Session";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean offeredFor(Optional<Session> openSession) {
        return openSession.isEmpty();
    }

    @Override
    public void perform() {
        List<CashierAuthenticator> authenticators = ctx.extensions(CashierAuthenticator.class);
        if (authenticators.isEmpty()) {
            ctx.navigator().message(NO_AUTHENTICATOR);
            return;
        }
        authenticators.get(0).identify(CashierAuthenticator.Request.anyCashier("New Session"), cashier -> {
            ctx.navigator().showDashboard();
            cashier.ifPresent(who -> new OpeningFlow(ctx, who).start());
        });
    }
}
