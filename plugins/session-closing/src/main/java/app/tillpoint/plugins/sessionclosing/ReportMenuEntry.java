package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.MenuEntry;
import app.tillpoint.api.ui.Texts;
import org.pf4j.Extension;

import java.util.Objects;

/** Session report, in the register's menu: orders, payments, cash moves and counts of the open session so far. */
@Extension
public class ReportMenuEntry implements MenuEntry {
    private final KioskContext kiosk;

    public ReportMenuEntry(KioskContext kiosk) {
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
    }

    @Override
    public String id() {
        return "report";
    }

    @Override
    public String label() {
        return texts().get("report.menu");
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void perform() {
        new ReportFlow(kiosk).showCurrent();
    }

    private Texts texts() {
        return Texts.of(ReportMenuEntry.class, kiosk.shownLocale());
    }
}
