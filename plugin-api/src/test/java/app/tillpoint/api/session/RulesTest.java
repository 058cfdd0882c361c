package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.CountNote;
import app.tillpoint.api.testing.TestTerminal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.api.testing.TestTerminal.EN_IN;
import static app.tillpoint.api.testing.TestTerminal.bill;
import static app.tillpoint.api.testing.TestTerminal.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The session rules that plugin-api decides once: expected cash, the difference, the opening check, the count note. */
class RulesTest {

    @Test
    void expectedCashStartsFromTheCountNotFromAFigureTypedBesideIt() {
        CashCount counted = TestTerminal.seedCount(); // ₹1,340.00
        Session session = new Session(1, SessionState.OPEN, TestTerminal.OPENED, TestTerminal.ASHA, rupees(2_000),
                Optional.of(counted), "", Optional.empty(), Optional.empty());
        SessionSummary summary = SessionSummary.of(session, 2, rupees(300), rupees(300), rupees(100), rupees(40));
        assertThat(session.openingBase()).isEqualTo(rupees(1_340));
        assertThat(summary.expectedCash()).isEqualTo(rupees(1_340 + 300 + 100 - 40));
        assertThat(summary.differenceFor(counted)).isEqualTo(rupees(1_340 - 1_700));
    }

    @Test
    void withoutACountTheConfirmedAmountIsTheOpening() {
        Session typed = TestTerminal.session(1, TestTerminal.ASHA, rupees(500));
        assertThat(SessionSummary.of(typed, 0, rupees(0), rupees(0), rupees(0), rupees(0)).expectedCash())
                .isEqualTo(rupees(500));
    }

    @Test
    void anOpeningIsCheckedAgainstTheLastClosingCountAndTheCount() {
        var policy = new app.tillpoint.api.terminal.TerminalPolicy(rupees(0), false, rupees(5_000), List.of(),
                List.of(), rupees(5_000), rupees(10), false, false, Duration.ZERO);
        CashCount counted = TestTerminal.seedCount();
        OpeningCheck carried = new OpeningCheck(Optional.of(rupees(1_340)), rupees(1_340), Optional.of(counted));
        assertThat(carried.needsApproval(policy)).isFalse();

        OpeningCheck short20 = new OpeningCheck(Optional.of(rupees(1_360)), rupees(1_340), Optional.of(counted));
        assertThat(short20.carriedDifference()).isEqualTo(rupees(-20));
        assertThat(short20.needsApproval(policy)).isTrue();

        OpeningCheck typedOver = new OpeningCheck(Optional.of(rupees(1_340)), rupees(1_400), Optional.of(counted));
        assertThat(typedOver.typedDifference()).isEqualTo(rupees(60));
        assertThat(typedOver.base()).as("the count, not the typed figure").isEqualTo(rupees(1_340));
        assertThat(typedOver.needsApproval(policy)).isTrue();

        OpeningCheck first = new OpeningCheck(Optional.empty(), rupees(800), Optional.empty());
        assertThat(first.needsApproval(policy)).as("nothing to compare with on a first opening").isFalse();
    }

    @Test
    void theCountNoteReplacesTheLinesItWroteAndKeepsWhatTheCashierTyped() {
        CountNote note = new CountNote();
        String first = note.withCount("Float from the safe", TestTerminal.seedCount(), EN_IN);
        assertThat(first).isEqualTo("2 x ₹500.00\n3 x ₹100.00\n4 x ₹10.00\nTotal ₹1,340.00\nFloat from the safe");
        String second = note.withCount(first + "\nchecked twice", TestTerminal.emptyInr().with(bill(500), 1), EN_IN);
        assertThat(second).isEqualTo("1 x ₹500.00\nTotal ₹500.00\nFloat from the safe\nchecked twice");
        assertThat(new CountNote().withCount("", TestTerminal.emptyInr().with(bill(10), 1), EN_IN))
                .isEqualTo("1 x ₹10.00\nTotal ₹10.00");
    }

    @Test
    void anApprovalIsAHeadCashiersAndKeepsItsTokenWithTheReason() {
        Approval issued = new Approval(TestTerminal.RAVI, "", ApprovalAction.CASH_OUT, Optional.of(rupees(6_000)),
                "token-1");
        Approval withReason = issued.withReason("Bank deposit");
        assertThat(withReason.token()).isEqualTo("token-1");
        assertThat(withReason.reason()).isEqualTo("Bank deposit");
        assertThatThrownBy(() -> new Approval(new Cashier(1, "Asha", Role.CASHIER, false), "x",
                ApprovalAction.CASH_OUT, Optional.empty(), "t")).hasMessageContaining("not a head cashier");
    }

    @Test
    @SuppressWarnings("deprecation")
    void anApprovalBuiltTheOldWayCarriesNoTokenTheHostCouldHaveIssued() {
        assertThat(new Approval(TestTerminal.RAVI, "Because").token()).isEmpty();
    }
}
