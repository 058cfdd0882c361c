package app.tillpoint.plugins.continueselling;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.MenuEntry;
import app.tillpoint.api.ui.Texts;
import org.pf4j.Extension;

import java.util.Objects;

/**
 * Backend, in the register's menu: the cashier leaves the till and the dashboard shows the session as open, with
 * Continue Selling.
 */
@Extension
public class BackendMenuEntry implements MenuEntry {
    private final KioskContext kiosk;

    public BackendMenuEntry(KioskContext kiosk) {
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
    }

    @Override
    public String id() {
        return "backend";
    }

    @Override
    public String label() {
        return Texts.of(BackendMenuEntry.class, kiosk.shownLocale()).get("backend.label");
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void perform() {
        kiosk.till().signOut();
        kiosk.navigator().showDashboard();
    }
}
