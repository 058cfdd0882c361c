package app.tillpoint.plugins.receipts;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.SessionEvent;
import app.tillpoint.api.SessionListener;
import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.Refundable;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.SessionSummary;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Prints what the outbox says happened, after it was stored: the opening count slip, each sale's receipt, each cash in
 * or out slip, each refund's slip, the Z report at closing. Each slip is queued (on disk) and this returns: the
 * printer's faults never hold up the outbox or the till, and an event delivered twice is queued once
 * ({@link PrintQueue#eventMark}).
 */
@Extension
public class ReceiptsListener implements SessionListener {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptsListener.class);
    private final KioskContext kiosk;

    public ReceiptsListener(KioskContext kiosk) {
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
    }

    @Override
    public void on(SessionEvent event) {
        PrintQueue queue = Printing.queue(kiosk);
        try {
            if (event.sequence() <= queue.eventMark()) {
                return;
            }
            Slips slips = Printing.slips(kiosk);
            switch (event.kind()) {
                case OPENED -> queue.add("opening", slips.opening(event.session()));
                case SOLD -> {
                    PrintJob receipt = slips.receipt(event.order().orElseThrow(), false);
                    queue.keepAsLastReceipt(event.order().map(o -> slips.receipt(o, true)).orElseThrow());
                    queue.add("receipt", receipt);
                }
                case CASH_MOVED -> queue.add("cash-move", slips.cashMove(event.cashMove().orElseThrow()));
                case CLOSED -> zReport(event, slips).ifPresent(z -> add(queue, "z-report", z));
                case REFUNDED -> refundSlip(event.refund().orElseThrow(), slips).ifPresent(
                        slip -> add(queue, "refund", slip));
            }
            queue.markEvent(event.sequence());
        } catch (IOException e) {
            // Thrown on: the outbox delivers the event again, and the slip is queued then.
            throw new UncheckedIOException("The slip of event " + event.sequence() + " could not be queued", e);
        }
    }

    private Optional<PrintJob> zReport(SessionEvent event, Slips slips) {
        long id = event.session().id();
        Optional<Closing> closing = kiosk.sessions().closing(id);
        if (closing.isEmpty()) {
            LOG.warn("Session {} closed without a closing stored: no Z report", id);
            return Optional.empty();
        }
        SessionSummary summary = kiosk.sessions().summary(id);
        return Optional.of(slips.zReport(summary, Printing.taxes(kiosk, id), closing.get()));
    }

    private Optional<PrintJob> refundSlip(Refund refund, Slips slips) {
        Optional<Order> original = kiosk.sales().refundable(refund.orderId()).map(Refundable::order);
        if (original.isEmpty()) {
            LOG.warn("Refund {} names order {}, which this terminal does not have: no slip", refund.id(),
                    refund.orderId());
        }
        return original.map(order -> slips.refund(refund, order));
    }

    private static void add(PrintQueue queue, String kind, PrintJob job) {
        try {
            queue.add(kind, job);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
