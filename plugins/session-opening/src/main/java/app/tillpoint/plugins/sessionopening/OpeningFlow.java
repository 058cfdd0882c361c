package app.tillpoint.plugins.sessionopening;

import app.tillpoint.api.CashCounter;
import app.tillpoint.api.DatabaseFaultException;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.flow.DrawerKick;
import app.tillpoint.api.flow.Failures;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.ApprovalRequest;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.LastClosing;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionAlreadyOpenException;
import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.ui.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * One opening of a session by the cashier at the till: shows the {@link OpeningControlPanel}, pre-filled with the
 * last closing count, which it checks the opening against; stores the session (asking a head cashier on the spot when
 * the opening differs from the last closing count, or a typed amount from the count), kicks the drawer and shows the
 * register. Event thread only; database and drawer work go through {@link KioskContext#background}.
 */
final class OpeningFlow implements OpeningControlPanel.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(OpeningFlow.class);

    private final KioskContext kiosk;
    private final Cashier cashier;
    private OpeningControlPanel panel;
    private Overlay overlay;

    OpeningFlow(KioskContext kiosk, Cashier cashier) {
        this.kiosk = kiosk;
        this.cashier = cashier;
    }

    void start() {
        Optional<CashCounter> counter = kiosk.extensions(CashCounter.class).stream().findFirst();
        panel = new OpeningControlPanel(cashier, kiosk.terminal().emptyCount(), kiosk.shownLocale(),
                kiosk.terminal().policy(), counter, this);
        overlay = kiosk.navigator().overlay(panel);
        kiosk.background(() -> kiosk.sessions().lastClosing(), this::prefill, e -> {
            // Not fatal: the cashier types or counts the opening cash instead.
            LOG.warn("Could not read the last closing amount", e);
            kiosk.audit().record("session-opening.lastClosing.failed", String.valueOf(e.getMessage()));
        });
    }

    private void prefill(Optional<LastClosing> lastClosing) {
        lastClosing.ifPresent(closing -> panel.prefill(closing.amount()));
    }

    @Override
    public void open(OpeningRequest request) {
        kiosk.background(() -> kiosk.sessions().open(request), this::opened, e -> openFailed(request, e));
    }

    @Override
    public void cancel() {
        overlay.close();
        kiosk.till().signOut();
        kiosk.navigator().showDashboard();
    }

    private void opened(Session session) {
        overlay.close();
        kiosk.navigator().show(Routes.REGISTER);
        DrawerKick.after(kiosk, "session-opening", "session " + session.id());
    }

    private void openFailed(OpeningRequest request, Exception e) {
        Optional<SessionAlreadyOpenException> already = Failures.find(e, SessionAlreadyOpenException.class);
        if (already.isPresent()) {
            overlay.close();
            kiosk.till().signOut();
            kiosk.navigator().showDashboard();
            kiosk.navigator().message(texts().get("opening.alreadyOpen",
                    String.valueOf(already.get().openSession().id())));
            return;
        }
        Optional<ApprovalRequiredException> approval = Failures.find(e, ApprovalRequiredException.class);
        if (approval.isPresent() && request.approval().isEmpty()) {
            askApproval(request, approval.get());
            return;
        }
        Optional<DatabaseFaultException> fault = Failures.find(e, DatabaseFaultException.class);
        if (fault.isPresent()) {
            // Nothing was stored: the dialog stays as filled in, and Open Session stores it once the fault is gone.
            kiosk.audit().record("session-opening.notStored", cashier.name() + ": " + fault.get().fault());
            panel.openFailed(fault.get().notStored(texts().get("opening.theOpening"), texts().locale()));
            return;
        }
        LOG.error("Could not open a session for {}", cashier.name(), e);
        kiosk.audit().record("session-opening.failed", cashier.name() + ": " + e);
        kiosk.navigator().message(texts().get("opening.failed", String.valueOf(e.getMessage())));
        panel.openFailed();
    }

    /** The opening differs from what was counted before: a head cashier approves it on the spot, or nothing opens. */
    private void askApproval(OpeningRequest request, ApprovalRequiredException needed) {
        panel.approvalNeeded();
        // The lock screen must not lie under this dialog: the dialog comes back once the head cashier answered.
        overlay.close();
        String purpose = texts().get("opening.approvePurpose", panel.check().base().format(kiosk.shownLocale()));
        kiosk.approvals().ask(new ApprovalRequest(ApprovalAction.OPENING_DIFFERENCE, purpose, cashier,
                needed.approvalAmount(), panel.differenceText()), approval -> {
            kiosk.navigator().showDashboard();
            overlay = kiosk.navigator().overlay(panel);
            if (approval.isPresent()) {
                open(request.withApproval(approval.get()));
            } else {
                panel.notApproved();
            }
        });
    }

    private Texts texts() {
        return Texts.of(OpeningFlow.class, kiosk.shownLocale());
    }
}
