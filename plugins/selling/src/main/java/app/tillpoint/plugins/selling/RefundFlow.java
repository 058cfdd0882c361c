package app.tillpoint.plugins.selling;

import app.tillpoint.api.DatabaseFaultException;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.catalog.Barcode;
import app.tillpoint.api.flow.DrawerKick;
import app.tillpoint.api.flow.Failures;
import app.tillpoint.api.sale.ReceiptCode;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.RefundRequest;
import app.tillpoint.api.sale.Refundable;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.ApprovalRequest;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.terminal.Subscription;
import app.tillpoint.api.ui.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * One refund by the cashier at the till: shows the {@link RefundPanel}, looks the order up, stores the refund, and
 * when it is over the terminal's refund limit asks a head cashier to approve on the spot, then stores it again with
 * the approval. Then opens the drawer for a cash refund, after the commit, and shows the register. While the dialog
 * is shown it reads the product scanner (the register's own scanning leaves it the scans, {@link ScanningDialog}): a
 * receipt's {@link ReceiptCode} of this till finds its order as Find does; another till's receipt, a product's barcode
 * or anything else is said and changes nothing. Event thread only.
 */
final class RefundFlow implements RefundPanel.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(RefundFlow.class);

    private final KioskContext kiosk;
    private Cashier cashier;
    private RefundPanel panel;
    private Overlay overlay;
    private Subscription scans;

    RefundFlow(KioskContext kiosk) {
        this.kiosk = kiosk;
    }

    void start() {
        Optional<Cashier> atTill = kiosk.till().cashier();
        if (atTill.isEmpty()) {
            kiosk.navigator().message(texts().get("refund.nobody"));
            return;
        }
        cashier = atTill.get();
        panel = new RefundPanel(kiosk.terminal().locale(), this);
        overlay = kiosk.navigator().overlay(panel);
        try {
            scans = kiosk.productScans().subscribe(this::scanned);
        } catch (UnsupportedOperationException e) {
            LOG.info("This kiosk delivers no product scans: a refund finds its order by the number typed");
        }
    }

    private void scanned(String code) {
        if (!overlay.isOpen()) {
            return;
        }
        Optional<ReceiptCode> receipt = ReceiptCode.read(code);
        if (receipt.isEmpty()) {
            notAReceipt(code);
        } else if (!receipt.get().isFrom(kiosk.terminal())) {
            panel.say(texts().get("refund.otherTill"));
        } else {
            panel.scanned(receipt.get().orderId());
        }
    }

    /**
     * A product's barcode (a retail code, or one of the catalog's) is said to be one; anything else, such as a badge on
     * a reader shared with the products, only that it is no receipt's, and never shown.
     */
    private void notAReceipt(String code) {
        if (isRetail(code)) {
            panel.say(texts().get("refund.productCode"));
            return;
        }
        kiosk.background(() -> kiosk.catalog().byBarcode(code).isPresent(), product -> {
            if (overlay.isOpen()) {
                panel.say(texts().get(product ? "refund.productCode" : "refund.notReceipt"));
            }
        }, failure -> {
            LOG.warn("Could not look up a code scanned into the refund dialog", failure);
            if (overlay.isOpen()) {
                panel.say(texts().get("refund.notReceipt"));
            }
        });
    }

    private static boolean isRetail(String code) {
        try {
            return Barcode.parse(code).kind().numeric();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Closes the dialog and stops reading the scanner. */
    private void close() {
        overlay.close();
        if (scans != null) {
            scans.close();
            scans = null;
        }
    }

    @Override
    public void find(long orderId) {
        kiosk.background(() -> kiosk.sales().refundable(orderId), found -> found(orderId, found),
                e -> failed(Optional.empty(), e));
    }

    private void found(long orderId, Optional<Refundable> found) {
        if (!overlay.isOpen()) {
            return;
        }
        if (found.isEmpty()) {
            panel.failed(texts().get("refund.unknown", String.valueOf(orderId)));
            return;
        }
        panel.show(found.get());
    }

    @Override
    public void confirm(long orderId, List<RefundLine> lines, String method) {
        store(new RefundRequest(cashier, orderId, lines, method, Optional.empty()));
    }

    @Override
    public void cancel() {
        close();
    }

    private void store(RefundRequest request) {
        kiosk.background(() -> kiosk.sales().refund(request), this::stored, e -> failed(Optional.of(request), e));
    }

    private void stored(Refund refund) {
        close();
        kiosk.navigator().show(Routes.REGISTER);
        kiosk.navigator().notice(texts().get("refund.done", kiosk.terminal().format(refund.amount()),
                String.valueOf(refund.orderId())));
        if (refund.inCash()) {
            DrawerKick.after(kiosk, "selling", "refund " + refund.id());
        }
    }

    private void failed(Optional<RefundRequest> request, Exception e) {
        Optional<ApprovalRequiredException> approval = Failures.find(e, ApprovalRequiredException.class);
        if (approval.isPresent() && request.isPresent() && request.get().approval().isEmpty()) {
            askApproval(request.get(), approval.get());
            return;
        }
        if (Failures.find(e, NoOpenSessionException.class).isPresent()) {
            close();
            kiosk.navigator().showDashboard();
            kiosk.navigator().message(texts().get("refund.noSession"));
            return;
        }
        Optional<DatabaseFaultException> fault = Failures.find(e, DatabaseFaultException.class);
        String text;
        if (fault.isPresent()) {
            kiosk.audit().record("selling.refund.notStored", cashier.name() + ": " + fault.get().fault());
            text = fault.get().notStored(texts().get("refund.theRefund"), texts().locale());
        } else if (e instanceof IllegalArgumentException) {
            // The store's refusal, written for the cashier: a line refunded already, another terminal's order.
            text = texts().get("refund.notStored", String.valueOf(e.getMessage()));
        } else {
            LOG.error("Could not refund for {}", cashier.name(), e);
            kiosk.audit().record("selling.refund.failed", cashier.name() + ": " + e);
            text = texts().get("refund.notStored", String.valueOf(e.getMessage()));
        }
        if (overlay.isOpen()) {
            panel.failed(text);
        } else {
            kiosk.navigator().show(Routes.REGISTER);
            kiosk.navigator().message(text);
        }
    }

    private void askApproval(RefundRequest request, ApprovalRequiredException needed) {
        // The lock screen must not lie under this dialog: it comes back if the head cashier says no.
        close();
        String amount = needed.approvalAmount().map(kiosk.terminal()::format).orElse("");
        String purpose = texts().get("refund.approve", amount, String.valueOf(request.orderId()));
        kiosk.approvals().ask(new ApprovalRequest(ApprovalAction.REFUND, purpose, cashier, needed.approvalAmount(),
                texts().get("refund.reason", String.valueOf(request.orderId()))), approval -> {
            if (approval.isEmpty()) {
                kiosk.navigator().show(Routes.REGISTER);
                kiosk.navigator().message(texts().get("refund.notApproved", String.valueOf(needed.getMessage())));
                return;
            }
            store(request.withApproval(approval.get()));
        });
    }

    private Texts texts() {
        return Texts.of(RefundFlow.class, kiosk.terminal().locale());
    }
}
