package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingCount;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static app.tillpoint.api.testing.TestTerminal.EN_IN;
import static app.tillpoint.api.testing.TestTerminal.KOLKATA;
import static app.tillpoint.api.testing.TestTerminal.RAVI;
import static app.tillpoint.api.testing.TestTerminal.bill;
import static app.tillpoint.api.testing.TestTerminal.rupees;
import static org.assertj.core.api.Assertions.assertThat;

class SessionReportTest {
    private final SessionReport report = new SessionReport("CHN LS Terminal 01", EN_IN, KOLKATA);

    @Test
    void differencesReadAsShortOverOrNothing() {
        assertThat(SessionReport.difference(rupees(-50), EN_IN)).isEqualTo("\u2212₹50.00 short");
        assertThat(SessionReport.difference(rupees(20), EN_IN)).isEqualTo("₹20.00 over");
        assertThat(SessionReport.difference(rupees(0), EN_IN)).isEqualTo("₹0.00");
    }

    @Test
    void anOpenSessionListsOrdersPaymentsMovesAndTheExpectedCash() {
        String text = report.format(ClosingShift.summary(), ClosingShift.orders(), ClosingShift.moves(), List.of(),
                Optional.empty(), false);

        assertThat(text).isEqualTo("""
                Session 12 \u2014 CHN LS Terminal 01
                Opened 26 Nov 2026, 09:14 by Asha
                Opening cash ₹1,340.00
                  2 x ₹500.00
                  3 x ₹100.00
                  4 x ₹10.00
                  Total ₹1,340.00

                Orders: 2, total ₹560.00
                  #101  09:35  Asha  ₹220.00 (tendered ₹500.00, change ₹280.00)
                      2 x Masala Chai @ ₹20.00 = ₹40.00
                      1 x Veg Thali @ ₹180.00 = ₹180.00
                  #102  11:00  Asha  ₹340.00 (tendered ₹340.00, change ₹0.00)
                      17 x Masala Chai @ ₹20.00 = ₹340.00

                Payments
                  Cash ₹560.00

                Cash moves
                  09:30  in   ₹500.00  Change float (Asha)
                  11:40  out  ₹200.00  Supplier paid: milk (Asha, approved by Ravi)
                  Cash in ₹500.00, cash out ₹200.00

                Expected cash ₹2,200.00
                  = opening ₹1,340.00 + cash sales ₹560.00 + cash in ₹500.00 \u2212 cash out ₹200.00

                Not closed yet
                """);
    }

    @Test
    void aClosedSessionAddsTheClosingCountTheDifferenceAndTheApproval() {
        var count = ClosingShift.emptyInr().with(bill(500), 4);
        Closing closing = new Closing(12, Instant.parse("2026-11-26T12:32:00Z"), ASHA, count, rupees(2_000),
                rupees(2_200), rupees(-200), Optional.of(new Approval(RAVI, "Counting error",
                ApprovalAction.CLOSING_DIFFERENCE, Optional.of(rupees(-200)), "t")),
                "4 x ₹500.00\nTotal ₹2,000.00\nTwo notes torn");

        ClosingCount first = new ClosingCount(12, 1, Instant.parse("2026-11-26T12:30:00Z"), ASHA, count, rupees(2_200),
                rupees(-200), Optional.empty());
        String text = report.format(ClosingShift.summary(), List.of(), List.of(), List.of(first), Optional.of(closing),
                true);

        assertThat(text).contains("Orders: 2, total ₹560.00\n\nPayments", "Cash moves\n  None\n",
                "Counts of the drawer at closing\n  1. 18:00  Asha  ₹2,000.00, difference \u2212₹200.00 short\n");
        assertThat(text).endsWith("""
                Closed 26 Nov 2026, 18:02 by Asha
                  4 x ₹500.00
                  Total ₹2,000.00
                Counted ₹2,000.00, expected ₹2,200.00
                Difference \u2212₹200.00 short
                Approved by Ravi: Counting error
                Note:
                  4 x ₹500.00
                  Total ₹2,000.00
                  Two notes torn
                """);
    }

    @Test
    void underABlindCloseTheOpenSessionsReportTellsNothingOfWhatTheDrawerShouldHold() {
        String text = report.format(ClosingShift.summary(), ClosingShift.orders(), ClosingShift.moves(), List.of(),
                Optional.empty(), true);

        assertThat(text).contains("Orders: 2\n", "Expected cash: shown once the drawer is counted (blind close)")
                .doesNotContain("₹2,200.00", "total ₹560.00", "Cash ₹560.00");
    }
}
