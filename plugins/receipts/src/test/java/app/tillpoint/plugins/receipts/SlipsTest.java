package app.tillpoint.plugins.receipts;

import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.sale.ReceiptCode;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.Tender;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.MethodTotal;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.session.Settlement;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static app.tillpoint.api.testing.TestTerminal.EN_IN;
import static app.tillpoint.api.testing.TestTerminal.KOLKATA;
import static app.tillpoint.api.testing.TestTerminal.rupees;
import static org.assertj.core.api.Assertions.assertThat;

class SlipsTest {
    private final Slips slips = new Slips(Shift.STORE, "CHN LS Terminal 01", EN_IN, KOLKATA);

    private static String paper(PrintJob job, int columns) {
        List<PrintJob.Row> rows = job.layout(columns, UnaryOperator.identity());
        assertThat(rows).allSatisfy(row -> assertThat(row.text().length()).isLessThanOrEqualTo(columns));
        return String.join("\n", rows.stream().map(row -> row.text().stripTrailing()).toList());
    }

    @Test
    void theReceiptAtEightyMillimetres() {
        assertThat(paper(slips.receipt(Shift.order(), false), 48)).isEqualTo("""
                                Tillpoint Stores
                            12 Usman Road, T. Nagar
                                 Chennai 600017
                             GSTIN 33AAACT1234F1Z5
                               CHN LS Terminal 01

                Order 101
                26-Nov-2026, 9:35 am
                Cashier: Asha
                ------------------------------------------------
                2 x Masala Chai                           ₹40.00
                  ₹20.00 each
                1 x Veg Thali with two chapatis and sweet
                                                         ₹180.00
                ------------------------------------------------
                Total                                    ₹220.00
                Paid by cash                             ₹500.00
                Change                                   ₹280.00
                ------------------------------------------------
                         Thank you for shopping with us
                                  TP101-F7AEA9""");
    }

    @Test
    void theReceiptAndItsCopyEndWithTheOrdersCodeAsABarcodeForARefundToScan() {
        PrintJob receipt = slips.receipt(Shift.order(), false);
        PrintJob copy = slips.receipt(Shift.order(), true);

        PrintJob.Barcode code = new PrintJob.Barcode(new ReceiptCode(101, ReceiptCode.tagOf("CHN LS Terminal 01")).text());
        assertThat(code.data()).isEqualTo("TP101-F7AEA9");
        assertThat(receipt.lines()).last().isEqualTo(code);
        assertThat(copy.lines()).last().isEqualTo(code);
        assertThat(receipt.layout(32, UnaryOperator.identity())).last()
                .isEqualTo(new PrintJob.Row("          TP101-F7AEA9", false, true));
        assertThat(ReceiptCode.read(code.data())).contains(new ReceiptCode(101, "F7AEA9"));
    }

    @Test
    void atFiftyEightMillimetresALongLineWrapsAndItsAmountStaysWhole() {
        String paper = paper(slips.receipt(Shift.order(), true), 32);

        assertThat(paper).contains("COPY (reprint)", "1 x Veg Thali with two chapatis\nand sweet                ₹180.00",
                "Total                    ₹220.00", "Change                   ₹280.00");
    }

    @Test
    void theRefundSlipAtEightyMillimetres() {
        PrintJob slip = slips.refund(Shift.refund(), Shift.order());

        assertThat(paper(slip, 48)).isEqualTo("""
                                Tillpoint Stores
                            12 Usman Road, T. Nagar
                                 Chennai 600017
                             GSTIN 33AAACT1234F1Z5
                               CHN LS Terminal 01

                                     REFUND
                Refund 7 of order 101
                26-Nov-2026, 12:50 pm
                Cashier: Asha
                ------------------------------------------------
                2 x Masala Chai                           ₹40.00
                  ₹20.00 each
                1 x Veg Thali with two chapatis and sweet
                                                         ₹180.00
                ------------------------------------------------
                Refunded                                 ₹220.00
                Paid back by cash
                Approved by Ravi: Wrong order""");
        // The refund's flow opened the drawer for the cash already: the slip never kicks it again.
        assertThat(slip.kickDrawer()).isFalse();
    }

    @Test
    void theRefundSlipAtFiftyEightMillimetresOfSomeLinesByAnotherMethod() {
        Refund refund = Shift.refund();
        Refund byCard = new Refund(8, 101, 12, refund.refundedAt(), refund.refundedBy(),
                List.of(new RefundLine(1, 1)), rupees(20), "Card", Optional.empty());

        String paper = paper(slips.refund(byCard, Shift.order()), 32);

        assertThat(paper).contains("REFUND", "Refund 8 of order 101", "Cashier: Asha",
                "1 x Masala Chai           ₹20.00", "Refunded                  ₹20.00", "Paid back by Card")
                .doesNotContain("Thali", "each", "Approved");
    }

    @Test
    void theCashOutSlipNamesTheAmountTheReasonAndTheApproval() {
        assertThat(paper(slips.cashMove(Shift.cashOut()), 48)).contains("CASH OUT", "Session 12", "By Asha",
                "Amount                                   ₹200.00", "Reason: Supplier paid: milk",
                "Approved by Ravi: Supplier paid: milk", "Signature:");
    }

    @Test
    void theOpeningSlipListsTheCountByDenomination() {
        assertThat(paper(slips.opening(Shift.session()), 48)).contains("OPENING COUNT", "By Asha",
                "2 x ₹500                               ₹1,000.00", "3 x ₹100                                 ₹300.00",
                "4 x ₹10                                   ₹40.00", "Total counted                          ₹1,340.00",
                "Opening cash                           ₹1,340.00");
    }

    @Test
    void theXReportHasTheTotalsSoFarAndSaysItIsNoClosing() {
        String paper = paper(slips.xReport(Shift.summary(), Instant.parse("2026-11-26T08:00:00Z"), "Asha"), 48);

        assertThat(paper).contains("X REPORT", "Totals so far, not a closing", "Printed 26-Nov-2026, 1:30 pm by Asha",
                "Sales, orders: 1                         ₹220.00", "Cash out                                 ₹200.00",
                "Expected cash                          ₹1,360.00");
    }

    @Test
    void theZReportHasTheCountExpectedAgainstCountedTheDifferenceAndTheApproval() {
        String paper = paper(slips.zReport(Shift.summary(), Shift.closing()), 48);

        assertThat(paper).contains("Z REPORT", "Closed 26-Nov-2026, 6:02 pm by Asha", "Counted at closing",
                "6 x ₹10                                   ₹60.00", "Expected cash                          ₹1,360.00",
                "Counted cash                           ₹1,160.00", "Approved by Ravi: Counting error");
        assertThat(paper).containsPattern("Difference +\u2212?-?₹200\\.00");
    }

    @Test
    void aSplitReceiptNamesEachMethodAndTheZReportClosesEachMethod() {
        PaymentMethod card = PaymentMethod.of("Card", PaymentMethod.Kind.CARD);
        PaymentMethod upi = PaymentMethod.upi("UPI", "shop@okaxis", "Tillpoint Stores");
        Order base = Shift.order();
        Order split = new Order(base.id(), base.sessionId(), base.soldAt(), base.soldBy(), base.lines(), base.total(),
                rupees(250), rupees(30), base.taxes(), List.of(Tender.card(card, rupees(150), "A1B2C3", "4242"),
                Tender.of(upi, rupees(50), "412345678901"), Tender.cash(rupees(50))));

        assertThat(paper(slips.receipt(split, false), 48)).contains(
                "Paid by Card                             ₹150.00\n  Approval A1B2C3, card *4242",
                "Paid by UPI                               ₹50.00\n  Ref 412345678901",
                "Paid by cash                              ₹50.00", "Change                                    ₹30.00");

        SessionSummary base2 = Shift.summary();
        SessionSummary summary = new SessionSummary(base2.session(), base2.orderCount(), base2.orderTotal(),
                base2.cashSales(), base2.cashIn(), base2.cashOut(), base2.expectedCash(),
                List.of(new MethodTotal("Card", PaymentMethod.Kind.CARD, rupees(150))));
        Closing c = Shift.closing();
        Closing closing = new Closing(c.sessionId(), c.closedAt(), c.closedBy(), c.count(), c.counted(), c.expected(),
                c.difference(), c.approval(), c.note(), List.of(new Settlement("Card", PaymentMethod.Kind.CARD,
                rupees(150), rupees(140), rupees(-10), Optional.empty())));
        String z = paper(slips.zReport(summary, closing), 48);
        assertThat(z).contains("Card sales                               ₹150.00",
                "Card\nExpected                                 ₹150.00\nSettled                                  ₹140.00");
        assertThat(z).containsPattern("Settled +₹140\\.00\nDifference +\u2212?-?₹10\\.00");
    }
}
