package app.tillpoint.plugins.continueselling;

import app.tillpoint.api.DashboardAction;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.flow.TakeTheTill;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.ui.Texts;
import org.pf4j.Extension;

import java.util.Objects;
import java.util.Optional;

/**
 * Continue Selling, on the dashboard while the terminal has an open session (also after a restart or a crash): the
 * cashier identifies again and takes the till, and the register of the same session is shown.
 */
@Extension
public class ContinueSellingAction implements DashboardAction {
    private final KioskContext kiosk;

    public ContinueSellingAction(KioskContext kiosk) {
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
    }

    @Override
    public String id() {
        return "continueSelling";
    }

    @Override
    public String label() {
        return texts().get("continueSelling.label");
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public boolean offeredFor(Optional<Session> openSession) {
        return openSession.map(Session::isOpen).orElse(false);
    }

    @Override
    public void perform(Optional<Session> openSession) {
        TakeTheTill.thenRegister(kiosk, texts().get("continueSelling.purpose"));
    }

    private Texts texts() {
        return Texts.of(ContinueSellingAction.class, kiosk.shownLocale());
    }
}
