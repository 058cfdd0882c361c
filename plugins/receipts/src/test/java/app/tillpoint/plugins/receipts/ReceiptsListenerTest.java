package app.tillpoint.plugins.receipts;

import app.tillpoint.api.SessionEvent;
import app.tillpoint.api.device.ReceiptPrinter.State;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.Refundable;
import app.tillpoint.api.sale.Sales;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.testing.TestKioskContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static app.tillpoint.api.testing.TestTerminal.rupees;
import static org.assertj.core.api.Assertions.assertThat;

/** What the outbox's events print, through the plugin's listener and menu entries on the shared test kiosk. */
class ReceiptsListenerTest {
    @TempDir
    Path dir;
    private TestKioskContext kiosk;

    @BeforeEach
    void kiosk() {
        kiosk = new TestKioskContext().withAtTill(ASHA).withCurrent(Shift.session()).withPluginData(dir);
        kiosk.summary = Shift.summary();
    }

    @AfterEach
    void stop() {
        PrintQueue.stopAll();
    }

    private static SessionEvent sold(long sequence) {
        return new SessionEvent("0123456789abcdef0123456789abcdef".substring(0, 31) + sequence % 10, sequence,
                SessionEvent.Kind.SOLD, Instant.parse("2026-11-26T04:05:00Z"), Shift.session(),
                Optional.of(Shift.order()), Optional.empty());
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void aSalePrintsItsReceiptOnceThoughItsEventIsDeliveredAgain() throws Exception {
        ReceiptsListener listener = new ReceiptsListener(kiosk);

        listener.on(sold(5));
        listener.on(sold(5));
        listener.on(new SessionEvent("abcdefabcdefabcdefabcdefabcdef06", 6, SessionEvent.Kind.CASH_MOVED,
                Instant.parse("2026-11-26T06:10:00Z"), Shift.session(), Optional.empty(),
                Optional.of(Shift.cashOut())));

        waitFor(() -> kiosk.printer.printed.size() == 2);
        Thread.sleep(300);
        assertThat(kiosk.printer.printed).hasSize(2);
        assertThat(kiosk.printer.text(0)).contains("Order 101", "Total",
                "₹220.00", "Change", "₹280.00");
        assertThat(kiosk.printer.text(1)).contains("CASH OUT", "Supplier paid: milk");
    }

    @Test
    void aRefundPrintsItsSlipOnceThoughItsEventIsDeliveredAgainAndKicksNoDrawer() throws Exception {
        TestKioskContext withOrder = new TestKioskContext() {
            @Override
            public Sales sales() {
                Sales sales = super.sales();
                return new Sales() {
                    @Override
                    public Order sellForCash(CashSale sale) throws NoOpenSessionException {
                        return sales.sellForCash(sale);
                    }

                    @Override
                    public List<Order> orders(long sessionId) {
                        return sales.orders(sessionId);
                    }

                    @Override
                    public Optional<Refundable> refundable(long orderId) {
                        return orderId == 101 ? Optional.of(new Refundable(Shift.order(), Map.of(1, 2, 2, 1),
                                rupees(220), List.of(Refund.CASH))) : Optional.empty();
                    }
                };
            }
        }.withAtTill(ASHA).withCurrent(Shift.session()).withPluginData(dir);
        ReceiptsListener listener = new ReceiptsListener(withOrder);
        SessionEvent refunded = new SessionEvent("abcdefabcdefabcdefabcdefabcdef07", 7, SessionEvent.Kind.REFUNDED,
                Instant.parse("2026-11-26T07:20:00Z"), Shift.session(), Optional.empty(), Optional.empty(),
                Optional.of(Shift.refund()));

        listener.on(refunded);
        listener.on(refunded);

        waitFor(() -> withOrder.printer.printed.size() == 1);
        Thread.sleep(300);
        assertThat(withOrder.printer.printed).hasSize(1);
        assertThat(withOrder.printer.text(0)).contains("REFUND", "Refund 7 of order 101", "2 x Masala Chai",
                "Refunded", "₹220.00", "Paid back by cash", "Approved by Ravi: Wrong order");
        assertThat(withOrder.printer.printed.get(0).kickDrawer()).isFalse();
        assertThat(withOrder.drawerKicks).isZero();
    }

    @Test
    void withThePrinterOutOfPaperTheSaleGoesOnTheCashierIsToldAndReprintPrintsTheCopyWhenItIsBack() throws Exception {
        kiosk.printer.state = State.PAPER_OUT;
        ReceiptsListener listener = new ReceiptsListener(kiosk);

        listener.on(sold(5));

        waitFor(() -> messages().stream().anyMatch(m -> m.contains("out of paper")));
        assertThat(messages()).containsExactly("The printer cannot print: out of paper. Sales go on and are stored;"
                + " what waits prints when the printer is back, or with Reprint last receipt.");
        assertThat(kiosk.printer.printed).isEmpty();

        kiosk.printer.state = State.READY;
        new ReprintMenuEntry(kiosk).perform();

        waitFor(() -> kiosk.printer.printed.size() == 2);
        assertThat(kiosk.printer.text(0)).doesNotContain("COPY");
        assertThat(kiosk.printer.text(1)).contains("COPY (reprint)", "Order 101");
        waitFor(() -> messages().size() == 2);
        assertThat(messages().get(1)).isEqualTo("The printer is back: 2 waiting slips printed.");
    }

    @Test
    void theXReportPrintsTheOpenSessionsTotalsAndWithoutASessionSaysSo() throws Exception {
        new XReportMenuEntry(kiosk).perform();

        waitFor(() -> kiosk.printer.printed.size() == 1);
        assertThat(kiosk.printer.text(0)).contains("X REPORT", "Session 12", "by Asha", "Expected cash", "₹1,360.00");

        kiosk.current = Optional.empty();
        new XReportMenuEntry(kiosk).perform();
        assertThat(kiosk.messages).containsExactly("No session is open: there is nothing for an X report.");
    }

    @Test
    void reprintWithoutAReceiptSaysSo() {
        new ReprintMenuEntry(kiosk).perform();

        assertThat(kiosk.messages).containsExactly("No receipt has been printed yet.");
    }

    private java.util.List<String> messages() {
        try {
            SwingUtilities.invokeAndWait(() -> { });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return kiosk.messages;
    }
}
