package app.tillpoint.plugins.receipts;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.MenuEntry;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.session.Session;
import org.pf4j.Extension;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** X report, in the register's menu: the open session's totals so far, printed; nothing changes. */
@Extension
public class XReportMenuEntry implements MenuEntry {
    private final KioskContext kiosk;
    private final Clock clock;

    public XReportMenuEntry(KioskContext kiosk) {
        this(kiosk, Clock.systemUTC());
    }

    XReportMenuEntry(KioskContext kiosk, Clock clock) {
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
        this.clock = clock;
    }

    @Override
    public String id() {
        return "xReport";
    }

    @Override
    public String label() {
        return Printing.texts(kiosk).get("menu.xReport");
    }

    @Override
    public int order() {
        return 350;
    }

    @Override
    public void perform() {
        String cashier = kiosk.till().cashier().map(Cashier::name).orElse("");
        kiosk.background(() -> {
            Optional<Session> session = kiosk.sessions().current();
            if (session.isEmpty()) {
                return false;
            }
            Slips slips = Printing.slips(kiosk);
            Printing.queue(kiosk).add("x-report",
                    slips.xReport(kiosk.sessions().summary(session.get().id()),
                            Printing.taxes(kiosk, session.get().id()), clock.instant(), cashier));
            return true;
        }, queued -> {
            if (!queued) {
                kiosk.navigator().message(Printing.texts(kiosk).get("notice.noSession"));
            }
        }, failure -> kiosk.navigator().message(failure.getMessage()));
    }
}
