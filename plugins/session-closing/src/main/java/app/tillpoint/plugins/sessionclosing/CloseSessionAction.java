package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.DashboardAction;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.ui.Texts;
import org.pf4j.Extension;

import java.util.Objects;
import java.util.Optional;

/**
 * Close Session, on the dashboard while the terminal has an open session: a cashier identifies, counts the drawer
 * and closes the session in the closing dialog ({@link ClosingFlow}) over the dashboard.
 */
@Extension
public class CloseSessionAction implements DashboardAction {

    private final KioskContext kiosk;

    public CloseSessionAction(KioskContext kiosk) {
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
    }

    @Override
    public String id() {
        return "closeSession";
    }

    @Override
    public String label() {
        return texts().get("closing.label");
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
    public void perform(Optional<Session> openSession) {
        kiosk.identify(CashierAuthenticator.Request.anyCashier(texts().get("closing.purpose")), identified -> {
            kiosk.navigator().showDashboard();
            identified.ifPresent(identification -> {
                kiosk.till().signIn(identification);
                new ClosingFlow(kiosk, identification.cashier(), Routes.DASHBOARD).start();
            });
        });
    }

    private Texts texts() {
        return Texts.of(CloseSessionAction.class, kiosk.shownLocale());
    }
}
