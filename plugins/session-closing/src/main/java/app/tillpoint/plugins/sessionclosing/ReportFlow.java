package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.ui.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Loads a session's report in the background and shows it as an overlay. Event thread only. */
final class ReportFlow {
    private static final Logger LOG = LoggerFactory.getLogger(ReportFlow.class);

    private final KioskContext kiosk;

    ReportFlow(KioskContext kiosk) {
        this.kiosk = kiosk;
    }

    /** The report of the open session; says so if there is none. */
    void showCurrent() {
        kiosk.background(() -> kiosk.sessions().current().map(Session::id), id -> {
            if (id.isPresent()) {
                show(id.get());
            } else {
                kiosk.navigator().message(texts().get("report.noSession"));
            }
        }, this::failed);
    }

    /** The report of session {@code sessionId}, open or closed. */
    void show(long sessionId) {
        var terminal = kiosk.terminal();
        kiosk.background(() -> new SessionReport(terminal.name(), kiosk.shownLocale(), terminal.zone()).format(
                        kiosk.sessions().summary(sessionId), kiosk.sales().orders(sessionId),
                        kiosk.sales().refunds(sessionId), kiosk.sessions().cashMoves(sessionId), kiosk.sessions().closingCounts(sessionId),
                        kiosk.sessions().closing(sessionId), terminal.policy().blindClose()),
                text -> {
                    AtomicReference<Overlay> overlay = new AtomicReference<>();
                    overlay.set(kiosk.navigator().overlay(new ReportPanel(texts().get("report.heading", String.valueOf(sessionId)), text, texts().get("report.close"),
                            () -> Optional.ofNullable(overlay.get()).ifPresent(Overlay::close))));
                },
                this::failed);
    }

    private void failed(Exception e) {
        LOG.error("Could not build the session report", e);
        kiosk.audit().record("session-closing.report.failed", String.valueOf(e));
        kiosk.navigator().message(texts().get("report.failed", String.valueOf(e.getMessage())));
    }

    private Texts texts() {
        return Texts.of(ReportFlow.class, kiosk.shownLocale());
    }
}
