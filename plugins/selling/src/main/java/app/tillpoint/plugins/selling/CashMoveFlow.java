package app.tillpoint.plugins.selling;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.terminal.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.Set;

/**
 * One cash in or cash out by the cashier at the till: shows the {@link CashMovePanel}, stores the move, and on a cash
 * out over the terminal's limit asks a head cashier to approve on the spot and stores it again with the approval.
 * Then kicks the drawer and shows the register. The cashier at the till stays the same. Event thread only.
 */
final class CashMoveFlow implements CashMovePanel.Listener {
    static final String DRAWER_FAILED = "Drawer did not open: open it with the key";
    static final String NOBODY = "Nobody is at the till: identify first.";

    private static final Logger LOG = LoggerFactory.getLogger(CashMoveFlow.class);

    private final KioskContext ctx;
    private final CashMove.Direction direction;
    private Cashier cashier;
    private CashMovePanel panel;
    private Overlay overlay;

    CashMoveFlow(KioskContext ctx, CashMove.Direction direction) {
        this.ctx = ctx;
        this.direction = direction;
    }

    void start() {
        Optional<Cashier> atTill = ctx.till().cashier();
        if (atTill.isEmpty()) {
            ctx.navigator().message(NOBODY);
            return;
        }
        cashier = atTill.get();
        panel = new CashMovePanel(direction, ctx.terminal().currency(), ctx.terminal().policy().cashMoveReasons(),
                this);
        overlay = ctx.navigator().overlay(panel);
    }

    @Override
    public void confirm(Money amount, String reason) {
        store(new CashMoveRequest(cashier, direction, amount, reason, Optional.empty()));
    }

    @Override
    public void cancel() {
        overlay.close();
    }

    private void store(CashMoveRequest request) {
        ctx.background(() -> ctx.sessions().moveCash(request), this::stored, e -> failed(request, e));
    }

    private void stored(CashMove move) {
        overlay.close();
        ctx.background(() -> {
            ctx.drawer().open();
            return move;
        }, kicked -> ctx.audit().record("selling.drawer.kick", "Drawer opened for cash move " + move.id()), e -> {
            LOG.warn("The drawer did not open for cash move {}", move.id(), e);
            ctx.audit().record("selling.drawer.failed", "Cash move " + move.id() + ": "
                    + (e instanceof DeviceException ? e.getMessage() : e.toString()));
            ctx.navigator().message(DRAWER_FAILED);
        });
        ctx.navigator().show(Routes.REGISTER);
    }

    private void failed(CashMoveRequest request, Exception e) {
        Optional<ApprovalRequiredException> approval = Causes.find(e, ApprovalRequiredException.class);
        if (approval.isPresent() && request.approval().isEmpty()) {
            askApproval(request);
            return;
        }
        if (Causes.find(e, NoOpenSessionException.class).isPresent()) {
            overlay.close();
            ctx.navigator().showDashboard();
            ctx.navigator().message("No session is open: nothing was stored.");
            return;
        }
        LOG.error("Could not store a cash move for {}", cashier.name(), e);
        ctx.audit().record("selling.cashMove.failed", cashier.name() + ": " + e);
        String text = "Not stored: " + e.getMessage();
        if (overlay.isOpen()) {
            panel.failed(text);
        } else {
            ctx.navigator().show(Routes.REGISTER);
            ctx.navigator().message(text);
        }
    }

    private void askApproval(CashMoveRequest request) {
        var authenticator = ctx.extensions(CashierAuthenticator.class).stream().findFirst();
        if (authenticator.isEmpty()) {
            panel.failed("This needs a head cashier, and no way to identify one is installed.");
            return;
        }
        // The lock screen must not lie under this dialog: it comes back if the head cashier says no.
        overlay.close();
        String purpose = "Approve " + (direction == CashMove.Direction.IN ? "cash in" : "cash out") + " of "
                + ctx.terminal().format(request.amount());
        authenticator.get().identify(new CashierAuthenticator.Request(purpose, Set.of(Role.HEAD_CASHIER)), head -> {
            if (head.isEmpty() || !head.get().isHeadCashier()) {
                ctx.navigator().show(Routes.REGISTER);
                ctx.navigator().message("Not approved: nothing was stored.");
                return;
            }
            // Stored or not, the register is shown next (stored / failed), with the same cashier at the till.
            ctx.audit().record("selling.cashMove.approved", head.get().name() + ": " + purpose + " by "
                    + cashier.name());
            store(new CashMoveRequest(request.cashier(), request.direction(), request.amount(), request.reason(),
                    Optional.of(new Approval(head.get(), request.reason()))));
        });
    }
}
