package app.tillpoint.plugins.receipts;

import app.tillpoint.api.device.PrintJob;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import static app.tillpoint.api.testing.TestTerminal.EN_IN;
import static app.tillpoint.api.testing.TestTerminal.KOLKATA;
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
                         Thank you for shopping with us""");
    }

    @Test
    void atFiftyEightMillimetresALongLineWrapsAndItsAmountStaysWhole() {
        String paper = paper(slips.receipt(Shift.order(), true), 32);

        assertThat(paper).contains("COPY (reprint)", "1 x Veg Thali with two chapatis\nand sweet                ₹180.00",
                "Total                    ₹220.00", "Change                   ₹280.00");
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
}
