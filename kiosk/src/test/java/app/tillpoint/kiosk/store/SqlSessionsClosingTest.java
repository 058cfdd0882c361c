package app.tillpoint.kiosk.store;

import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.LastClosing;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlSessionsClosingTest {

    @TempDir
    Path dir;

    @Test
    void aCashOutOverTheLimitNeedsAHeadCashierAndIsStoredWithTheApproval() throws Exception {
        try (TestTill till = TestTill.in(dir).cashOutLimit(100_000).open()) {
            long sessionId = till.open(count(10)).id();
            CashMoveRequest out = new CashMoveRequest(till.asha, CashMove.Direction.OUT, rupees(1500),
                    "Bank deposit", Optional.empty());

            assertThatThrownBy(() -> till.sessions.moveCash(out)).isInstanceOfSatisfying(
                    ApprovalRequiredException.class, e -> {
                        assertThat(e.amount()).isEqualTo(rupees(1500));
                        assertThat(e.limit()).isEqualTo(rupees(1000));
                    });
            assertThat(till.test.rows("cash_moves")).isZero();

            Approval approval = till.approval(till.meera, till.asha, ApprovalAction.CASH_OUT,
                    Optional.of(rupees(1500))).withReason("Bank run at noon");
            CashMove stored = till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.OUT,
                    rupees(1500), "Bank deposit", Optional.of(approval)));
            CashMove atLimit = till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.OUT,
                    rupees(1000), "Supplier paid", Optional.empty()));
            CashMove in = till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.IN,
                    rupees(9000), "Change float", Optional.empty()));

            assertThat(till.sessions.cashMoves(sessionId)).containsExactly(stored, atLimit, in);
            assertThat(till.sessions.cashMoves(sessionId).get(0).approval()).contains(approval);
            assertThat(till.told).contains("cashMoved OUT 1500.00", "cashMoved IN 9000.00");
            assertThat(TestDatabase.queryLong(till.test.file(),
                    "SELECT count(*) FROM audit_events WHERE event = 'cash.out'")).isEqualTo(2);
        }
    }

    @Test
    void movingCashNeedsAnOpenSession() {
        try (TestTill till = TestTill.in(dir).open()) {
            assertThatThrownBy(() -> till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.IN,
                    rupees(10), "Change float", Optional.empty()))).isInstanceOf(NoOpenSessionException.class);
        }
    }

    @Test
    void closingComputesTheExpectedCashExactlyAndBecomesTheLastClosing() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            // ₹1,340 = 2 x 500 + 1 x 200 + 1 x 100 + 2 x 20
            Session session = till.open(count(2, 1, 1, 0, 2));
            assertThat(session.openingCash()).isEqualTo(rupees(1340));
            till.sell(100, "Masala chai", 3);                       // 60
            till.sell(100, "Samosa", 2, "Masala dosa", 1);          // 100
            till.sell(100, "Mango lassi", 1);                       // 60
            till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.IN, rupees(500),
                    "Change float", Optional.empty()));
            till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.OUT, rupees(200),
                    "Supplier paid", Optional.empty()));

            SessionSummary summary = till.sessions.summary(session.id());
            assertThat(summary.orderCount()).isEqualTo(3);
            assertThat(summary.orderTotal()).isEqualTo(rupees(220));
            assertThat(summary.cashSales()).isEqualTo(rupees(220));
            assertThat(summary.cashIn()).isEqualTo(rupees(500));
            assertThat(summary.cashOut()).isEqualTo(rupees(200));
            assertThat(summary.expectedCash()).isEqualTo(rupees(1860));

            till.clock.advance(Duration.ofHours(8));
            // ₹1,860 = 3 x 500 + 1 x 200 + 1 x 100 + 0 x 50 + 3 x 20
            Closing closing = till.sessions.close(new ClosingRequest(till.asha, count(3, 1, 1, 0, 3), "All good",
                    Optional.empty()));

            assertThat(closing.counted()).isEqualTo(rupees(1860));
            assertThat(closing.expected()).isEqualTo(rupees(1860));
            assertThat(closing.difference()).isEqualTo(rupees(0));
            assertThat(closing.approval()).isEmpty();
            assertThat(till.sessions.closing(session.id())).contains(closing);
            assertThat(till.sessions.current()).isEmpty();
            assertThat(till.sessions.lastClosing())
                    .contains(new LastClosing(rupees(1860), Instant.parse("2026-11-26T17:00:00Z")));
            assertThat(till.told).last().isEqualTo("closed " + session.id());
            assertThat(TestDatabase.queryLong(till.test.file(),
                    "SELECT count(*) FROM cash_counts WHERE purpose = 'CLOSING'")).isEqualTo(1);
            assertThat(TestDatabase.queryLong(till.test.file(),
                    "SELECT count(*) FROM audit_events WHERE event = 'session.closed'")).isEqualTo(1);
        }
    }

    @Test
    void aDifferenceOverTheLimitNeedsAHeadCashierAndIsStoredWithApproverAndReason() throws Exception {
        try (TestTill till = TestTill.in(dir).allowedDifference(1000).open()) {
            Session session = till.open(count(2, 1, 1, 0, 2));
            ClosingRequest short20 = new ClosingRequest(till.asha, count(2, 1, 1, 0, 1), "", Optional.empty());

            assertThatThrownBy(() -> till.sessions.close(short20)).isInstanceOfSatisfying(
                    ApprovalRequiredException.class, e -> {
                        assertThat(e.amount()).isEqualTo(rupees(-20));
                        assertThat(e.limit()).isEqualTo(rupees(10));
                    });
            assertThat(till.sessions.current()).isPresent();
            assertThat(till.sessions.closing(session.id())).isEmpty();
            assertThat(till.test.rows("cash_counts")).isEqualTo(1);

            Approval approval = till.approval(till.meera, till.asha, ApprovalAction.CLOSING_DIFFERENCE,
                    Optional.of(rupees(-20))).withReason("Wrong change given");
            Closing closing = till.sessions.close(new ClosingRequest(till.asha, count(2, 1, 1, 0, 1), "₹20 short",
                    Optional.of(approval)));

            assertThat(closing.difference()).isEqualTo(rupees(-20));
            Closing read = till.sessions.closing(session.id()).orElseThrow();
            assertThat(read.approval()).contains(approval);
            assertThat(read.note()).isEqualTo("₹20 short");
            assertThat(read.closedBy()).isEqualTo(till.asha);
            assertThat(TestDatabase.queryLong(till.test.file(),
                    "SELECT count(*) FROM audit_events WHERE event = 'session.closing.approved'")).isEqualTo(1);
        }
    }

    @Test
    void onlyAnActiveHeadCashierInTheDatabaseMayApprove() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.open(count(2));
            Approval stale = till.approval(till.meera, till.asha, ApprovalAction.CLOSING_DIFFERENCE,
                    Optional.of(rupees(-500))).withReason("Counting error");
            till.cashiers.disable(till.meera.id());

            assertThatThrownBy(() -> till.sessions.close(new ClosingRequest(till.asha, count(1), "",
                    Optional.of(stale)))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Meera is not an active head cashier and cannot approve. Nothing was stored.");
            assertThat(till.test.rows("cash_counts")).as("nothing of the closing was stored").isEqualTo(1);
            assertThat(till.sessions.current()).isPresent();
        }
    }

    @Test
    void aDifferenceWithinTheLimitNeedsNoApproval() throws Exception {
        try (TestTill till = TestTill.in(dir).allowedDifference(2000).open()) {
            till.open(count(2, 1, 1, 0, 2));

            Closing closing = till.sessions.close(new ClosingRequest(till.asha, count(2, 1, 1, 0, 3), "",
                    Optional.empty()));

            assertThat(closing.difference()).isEqualTo(rupees(20));
        }
    }

    @Test
    void closingNeedsAnOpenSession() {
        try (TestTill till = TestTill.in(dir).open()) {
            assertThatThrownBy(() -> till.sessions.close(new ClosingRequest(till.asha, count(1), "",
                    Optional.empty()))).isInstanceOf(NoOpenSessionException.class);
        }
    }

    @Test
    void theNextSessionCanOpenAfterAClosing() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.open(count(2));
            till.sessions.close(new ClosingRequest(till.asha, count(2), "", Optional.empty()));

            Session next = till.open(count(2));

            assertThat(next.isOpen()).isTrue();
            assertThat(till.sessions.summary(next.id()).expectedCash()).isEqualTo(rupees(1000));
        }
    }

    @Test
    void aSessionOpenedBeforeVersion3IsSummedAndClosedAfterTheUpgrade() throws Exception {
        TestClock clock = TestClock.at("2026-11-26T09:00:00Z");
        // What a version-2 kiosk stored: Ravi, and his session opened with two ₹500 bills counted.
        try (Database v2 = TestDatabase.in(dir).atVersion(2).open()) {
            v2.inTransaction(connection -> {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("INSERT INTO cashiers (name, role, created_at) VALUES ('Ravi', 'CASHIER', 0)");
                    sql.execute("INSERT INTO sessions (terminal_id, state, opened_at, opened_by, opening_cash, "
                            + "opening_currency) VALUES ('" + TestTill.TERMINAL + "', 'OPEN', 5, 1, 100000, 'INR')");
                    sql.execute("INSERT INTO cash_counts (session_id, purpose, counted_at, counted_by, currency) "
                            + "VALUES (1, 'OPENING', 5, 1, 'INR')");
                    sql.execute("INSERT INTO cash_count_lines VALUES (1, 50000, 'BILL', 2)");
                }
                return null;
            });
        }

        try (TestTill till = TestTill.in(dir).clock(clock).open()) {
            Session session = till.sessions.current().orElseThrow();
            assertThat(till.sessions.summary(session.id()).expectedCash()).isEqualTo(rupees(1000));
            till.sell(20, "Masala chai", 1);

            Closing closing = till.sessions.close(new ClosingRequest(till.asha, count(2, 0, 0, 0, 1), "",
                    Optional.empty()));

            assertThat(closing.expected()).isEqualTo(rupees(1020));
            assertThat(closing.difference()).isEqualTo(rupees(0));
        }
    }
}
