package app.tillpoint.plugins.sessionopening;

import app.tillpoint.api.CashCounter;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.session.LastClosing;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionAlreadyOpenException;
import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.terminal.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * One opening of a session by one identified cashier: shows the {@link OpeningControlPanel}, pre-fills it with the
 * last closing amount, stores the session, kicks the drawer and shows the register. Event thread only; database and
 * drawer work go through {@link KioskContext#background}.
 */
final class OpeningFlow implements OpeningControlPanel.Listener {
    static final String DRAWER_FAILED = "Drawer did not open: open it with the key";

    private static final Logger LOG = LoggerFactory.getLogger(OpeningFlow.class);

    private final KioskContext ctx;
    private final Cashier cashier;
    private OpeningControlPanel panel;
    private Overlay overlay;

    OpeningFlow(KioskContext ctx, Cashier cashier) {
        this.ctx = ctx;
        this.cashier = cashier;
    }

    void start() {
        Optional<CashCounter> counter = ctx.extensions(CashCounter.class).stream().findFirst();
        panel = new OpeningControlPanel(cashier, ctx.terminal().emptyCount(), ctx.terminal().locale(), counter, this);
        overlay = ctx.navigator().overlay(panel);
        ctx.background(() -> ctx.sessions().lastClosing(), this::prefill, e -> {
            // Not fatal: the cashier types or counts the opening cash instead.
            LOG.warn("Could not read the last closing amount", e);
            ctx.audit().record("session-opening.lastClosing.failed", String.valueOf(e.getMessage()));
        });
    }

    private void prefill(Optional<LastClosing> lastClosing) {
        lastClosing.ifPresent(closing -> panel.prefill(closing.amount()));
    }

    @Override
    public void open(OpeningRequest request) {
        ctx.background(() -> ctx.sessions().open(request), this::opened, this::openFailed);
    }

    @Override
    public void cancel() {
        overlay.close();
        ctx.navigator().showDashboard();
    }

    private void opened(Session session) {
        kickDrawer(session);
        ctx.till().signIn(cashier);
        overlay.close();
        ctx.navigator().show(Routes.REGISTER);
    }

    private void kickDrawer(Session session) {
        ctx.background(() -> {
            ctx.drawer().open();
            return session;
        }, kicked -> ctx.audit().record("session-opening.drawer.kick", "Drawer opened for session " + session.id()),
            e -> {
                LOG.warn("The drawer did not open for session {}", session.id(), e);
                ctx.audit().record("session-opening.drawer.failed", "Session " + session.id() + ": "
                        + (e instanceof DeviceException ? e.getMessage() : e.toString()));
                ctx.navigator().message(DRAWER_FAILED);
            });
    }

    private void openFailed(Exception e) {
        if (alreadyOpen(e) instanceof SessionAlreadyOpenException already) {
            overlay.close();
            ctx.navigator().showDashboard();
            ctx.navigator().message("Session " + already.openSession().id() + " is already open on this terminal: "
                    + "continue it instead of opening a new one.");
            return;
        }
        LOG.error("Could not open a session for {}", cashier.name(), e);
        ctx.audit().record("session-opening.failed", cashier.name() + ": " + e);
        ctx.navigator().message("The session could not be opened: " + e.getMessage());
        panel.openFailed();
    }

    /** The SessionAlreadyOpenException in {@code e} or its causes, else null: a host may wrap what the work threw. */
    private static Throwable alreadyOpen(Throwable e) {
        Throwable t = e;
        while (t != null && !(t instanceof SessionAlreadyOpenException)) {
            t = t.getCause();
        }
        return t;
    }
}
