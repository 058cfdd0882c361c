package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.CashCounter;
import app.tillpoint.api.DatabaseFaultException;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.flow.Failures;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.ApprovalRequest;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingCountRequest;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.session.SettlementCount;
import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.ui.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One closing of the open session by the cashier at the till: loads the session's summary, shows the
 * {@link ClosingPanel}, records every count before its difference is shown (a recount after a blind close showed the
 * difference needs a head cashier), stores the closing, and when the difference is over the terminal's limit asks a
 * head cashier on the spot and stores it again with the approval. Then nobody is at the till, and the session report
 * is shown over the dashboard. Event thread only; database work goes through {@link KioskContext#background}.
 */
final class ClosingFlow implements ClosingPanel.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(ClosingFlow.class);

    private final KioskContext kiosk;
    private final Cashier cashier;
    private final String home;
    private ClosingPanel panel;
    private Overlay overlay;
    private long sessionId;
    private SessionSummary summary;

    /**
     * @param cashier who counts and closes: the cashier at the till
     * @param home    the route the dialog is shown over (dashboard or register), shown again after an approval
     */
    ClosingFlow(KioskContext kiosk, Cashier cashier, String home) {
        this.kiosk = kiosk;
        this.cashier = cashier;
        this.home = home;
    }

    void start() {
        kiosk.background(() -> {
            Optional<Session> open = kiosk.sessions().current().filter(Session::isOpen);
            return open.map(session -> kiosk.sessions().summary(session.id()));
        }, this::show, e -> {
            LOG.error("Could not load the session to close", e);
            kiosk.audit().record("session-closing.load.failed", String.valueOf(e));
            kiosk.navigator().message(texts().get("closing.loadFailed", String.valueOf(e.getMessage())));
        });
    }

    private void show(Optional<SessionSummary> summary) {
        if (summary.isEmpty()) {
            kiosk.navigator().showDashboard();
            kiosk.navigator().message(texts().get("closing.noSession"));
            return;
        }
        sessionId = summary.get().session().id();
        this.summary = summary.get();
        Optional<CashCounter> counter = kiosk.extensions(CashCounter.class).stream().findFirst();
        var terminal = kiosk.terminal();
        panel = new ClosingPanel(cashier, summary.get(), terminal.emptyCount(), kiosk.shownLocale(), terminal.policy(),
                counter, this);
        overlay = kiosk.navigator().overlay(panel);
    }

    @Override
    public void counted(CashCount count) {
        record(new ClosingCountRequest(cashier, count, Optional.empty()));
    }

    private void record(ClosingCountRequest request) {
        kiosk.background(() -> kiosk.sessions().recordClosingCount(request), panel::countRecorded,
                e -> countFailed(request, e));
    }

    private void countFailed(ClosingCountRequest request, Exception e) {
        Optional<ApprovalRequiredException> approval = Failures.find(e, ApprovalRequiredException.class);
        if (approval.isPresent() && request.recount().isEmpty()) {
            ask(new ApprovalRequest(ApprovalAction.RECOUNT, texts().get("closing.approveRecount",
                            String.valueOf(sessionId)), cashier, Optional.empty(), texts().get("closing.recountReason")),
                    texts().get("closing.recountNeeded"),
                    given -> record(new ClosingCountRequest(cashier, request.count(), Optional.of(given))));
            return;
        }
        if (!handledAsNoSession(e) && !handledAsFault(e, texts().get("closing.theCount"))) {
            LOG.error("Could not record a count for {}", cashier.name(), e);
            kiosk.audit().record("session-closing.count.failed", cashier.name() + ": " + e);
            panel.failed(texts().get("closing.countNotRecorded", String.valueOf(e.getMessage())));
        }
    }

    @Override
    public void close(ClosingRequest request) {
        kiosk.background(() -> kiosk.sessions().close(request), this::closed, e -> failed(request, e));
    }

    @Override
    public void cancel() {
        overlay.close();
    }

    private void closed(Closing closing) {
        overlay.close();
        kiosk.till().signOut();
        kiosk.navigator().showDashboard();
        new ReportFlow(kiosk).show(closing.sessionId());
    }

    private void failed(ClosingRequest request, Exception e) {
        Optional<ApprovalRequiredException> approval = Failures.find(e, ApprovalRequiredException.class);
        if (approval.isPresent()) {
            Optional<SettlementCount> method = unapprovedMethod(request);
            if (method.isPresent()) {
                askMethodApproval(method.get());
                return;
            }
            if (request.approval().isEmpty()) {
                askApproval(approval.get());
                return;
            }
        }
        if (!handledAsNoSession(e) && !handledAsFault(e, texts().get("closing.theClosing"))) {
            LOG.error("Could not close the session for {}", cashier.name(), e);
            kiosk.audit().record("session-closing.failed", cashier.name() + ": " + e);
            panel.failed(texts().get("closing.notClosed", String.valueOf(e.getMessage())));
        }
    }

    /** The first method other than cash whose difference needs a head cashier and has none, once the cash's has. */
    private Optional<SettlementCount> unapprovedMethod(ClosingRequest request) {
        var policy = kiosk.terminal().policy();
        boolean cashPending = request.approval().isEmpty() && policy.closingNeedsApproval(request.count().total()
                .minus(summary.expectedCash()));
        if (cashPending) {
            return Optional.empty();
        }
        return request.settlements().stream().filter(count -> count.approval().isEmpty())
                .filter(count -> summary.expectedIn(count.method()).map(expected -> policy.closingNeedsApproval(
                        count.settled().minus(expected.total()))).orElse(false)).findFirst();
    }

    private void askMethodApproval(SettlementCount count) {
        var terminal = kiosk.terminal();
        Money difference = count.settled().minus(summary.expectedIn(count.method()).orElseThrow().total());
        String shown = SessionReport.difference(difference, terminal.locale());
        String limit = terminal.format(terminal.policy().allowedClosingDifference());
        ask(new ApprovalRequest(ApprovalAction.CLOSING_DIFFERENCE, texts().get("closing.approveMethodDifference",
                        shown, count.method(), limit), cashier, Optional.of(difference), ""),
                texts().get("closing.methodOverLimit", shown, count.method(), limit),
                given -> panel.methodApproved(count.method(), given));
    }

    private boolean handledAsNoSession(Exception e) {
        if (Failures.find(e, NoOpenSessionException.class).isEmpty()) {
            return false;
        }
        overlay.close();
        kiosk.navigator().showDashboard();
        kiosk.navigator().message(texts().get("closing.noSession"));
        return true;
    }

    /** The database is faulted: nothing was stored, the dialog stays as it is, and the same tap stores it later. */
    private boolean handledAsFault(Exception e, String what) {
        Optional<DatabaseFaultException> fault = Failures.find(e, DatabaseFaultException.class);
        if (fault.isEmpty()) {
            return false;
        }
        kiosk.audit().record("session-closing.notStored", cashier.name() + ": " + what + ", " + fault.get().fault());
        panel.failed(fault.get().notStored(what, texts().locale()));
        return true;
    }

    private void askApproval(ApprovalRequiredException over) {
        boolean known = over.amount() != null && over.limit() != null;
        String difference = known ? SessionReport.difference(over.amount(), kiosk.shownLocale()) : "";
        String limit = known ? over.limit().format(kiosk.shownLocale()) : "";
        String purpose = known ? texts().get("closing.approveDifference", difference, limit)
                : texts().get("closing.approveDifferenceBare");
        String waiting = known ? texts().get("closing.overLimit", difference, limit)
                : texts().get("closing.overLimitBare");
        ask(new ApprovalRequest(ApprovalAction.CLOSING_DIFFERENCE, purpose, cashier, over.approvalAmount(), ""),
                waiting, panel::approved);
    }

    /** Asks a head cashier on the lock screen; the dialog comes back either way, approved or not. */
    private void ask(ApprovalRequest request, String waiting, Consumer<Approval> approved) {
        panel.approvalNeeded(waiting);
        // The lock screen must not lie under this dialog: the dialog comes back once the head cashier answered.
        overlay.close();
        kiosk.approvals().ask(request, approval -> {
            kiosk.navigator().show(home);
            overlay = kiosk.navigator().overlay(panel);
            if (approval.isPresent()) {
                kiosk.audit().record("session-closing.approver", approval.get().approver().name()
                        + " approved for " + cashier.name() + ": " + request.purpose());
                approved.accept(approval.get());
            } else {
                panel.notApproved();
            }
        });
    }

    private Texts texts() {
        return Texts.of(ClosingFlow.class, kiosk.shownLocale());
    }
}
