package app.tillpoint.kiosk.store;

import app.tillpoint.api.SessionEvent;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.RefundRequest;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A refund in the outbox (V17): its event written with it by a trigger, and V17's rebuild of {@code events}. */
class RefundEventsTest {
    @TempDir
    Path dir;

    private static RefundRequest request(TestTill till, Order order, String method, RefundLine... lines) {
        return new RefundRequest(till.asha, order.id(), List.of(lines), method, Optional.empty());
    }

    @Test
    void aStoredRefundHasItsEventInCommitOrderCarryingTheRefund() throws Exception {
        try (TestTill till = TestTill.in(dir).refundLimit(2000).open()) {
            Session session = till.open(count(2));
            Order order = till.sell(200, "Masala chai", 2, "Samosa", 3);
            Approval approval = till.approval(till.meera, till.asha, ApprovalAction.REFUND, Optional.of(rupees(55)));
            Refund refund = till.sales.refund(request(till, order, Refund.CASH, new RefundLine(1, 2),
                    new RefundLine(2, 1)).withApproval(approval));

            List<SessionEvent> all = new SqlEvents(till.database, TestTill.TERMINAL).after(0, 100);

            assertThat(all).extracting(SessionEvent::kind).containsExactly(SessionEvent.Kind.OPENED,
                    SessionEvent.Kind.SOLD, SessionEvent.Kind.REFUNDED);
            SessionEvent event = all.get(2);
            assertThat(event.sequence()).isEqualTo(3);
            assertThat(event.refund()).contains(refund);
            assertThat(event.refund().orElseThrow().lines()).containsExactly(new RefundLine(1, 2),
                    new RefundLine(2, 1));
            assertThat(event.refund().orElseThrow().approval().orElseThrow().approver()).isEqualTo(till.meera);
            assertThat(event.order()).isEmpty();
            assertThat(event.session().id()).isEqualTo(session.id());
            assertThat(event.at()).isEqualTo(refund.refundedAt());
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT refund_id FROM events WHERE kind = 'REFUND'"))
                    .isEqualTo(refund.id());
        }
    }

    @Test
    void aRefusedRefundLeavesNoEvent() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.open(count(2));
            Order order = till.sell(200, "Masala chai", 2);

            assertThatThrownBy(() -> till.sales.refund(request(till, order, Refund.CASH, new RefundLine(1, 3))))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> till.sales.refund(request(till, order, "Voucher", new RefundLine(1, 1))))
                    .isInstanceOf(IllegalArgumentException.class);
            // The database's own refusal (past the store's checks) takes the event down with the refund.
            try (Connection raw = till.test.raw(); Statement sql = raw.createStatement()) {
                assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO refunds (order_id, session_id, refunded_at, "
                        + "refunded_by, total, method, currency) VALUES (" + order.id() + ", 1, 0, 1, -999999, "
                        + "'CASH', 'INR')")).isInstanceOf(SQLException.class).hasMessageContaining("more than");
            }

            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT count(*) FROM events WHERE kind = 'REFUND'"))
                    .isZero();
            assertThat(till.test.rows("events")).isEqualTo(2);
        }
    }

    @Test
    void v17KeepsEverySeqIdAndMarkAndEveryTriggerStillWritesOrRefuses() throws Exception {
        long beforeRefund;
        List<String> before;
        List<String> marks;
        // Today's code reads and writes products.image (V19) and refund_taxes (V20): the V16 till gets plain forms of
        // them for this test's sales and refund, and loses them again before V17 onwards run.
        TestDatabase.in(dir).atVersion(16).open().close();
        try (Connection raw = TestDatabase.in(dir).raw(); Statement sql = raw.createStatement()) {
            sql.executeUpdate("ALTER TABLE products ADD COLUMN image TEXT");
            sql.executeUpdate("CREATE TABLE refund_taxes (refund_id INTEGER, order_id INTEGER, position INTEGER, "
                    + "name TEXT, rate_ppm INTEGER, basis INTEGER, tax INTEGER)");
        }
        try (TestTill till = TestTill.in(dir).atVersion(16).open()) {
            till.open(count(2));
            Order order = till.sell(200, "Masala chai", 2, "Samosa", 1);
            till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.IN, rupees(200), "Change float",
                    Optional.empty()));
            till.sales.refund(request(till, order, Refund.CASH, new RefundLine(2, 1)));
            SqlEvents events = new SqlEvents(till.database, TestTill.TERMINAL);
            events.deliveryFromStart("office");
            events.delivered("office", 2);
            events.deliveryFromStart("export/Listener");
            events.failed("export/Listener", "share offline", till.clock.instant());
            beforeRefund = till.test.rows("refunds");
            before = rows(till.test.file(), "SELECT seq, id, kind, session_id, order_id, move_id, at FROM events "
                    + "ORDER BY seq");
            marks = rows(till.test.file(), "SELECT * FROM event_deliveries ORDER BY consumer");
        }
        assertThat(before).hasSize(3);
        try (Connection raw = TestDatabase.in(dir).raw(); Statement sql = raw.createStatement()) {
            sql.executeUpdate("ALTER TABLE products DROP COLUMN image");
            sql.executeUpdate("DROP TABLE refund_taxes");
        }

        try (TestTill till = TestTill.in(dir).allowedDifference(1_000_000).open()) {
            assertThat(rows(till.test.file(), "SELECT seq, id, kind, session_id, order_id, move_id, at FROM events "
                    + "ORDER BY seq")).containsExactlyElementsOf(before);
            assertThat(rows(till.test.file(), "SELECT * FROM event_deliveries ORDER BY consumer"))
                    .containsExactlyElementsOf(marks);
            assertThat(rows(till.test.file(), "PRAGMA foreign_key_check")).isEmpty();
            // The refund given before V17 has no event: V17 does not put old refunds at the end of the outbox,
            // where listeners would hear them as new.
            assertThat(till.test.rows("refunds")).isEqualTo(beforeRefund);

            // Every trigger writing the outbox still works, and the new one follows on.
            Order order = till.sell(100, "Masala chai", 1);
            till.sales.refund(request(till, order, Refund.CASH, new RefundLine(1, 1)));
            till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.IN, rupees(100), "Change float",
                    Optional.empty()));
            till.sessions.close(new ClosingRequest(till.asha, count(2), "", Optional.empty()));
            till.open(count(2));
            List<SessionEvent> after = new SqlEvents(till.database, TestTill.TERMINAL).after(3, 100);
            assertThat(after).extracting(SessionEvent::kind).containsExactly(SessionEvent.Kind.SOLD,
                    SessionEvent.Kind.REFUNDED, SessionEvent.Kind.CASH_MOVED, SessionEvent.Kind.CLOSED,
                    SessionEvent.Kind.OPENED);
            assertThat(after).extracting(SessionEvent::sequence).containsExactly(4L, 5L, 6L, 7L, 8L);

            // Still appended only, never changed, never removed.
            try (Connection raw = till.test.raw(); Statement sql = raw.createStatement()) {
                assertThatThrownBy(() -> sql.executeUpdate("UPDATE events SET at = 0 WHERE seq = 1"))
                        .hasMessageContaining("never change");
                assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM events WHERE seq = 5"))
                        .hasMessageContaining("never removed");
                assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO events (seq, id, kind, session_id, at) "
                        + "VALUES (2, '" + "0".repeat(32) + "', 'SESSION_OPENED', 1, 0)"))
                        .hasMessageContaining("appended after the last");
                assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO events (id, kind, session_id, at) "
                        + "VALUES ('" + "1".repeat(32) + "', 'REFUND', 1, 0)"))
                        .hasMessageContaining("CHECK");
            }
        }
    }

    private static List<String> rows(Path file, String select) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection raw = TestDatabase.raw(file); Statement sql = raw.createStatement();
             ResultSet row = sql.executeQuery(select)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    line.append(row.getString(i)).append('|');
                }
                rows.add(line.toString());
            }
        }
        return rows;
    }
}
