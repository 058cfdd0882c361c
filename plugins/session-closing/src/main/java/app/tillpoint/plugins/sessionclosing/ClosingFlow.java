package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.CashCounter;
import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.terminal.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.Set;

/**
 * One closing of the open session by one cashier: loads the session's summary, shows the {@link ClosingPanel}, stores
 * the closing, and when the difference is over the terminal's limit asks a head cashier on the spot and stores it
 * again with the approval. Then nobody is at the till, the session report is shown over the dashboard. Event thread
 * only; database work goes through {@link KioskContext#background}.
 */
final class ClosingFlow implements ClosingPanel.Listener {
    static final String NO_SESSION = "No session is open on this terminal: there is nothing to close.";

    private static final Logger LOG = LoggerFactory.getLogger(ClosingFlow.class);

    private final KioskContext ctx;
    private final Cashier cashier;
    private final String home;
    private ClosingPanel panel;
    private Overlay overlay;

    /**
     * @param cashier who counts and closes
     * @param home    the route the dialog is shown over (dashboard or register), shown again after an approval
     */
    ClosingFlow(KioskContext ctx, Cashier cashier, String home) {
        this.ctx = ctx;
        this.cashier = cashier;
        this.home = home;
    }

    void start() {
        ctx.background(() -> {
            Optional<Session> open = ctx.sessions().current().filter(Session::isOpen);
            return open.map(session -> ctx.sessions().summary(session.id()));
        }, this::show, e -> {
            LOG.error("Could not load the session to close", e);
            ctx.audit().record("session-closing.load.failed", String.valueOf(e));
            ctx.navigator().message("The session could not be loaded: " + e.getMessage());
        });
    }

    private void show(Optional<SessionSummary> summary) {
        if (summary.isEmpty()) {
            ctx.navigator().showDashboard();
            ctx.navigator().message(NO_SESSION);
            return;
        }
        Optional<CashCounter> counter = ctx.extensions(CashCounter.class).stream().findFirst();
        var terminal = ctx.terminal();
        panel = new ClosingPanel(cashier, summary.get(), terminal.emptyCount(), terminal.locale(), terminal.policy(),
                counter, this);
        overlay = ctx.navigator().overlay(panel);
    }

    @Override
    public void close(ClosingRequest request) {
        ctx.background(() -> ctx.sessions().close(request), this::closed, e -> failed(request, e));
    }

    @Override
    public void cancel() {
        overlay.close();
    }

    private void closed(Closing closing) {
        overlay.close();
        ctx.till().signOut();
        ctx.navigator().showDashboard();
        new ReportFlow(ctx).show(closing.sessionId());
    }

    private void failed(ClosingRequest request, Exception e) {
        Optional<ApprovalRequiredException> approval = Causes.find(e, ApprovalRequiredException.class);
        if (approval.isPresent() && request.approval().isEmpty()) {
            askApproval(approval.get());
            return;
        }
        if (Causes.find(e, NoOpenSessionException.class).isPresent()) {
            overlay.close();
            ctx.navigator().showDashboard();
            ctx.navigator().message(NO_SESSION);
            return;
        }
        LOG.error("Could not close the session for {}", cashier.name(), e);
        ctx.audit().record("session-closing.failed", cashier.name() + ": " + e);
        panel.failed("The session was not closed: " + e.getMessage());
    }

    private void askApproval(ApprovalRequiredException over) {
        var terminal = ctx.terminal();
        String difference = over.amount() == null ? "" : " of " + SessionReport.difference(over.amount(),
                terminal.locale());
        String limit = over.limit() == null ? "" : " (allowed " + terminal.format(over.limit()) + ")";
        var authenticator = ctx.extensions(CashierAuthenticator.class).stream().findFirst();
        if (authenticator.isEmpty()) {
            panel.failed("The difference" + difference + " is over the limit" + limit + " and needs a head cashier, "
                    + "but no way to identify one is installed.");
            return;
        }
        panel.approvalNeeded("The difference" + difference + " is over the limit" + limit
                + ": a head cashier approves it");
        // The lock screen must not lie under this dialog: the dialog comes back once the head cashier answered.
        overlay.close();
        String purpose = "Approve closing difference" + difference + limit;
        authenticator.get().identify(new CashierAuthenticator.Request(purpose, Set.of(Role.HEAD_CASHIER)), head -> {
            ctx.navigator().show(home);
            overlay = ctx.navigator().overlay(panel);
            if (head.isPresent() && head.get().isHeadCashier()) {
                ctx.audit().record("session-closing.approver", head.get().name() + " identified to approve the "
                        + "closing difference" + difference + " counted by " + cashier.name());
                panel.approved(head.get());
            } else {
                panel.notApproved();
            }
        });
    }
}
