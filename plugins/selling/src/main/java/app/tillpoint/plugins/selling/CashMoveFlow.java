package app.tillpoint.plugins.selling;

import app.tillpoint.api.DatabaseFaultException;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.flow.DrawerKick;
import app.tillpoint.api.flow.Failures;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.ApprovalRequest;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.ui.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * One cash in or cash out by the cashier at the till: shows the {@link CashMovePanel}, stores the move, and when the
 * terminal's policy needs a head cashier (a cash out over a limit, or one that takes the drawer below zero) asks one to
 * approve on the spot, then stores it again with the approval. Then kicks the drawer and shows the register. The
 * cashier at the till stays the same. Event thread only.
 */
final class CashMoveFlow implements CashMovePanel.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(CashMoveFlow.class);

    private final KioskContext kiosk;
    private final CashMove.Direction direction;
    private Cashier cashier;
    private CashMovePanel panel;
    private Overlay overlay;

    CashMoveFlow(KioskContext kiosk, CashMove.Direction direction) {
        this.kiosk = kiosk;
        this.direction = direction;
    }

    void start() {
        Optional<Cashier> atTill = kiosk.till().cashier();
        if (atTill.isEmpty()) {
            kiosk.navigator().message(texts().get("cashMove.nobody"));
            return;
        }
        cashier = atTill.get();
        panel = new CashMovePanel(direction, kiosk.terminal().currency(), kiosk.terminal().policy().cashMoveReasons(),
                kiosk.shownLocale(), this);
        overlay = kiosk.navigator().overlay(panel);
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
        kiosk.background(() -> kiosk.sessions().moveCash(request), this::stored, e -> failed(request, e));
    }

    private void stored(CashMove move) {
        overlay.close();
        kiosk.navigator().show(Routes.REGISTER);
        DrawerKick.after(kiosk, "selling", "cash move " + move.id());
    }

    private void failed(CashMoveRequest request, Exception e) {
        Optional<ApprovalRequiredException> approval = Failures.find(e, ApprovalRequiredException.class);
        if (approval.isPresent() && request.approval().isEmpty()) {
            askApproval(request, approval.get());
            return;
        }
        if (Failures.find(e, NoOpenSessionException.class).isPresent()) {
            overlay.close();
            kiosk.navigator().showDashboard();
            kiosk.navigator().message(texts().get("cashMove.noSession"));
            return;
        }
        Optional<DatabaseFaultException> fault = Failures.find(e, DatabaseFaultException.class);
        String text;
        if (fault.isPresent()) {
            kiosk.audit().record("selling.cashMove.notStored", cashier.name() + ": " + fault.get().fault());
            text = fault.get().notStored(texts().get(direction == CashMove.Direction.IN ? "cashMove.theCashIn"
                    : "cashMove.theCashOut"), texts().locale());
        } else {
            LOG.error("Could not store a cash move for {}", cashier.name(), e);
            kiosk.audit().record("selling.cashMove.failed", cashier.name() + ": " + e);
            text = texts().get("cashMove.notStored", String.valueOf(e.getMessage()));
        }
        if (overlay.isOpen()) {
            panel.failed(text);
        } else {
            kiosk.navigator().show(Routes.REGISTER);
            kiosk.navigator().message(text);
        }
    }

    private void askApproval(CashMoveRequest request, ApprovalRequiredException needed) {
        // The lock screen must not lie under this dialog: it comes back if the head cashier says no.
        overlay.close();
        String purpose = texts().get(direction == CashMove.Direction.IN ? "cashMove.approveIn" : "cashMove.approveOut",
                request.amount().format(kiosk.shownLocale()));
        kiosk.approvals().ask(new ApprovalRequest(ApprovalAction.CASH_OUT, purpose, cashier, needed.approvalAmount(),
                request.reason()), approval -> {
            if (approval.isEmpty()) {
                kiosk.navigator().show(Routes.REGISTER);
                kiosk.navigator().message(texts().get("cashMove.notApproved", String.valueOf(needed.getMessage())));
                return;
            }
            // Stored or not, the register is shown next (stored / failed), with the same cashier at the till.
            store(new CashMoveRequest(request.cashier(), request.direction(), request.amount(), request.reason(),
                    approval));
        });
    }

    private Texts texts() {
        return Texts.of(CashMoveFlow.class, kiosk.shownLocale());
    }
}
