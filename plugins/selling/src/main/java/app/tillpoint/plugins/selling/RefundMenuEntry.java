package app.tillpoint.plugins.selling;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.MenuEntry;
import app.tillpoint.api.ui.Texts;
import org.pf4j.Extension;

import java.util.Objects;

/** Refund, in the register's menu: lines of a past order of this terminal given back, over a limit approved. */
@Extension
public class RefundMenuEntry implements MenuEntry {
    private final KioskContext kiosk;

    public RefundMenuEntry(KioskContext kiosk) {
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
    }

    @Override
    public String id() {
        return "refund";
    }

    @Override
    public String label() {
        return Texts.of(RefundMenuEntry.class, kiosk.terminal().locale()).get("refund.menu");
    }

    @Override
    public int order() {
        return 220;
    }

    @Override
    public void perform() {
        new RefundFlow(kiosk).start();
    }
}
