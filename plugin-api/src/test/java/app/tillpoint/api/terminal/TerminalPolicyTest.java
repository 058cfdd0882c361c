package app.tillpoint.api.terminal;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.testing.TestTerminal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.api.testing.TestTerminal.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TerminalPolicyTest {

    /** ₹50 of closing difference allowed, ₹5,000 a cash out, ₹8,000 of cash outs a session, ₹0 at opening. */
    private static final TerminalPolicy POLICY = new TerminalPolicy(rupees(50), false, rupees(5_000), List.of("Float"),
            List.of("Miscount"), rupees(8_000), rupees(0), false, false, Duration.ofMinutes(2));

    /** An open session that opened with ₹2,000 counted, with these cash sales and cash outs so far. */
    private static SessionSummary session(long cashSales, long cashOut) {
        return SessionSummary.of(TestTerminal.session(1, TestTerminal.ASHA, rupees(2_000)), 1, rupees(cashSales),
                rupees(cashSales), rupees(0), rupees(cashOut));
    }

    @Test
    void aClosingDifferenceOfEitherSignNeedsApprovalOnlyBeyondTheAllowedOne() {
        assertThat(POLICY.closingNeedsApproval(rupees(50))).isFalse();
        assertThat(POLICY.closingNeedsApproval(rupees(-50))).isFalse();
        assertThat(POLICY.closingNeedsApproval(Money.of(5_001, TestTerminal.INR))).isTrue();
        assertThat(POLICY.closingNeedsApproval(Money.of(-5_001, TestTerminal.INR))).isTrue();
    }

    @Test
    void aCashOutOverTheLimitOfOneMoveNeedsApproval() {
        assertThat(POLICY.cashMoveBreaks(CashMove.Direction.OUT, rupees(5_000), session(10_000, 0))).isEmpty();
        assertThat(POLICY.cashMoveBreaks(CashMove.Direction.OUT, rupees(5_001), session(10_000, 0)))
                .contains(TerminalPolicy.CashOutRule.OVER_MOVE_LIMIT);
    }

    @Test
    void cashOutsCannotDrainTheDrawerInPiecesUnderTheLimitOfOneMove() {
        // ₹4,000 twice passes; the third ₹4,000 brings the session to ₹12,000, over its ₹8,000.
        assertThat(POLICY.cashMoveBreaks(CashMove.Direction.OUT, rupees(4_000), session(20_000, 4_000))).isEmpty();
        assertThat(POLICY.cashMoveBreaks(CashMove.Direction.OUT, rupees(4_000), session(20_000, 8_000)))
                .contains(TerminalPolicy.CashOutRule.OVER_SESSION_LIMIT);
    }

    @Test
    void aCashOutMayNotTakeTheExpectedCashBelowZero() {
        // Opening ₹2,000, no sales: the drawer should hold ₹2,000.
        assertThat(POLICY.cashMoveBreaks(CashMove.Direction.OUT, rupees(2_000), session(0, 0))).isEmpty();
        assertThat(POLICY.cashMoveBreaks(CashMove.Direction.OUT, rupees(2_001), session(0, 0)))
                .contains(TerminalPolicy.CashOutRule.BELOW_ZERO);
    }

    @Test
    void cashPutInNeverNeedsApproval() {
        assertThat(POLICY.cashMoveNeedsApproval(CashMove.Direction.IN, rupees(1_000_000), session(0, 0))).isFalse();
    }

    @Test
    void theApi11ConstructorLimitsTheSessionAsOneMoveAndAllowsNoOpeningDifference() {
        TerminalPolicy old = new TerminalPolicy(rupees(0), true, rupees(5_000), List.of(), List.of());
        assertThat(old.cashOutSessionLimit()).isEqualTo(rupees(5_000));
        assertThat(old.openingNeedsApproval(Money.of(1, TestTerminal.INR))).isTrue();
        assertThat(old.selfApproval()).isFalse();
        assertThat(old.idleLock()).isEqualTo(TerminalPolicy.DEFAULT_IDLE_LOCK);
        assertThat(old.cashMoveBreaks(CashMove.Direction.OUT, rupees(1), session(0, 0))).isEqualTo(Optional.empty());
    }

    @Test
    void refusesLimitsInAnotherCurrencyOrBelowZero() {
        assertThatThrownBy(() -> new TerminalPolicy(rupees(0), false, Money.ofMajor(1, TestTerminal.EUR), List.of(),
                List.of())).hasMessageContaining("one currency");
        assertThatThrownBy(() -> new TerminalPolicy(rupees(0), false, rupees(-1), List.of(), List.of()))
                .hasMessageContaining("negative");
    }
}
