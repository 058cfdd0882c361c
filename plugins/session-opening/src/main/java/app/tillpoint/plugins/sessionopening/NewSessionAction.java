package app.tillpoint.plugins.sessionopening;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.DashboardAction;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.ui.Texts;
import org.pf4j.Extension;

import java.util.Optional;

/**
 * New Session on the dashboard, offered while the terminal has no open session: a cashier identifies on the lock
 * screen and takes the till, then the opening-control dialog opens over the dashboard ({@link OpeningFlow}).
 */
@Extension
public class NewSessionAction implements DashboardAction {
    private final KioskContext kiosk;

    public NewSessionAction(KioskContext kiosk) {
        this.kiosk = kiosk;
    }

    @Override
    public String id() {
        return "newSession";
    }

    @Override
    public String label() {
        return texts().get("newSession.label");
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
    public void perform(Optional<Session> openSession) {
        kiosk.identify(CashierAuthenticator.Request.anyCashier(texts().get("newSession.purpose")), identified -> {
            kiosk.navigator().showDashboard();
            identified.ifPresent(identification -> {
                kiosk.till().signIn(identification);
                new OpeningFlow(kiosk, identification.cashier()).start();
            });
        });
    }

    private Texts texts() {
        return Texts.of(NewSessionAction.class, kiosk.shownLocale());
    }
}
