package app.tillpoint.kiosk.store;

import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.ApprovalRequest;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.ClosingCount;
import app.tillpoint.api.session.ClosingCountRequest;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cash controls of the store, walked as an auditor would try to get around them: approvals nobody issued, used
 * twice or for something else, given by the cashier who asked; cash outs in pieces; a drawer taken below zero; an
 * opening that does not match the last closing; a blind recount. Each must be refused, with nothing stored.
 */
class CashControlsTest {

    @TempDir
    Path dir;

    private static CashMoveRequest cashOut(TestTill till, long rupees, Optional<Approval> approval) {
        return new CashMoveRequest(till.asha, CashMove.Direction.OUT, rupees(rupees), "Bank deposit", approval);
    }

    @Test
    void anApprovalThePluginBuiltItselfIsRefused() throws Exception {
        try (TestTill till = TestTill.in(dir).cashOutLimit(100_000).open()) {
            till.open(count(10));
            @SuppressWarnings("deprecation")
            Approval forged = new Approval(till.meera, "Looks fine");
            Approval guessed = new Approval(till.meera, "Looks fine", ApprovalAction.CASH_OUT,
                    Optional.of(rupees(1500)), "0123456789abcdef0123456789abcdef");

            assertThatThrownBy(() -> till.sessions.moveCash(cashOut(till, 1500, Optional.of(forged))))
                    .hasMessageContaining("not given on this terminal");
            assertThatThrownBy(() -> till.sessions.moveCash(cashOut(till, 1500, Optional.of(guessed))))
                    .hasMessageContaining("not given on this terminal");
            assertThat(till.test.rows("cash_moves")).isZero();
        }
    }

    @Test
    void anApprovalIsUsedOnceForItsOwnActionAmountAndCashier() throws Exception {
        try (TestTill till = TestTill.in(dir).cashOutLimit(100_000).open()) {
            till.open(count(10));
            Approval approval = till.approval(till.meera, till.asha, ApprovalAction.CASH_OUT,
                    Optional.of(rupees(1500)));

            assertThatThrownBy(() -> till.sessions.moveCash(cashOut(till, 4500, Optional.of(approval))))
                    .as("not for a larger amount").hasMessageContaining("given for INR 1500.00");
            CashMove stored = till.sessions.moveCash(cashOut(till, 1500, Optional.of(approval)));
            assertThat(stored.approval()).hasValueSatisfying(a -> assertThat(a.token()).isEqualTo(approval.token()));
            assertThatThrownBy(() -> till.sessions.moveCash(cashOut(till, 1500, Optional.of(approval))))
                    .as("not twice").hasMessageContaining("used already");

            Approval forRecount = till.approval(till.meera, till.asha, ApprovalAction.RECOUNT, Optional.empty());
            assertThatThrownBy(() -> till.sessions.moveCash(cashOut(till, 1500, Optional.of(forRecount))))
                    .as("not for another action").hasMessageContaining("given for something else");
            Approval forMeera = till.approval(till.ravi, till.meera, ApprovalAction.CASH_OUT,
                    Optional.of(rupees(1500)));
            assertThatThrownBy(() -> till.sessions.moveCash(cashOut(till, 1500, Optional.of(forMeera))))
                    .as("not for another cashier").hasMessageContaining("asked for by another cashier");
            assertThat(till.test.rows("cash_moves")).isEqualTo(1);
        }
    }

    @Test
    void theCashierWhoAskedCannotApproveUnlessTheTerminalAllowsIt() throws Exception {
        try (TestTill till = TestTill.in(dir).cashOutLimit(100_000).open()) {
            till.sessions.open(new OpeningRequest(till.meera, rupees(5000), Optional.of(count(10)), ""));
            ApprovalRequest own = new ApprovalRequest(ApprovalAction.CASH_OUT, "test", till.meera,
                    Optional.of(rupees(1500)), "Bank deposit");
            assertThatThrownBy(() -> till.approvals.issue(till.meera, own, false))
                    .as("the database refuses one person on both sides unless marked a self-approval")
                    .isInstanceOf(StoreException.class).hasMessageContaining("CHECK");
            Approval markedSelf = till.approval(till.meera, till.meera, ApprovalAction.CASH_OUT,
                    Optional.of(rupees(1500)));
            assertThatThrownBy(() -> till.sessions.moveCash(new CashMoveRequest(till.meera, CashMove.Direction.OUT,
                    rupees(1500), "Bank deposit", Optional.of(markedSelf))))
                    .as("and the store refuses it where the policy does not allow it")
                    .hasMessageContaining("cannot approve their own action");
            assertThat(till.test.rows("cash_moves")).isZero();
        }
        try (TestTill till = TestTill.in(dir.resolve("lenient")).cashOutLimit(100_000).selfApproval().open()) {
            till.sessions.open(new OpeningRequest(till.meera, rupees(5000), Optional.of(count(10)), ""));
            Approval own = till.approval(till.meera, till.meera, ApprovalAction.CASH_OUT, Optional.of(rupees(1500)));
            CashMove stored = till.sessions.moveCash(new CashMoveRequest(till.meera, CashMove.Direction.OUT,
                    rupees(1500), "Bank deposit", Optional.of(own)));
            assertThat(stored.approval()).isPresent();
        }
    }

    @Test
    void anApproverWhoIsNoLongerAHeadCashierCannotApprove() throws Exception {
        try (TestTill till = TestTill.in(dir).cashOutLimit(100_000).open()) {
            till.open(count(10));
            Approval approval = till.approval(till.meera, till.asha, ApprovalAction.CASH_OUT,
                    Optional.of(rupees(1500)));
            till.cashiers.disable(till.meera.id());
            assertThatThrownBy(() -> till.sessions.moveCash(cashOut(till, 1500, Optional.of(approval))))
                    .hasMessageContaining("not an active head cashier");
        }
    }

    @Test
    void cashOutsCannotDrainTheDrawerInPiecesOrBelowZero() throws Exception {
        try (TestTill till = TestTill.in(dir).cashOutLimit(300_000).sessionCashOutLimit(500_000).open()) {
            till.open(count(10)); // ₹5,000 counted
            till.sessions.moveCash(cashOut(till, 2500, Optional.empty()));
            till.sessions.moveCash(cashOut(till, 2000, Optional.empty()));
            assertThatThrownBy(() -> till.sessions.moveCash(cashOut(till, 1000, Optional.empty())))
                    .isInstanceOfSatisfying(ApprovalRequiredException.class, e -> {
                        assertThat(e.action()).isEqualTo(ApprovalAction.CASH_OUT);
                        assertThat(e.getMessage()).contains("5500.00", "above 5000.00");
                    });
        }
        try (TestTill till = TestTill.in(dir.resolve("small")).cashOutLimit(300_000).open()) {
            till.open(count(2)); // ₹1,000 counted
            assertThatThrownBy(() -> till.sessions.moveCash(cashOut(till, 1001, Optional.empty())))
                    .hasMessageContaining("below zero");
            Approval approval = till.approval(till.meera, till.asha, ApprovalAction.CASH_OUT,
                    Optional.of(rupees(1001)));
            till.sessions.moveCash(cashOut(till, 1001, Optional.of(approval)));
            assertThat(till.test.rows("cash_moves")).isEqualTo(1);
        }
    }

    @Test
    void anOpeningThatDiffersFromTheLastClosingCountNeedsAHeadCashierAndKeepsTheApproval() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.open(count(2));                                    // ₹1,000
            till.sessions.close(new ClosingRequest(till.asha, count(2), "", Optional.empty()));

            OpeningRequest short200 = new OpeningRequest(till.asha, rupees(800), Optional.of(count(1, 1, 1)), "");
            assertThatThrownBy(() -> till.sessions.open(short200)).isInstanceOfSatisfying(
                    ApprovalRequiredException.class, e -> {
                        assertThat(e.action()).isEqualTo(ApprovalAction.OPENING_DIFFERENCE);
                        assertThat(e.approvalAmount()).contains(rupees(800));
                    });
            assertThat(till.test.rows("sessions")).isEqualTo(1);

            Approval approval = till.approval(till.meera, till.asha, ApprovalAction.OPENING_DIFFERENCE,
                    Optional.of(rupees(800)));
            Session opened = till.sessions.open(short200.withApproval(approval.withReason("₹200 to the safe")));
            assertThat(opened.openingApproval()).isPresent();
            assertThat(till.sessions.current().orElseThrow().openingApproval().orElseThrow().reason())
                    .isEqualTo("₹200 to the safe");
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT opening_difference FROM sessions WHERE id = "
                    + opened.id())).isEqualTo(-20_000);
        }
    }

    @Test
    void expectedCashStartsFromTheCountNotFromATypedFigureBesideIt() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            OpeningRequest typedMore = new OpeningRequest(till.asha, rupees(9000), Optional.of(count(2)), "");
            assertThatThrownBy(() -> till.sessions.open(typedMore)).isInstanceOf(ApprovalRequiredException.class);
            Approval approval = till.approval(till.meera, till.asha, ApprovalAction.OPENING_DIFFERENCE,
                    Optional.of(rupees(1000)));
            Session session = till.sessions.open(typedMore.withApproval(approval));
            assertThat(till.sessions.summary(session.id()).expectedCash()).isEqualTo(rupees(1000));
        }
    }

    @Test
    void everyCountAtClosingIsRecordedAndABlindRecountNeedsAHeadCashier() throws Exception {
        try (TestTill till = TestTill.in(dir).blindClose().allowedDifference(1_000_000).open()) {
            Session session = till.open(count(2));
            ClosingCount first = till.sessions.recordClosingCount(
                    new ClosingCountRequest(till.asha, count(1), Optional.empty()));
            assertThat(first.attempt()).isEqualTo(1);
            assertThat(first.difference()).isEqualTo(rupees(-500));

            assertThatThrownBy(() -> till.sessions.recordClosingCount(
                    new ClosingCountRequest(till.asha, count(2), Optional.empty())))
                    .isInstanceOfSatisfying(ApprovalRequiredException.class,
                            e -> assertThat(e.action()).isEqualTo(ApprovalAction.RECOUNT));
            assertThatThrownBy(() -> till.sessions.close(new ClosingRequest(till.asha, count(2), "", Optional.empty())))
                    .as("not closed with a count nobody recorded").hasMessageContaining("count the drawer first");

            Approval recount = till.approval(till.meera, till.asha, ApprovalAction.RECOUNT, Optional.empty());
            ClosingCount second = till.sessions.recordClosingCount(
                    new ClosingCountRequest(till.asha, count(2), Optional.of(recount)));
            assertThat(second.attempt()).isEqualTo(2);
            till.sessions.close(new ClosingRequest(till.asha, count(2), "", Optional.empty()));

            assertThat(till.sessions.closingCounts(session.id())).extracting(ClosingCount::counted)
                    .containsExactly(rupees(500), rupees(1000));
            till.audit.flush();
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT count(*) FROM audit_events WHERE event IN "
                    + "('closing.count', 'closing.recount')")).isEqualTo(2);
        }
    }

    @Test
    void withoutABlindCloseEveryRecountIsRecordedToo() throws Exception {
        try (TestTill till = TestTill.in(dir).allowedDifference(1_000_000).open()) {
            Session session = till.open(count(2));
            till.sessions.recordClosingCount(new ClosingCountRequest(till.asha, count(1), Optional.empty()));
            till.sessions.recordClosingCount(new ClosingCountRequest(till.asha, count(3), Optional.empty()));
            till.sessions.close(new ClosingRequest(till.asha, count(2), "", Optional.empty()));
            assertThat(till.sessions.closingCounts(session.id())).extracting(ClosingCount::counted)
                    .containsExactly(rupees(500), rupees(1500), rupees(1000));
            assertThat(till.sessions.closing(session.id()).orElseThrow().count()).isEqualTo(count(2));
        }
    }

    @Test
    void aClosingDifferenceApprovalIsForThatDifferenceOnly() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.open(count(2));
            Approval forOther = till.approval(till.meera, till.asha, ApprovalAction.CLOSING_DIFFERENCE,
                    Optional.of(rupees(-100)));
            assertThatThrownBy(() -> till.sessions.close(new ClosingRequest(till.asha, count(1), "",
                    Optional.of(forOther)))).hasMessageContaining("given for INR -100.00");
            Approval right = till.approval(till.meera, till.asha, ApprovalAction.CLOSING_DIFFERENCE,
                    Optional.of(rupees(-500)));
            till.sessions.close(new ClosingRequest(till.asha, count(1), "", Optional.of(right)));
            assertThat(till.sessions.current()).isEmpty();
        }
    }

    @Test
    void theDatabaseRefusesAnApprovalTokenItNeverIssued() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            long session = till.open(count(2)).id();
            try (var raw = till.test.raw(); Statement sql = raw.createStatement()) {
                assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO cash_moves (session_id, moved_at, cashier_id,"
                        + " direction, amount, currency, reason, approved_by, approval_reason, approval_token) VALUES ("
                        + session + ", 1, " + till.asha.id() + ", 'OUT', 900000, 'INR', 'x', " + till.meera.id()
                        + ", 'y', 'made-up')")).hasMessageContaining("not issued for this cash out");
            }
        }
    }

}
