package app.tillpoint.kiosk.store;

import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.ClosingRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the screens would never do, tried with raw SQL on the database itself, as someone with sqlite3 and the file
 * would: each is refused by the schema (STRICT tables and triggers), not by our code.
 */
class DatabaseRefusesTest {

    @TempDir
    Path dir;

    private TestTill till;
    private long closed;
    private long open;
    private Connection raw;
    private Statement sql;

    @BeforeEach
    void aClosedAndAnOpenSessionWithSalesMovesAndCounts() throws Exception {
        till = TestTill.in(dir).allowedDifference(1_000_000).open();
        closed = till.open(count(2)).id();
        till.sell(100, "Masala chai", 2);
        till.sessions.close(new ClosingRequest(till.asha, count(2, 0, 0, 0, 2), "", Optional.empty()));
        open = till.open(count(2, 0, 0, 0, 2)).id();
        till.sell(100, "Samosa", 1);
        till.approval(till.meera, till.asha, ApprovalAction.RECOUNT, Optional.empty());
        raw = till.test.raw();
        sql = raw.createStatement();
    }

    @AfterEach
    void close() throws SQLException {
        sql.close();
        raw.close();
        till.close();
    }

    private void refused(String statement, String because) {
        assertThatThrownBy(() -> sql.executeUpdate(statement)).as(statement).isInstanceOf(SQLException.class)
                .hasMessageContaining(because);
    }

    @Test
    void noMoneyRowsForASessionThatIsNotOpen() {
        // Nothing paid for nothing sold, and no drawer: V15's checks of the payments pass, the session's does not.
        refused("INSERT INTO orders (session_id, sold_at, sold_by, total, tendered, change_given, currency, "
                + "drawer_kick) VALUES (" + closed + ", 1, " + till.asha.id() + ", 0, 0, 0, 'INR', 0)", "not open");
        refused("INSERT INTO cash_moves (session_id, moved_at, cashier_id, direction, amount, currency) VALUES ("
                + closed + ", 1, " + till.asha.id() + ", 'OUT', 100000, 'INR')", "not open");
        refused("INSERT INTO cash_counts (session_id, purpose, attempt, counted_at, counted_by, currency) VALUES ("
                + closed + ", 'CLOSING', 9, 1, " + till.asha.id() + ", 'INR')", "not open");
        refused("INSERT INTO order_payments (order_id, position, method, kind, amount, currency) SELECT id, 9, 'Card', "
                + "'CARD', 1, 'INR' FROM orders WHERE session_id = " + closed, "stored with it");
        refused("INSERT INTO order_lines (order_id, line_no, product_id, name, unit_price, quantity, amount) SELECT "
                + "id, 9, 1, 'x', 1, 1, 1 FROM orders WHERE session_id = " + closed, "not open");
        refused("INSERT INTO sessions (terminal_id, state, opened_at, opened_by, opening_cash, opening_currency, "
                + "closed_at) VALUES ('T09', 'CLOSED', 1, 1, 0, 'INR', 2)", "stored open");
    }

    @Test
    void whatWasSoldPaidMovedOrCountedIsNeverChangedOrRemoved() {
        refused("UPDATE orders SET total = 0", "never changed");
        refused("DELETE FROM orders", "never removed");
        refused("UPDATE order_lines SET quantity = 1", "never changed");
        refused("DELETE FROM order_lines", "never removed");
        refused("UPDATE order_payments SET amount = 0", "never changed");
        refused("DELETE FROM order_payments", "never removed");
        refused("UPDATE cash_counts SET counted_by = 1", "never changed");
        refused("DELETE FROM cash_counts", "never removed");
        refused("UPDATE cash_count_lines SET quantity = 0", "never changed");
        refused("DELETE FROM cash_count_lines", "never removed");
    }

    @Test
    void aClosedSessionNeverChangesAndAnOpenOneOnlyByBeingClosed() {
        refused("UPDATE sessions SET closing_cash = 0 WHERE id = " + closed, "closed session is never changed");
        refused("UPDATE sessions SET state = 'OPEN', closed_at = NULL WHERE id = " + closed, "never changed");
        refused("DELETE FROM sessions", "never removed");
        // Two triggers refuse this one; SQLite runs the younger first.
        refused("UPDATE sessions SET opening_cash = 0 WHERE id = " + open, "only changes by being closed");
        refused("UPDATE sessions SET opening_cash = 0, state = 'CLOSED', closed_at = 5, closed_by = 1, "
                + "closing_cash = 1, closing_currency = 'INR', expected_cash = 1, closing_difference = 0 WHERE id = "
                + open, "opening is never changed");
        refused("UPDATE sessions SET closing_note = 'x' WHERE id = " + open, "only changes by being closed");
        refused("UPDATE sessions SET state = 'CLOSED', closed_at = 5, closed_by = 1, closing_cash = 1, "
                + "closing_currency = 'INR', expected_cash = 100, closing_difference = 0 WHERE id = " + open,
                "only changes by being closed");
    }

    @Test
    void theMoneyTablesAreStrict() {
        refused("INSERT INTO cash_moves (session_id, moved_at, cashier_id, direction, amount, currency) VALUES ("
                + open + ", 1, " + till.asha.id() + ", 'IN', '5 lakh', 'INR')", "cannot store TEXT value");
    }

    @Test
    void anApprovalIsUsedOnceAndNeverRemoved() throws SQLException {
        sql.executeUpdate("UPDATE approvals SET used_at = 5");
        refused("UPDATE approvals SET used_at = 6", "used once");
        refused("DELETE FROM approvals", "never removed");
        assertThat(TestDatabase.queryLong(till.test.file(), "SELECT count(*) FROM approvals")).isEqualTo(1);
    }

    @Test
    void theAuditCannotBeChangedNorAppendedOutOfChain() {
        refused("UPDATE audit_events SET detail = 'nothing happened'", "append-only");
        refused("DELETE FROM audit_events", "append-only");
        refused("INSERT INTO audit_events (id, at, event, detail, prev_hash, hash) VALUES (999999, 1, 'x', 'y', "
                + "'a', 'b')", "chain");
        assertThat(rupees(0).isZero()).isTrue();
    }
}
