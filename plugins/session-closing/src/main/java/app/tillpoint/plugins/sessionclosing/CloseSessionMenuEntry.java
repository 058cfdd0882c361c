package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.MenuEntry;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.ui.Texts;
import org.pf4j.Extension;

import java.util.Objects;

/** Close Session, in the register's menu: the cashier at the till counts the drawer and closes the session. */
@Extension
public class CloseSessionMenuEntry implements MenuEntry {

    private final KioskContext kiosk;

    public CloseSessionMenuEntry(KioskContext kiosk) {
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
    }

    @Override
    public String id() {
        return "closeSession";
    }

    @Override
    public String label() {
        return texts().get("closing.menu");
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public void perform() {
        var cashier = kiosk.till().cashier();
        if (cashier.isEmpty()) {
            kiosk.navigator().message(texts().get("closing.nobody"));
            return;
        }
        new ClosingFlow(kiosk, cashier.get(), Routes.REGISTER).start();
    }

    private Texts texts() {
        return Texts.of(CloseSessionMenuEntry.class, kiosk.shownLocale());
    }
}
