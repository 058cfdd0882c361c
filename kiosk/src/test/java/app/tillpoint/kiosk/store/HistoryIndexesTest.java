package app.tillpoint.kiosk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The queries the dashboard and the closing run on years of history find their rows by index, sorting nothing. */
class HistoryIndexesTest {

    @TempDir
    Path dir;

    @Test
    void theLastClosingIsOneIndexedStep() throws SQLException {
        TestDatabase test = TestDatabase.in(dir);
        test.open().close();
        // The shapes of SessionRows#lastClosing and #lastClosingCount.
        assertThat(plan(test, "SELECT s.id FROM sessions s JOIN cashiers c ON c.id = s.opened_by"
                + " WHERE s.terminal_id = 'T01' AND s.state = 'CLOSED' ORDER BY s.id DESC LIMIT 1"))
                .anySatisfy(step -> assertThat(step).contains("sessions_closed_by_id"))
                .noneSatisfy(step -> assertThat(step).contains("TEMP B-TREE"));
        assertThat(plan(test, "SELECT closing_cash, closing_currency, closed_at FROM sessions WHERE terminal_id = 'T01'"
                + " AND state = 'CLOSED' AND closing_cash IS NOT NULL ORDER BY id DESC LIMIT 1"))
                .anySatisfy(step -> assertThat(step).contains("sessions_closed_by_id"))
                .noneSatisfy(step -> assertThat(step).contains("TEMP B-TREE"));
    }

    @Test
    void aSessionsSalesAreFoundByIndex() throws SQLException {
        TestDatabase test = TestDatabase.in(dir);
        test.open().close();
        assertThat(plan(test, "SELECT coalesce(sum(p.amount), 0) FROM order_payments p JOIN orders o ON o.id = "
                + "p.order_id WHERE o.session_id = 1 AND p.kind = 'CASH'"))
                .allSatisfy(step -> assertThat(step).doesNotStartWith("SCAN"));
        assertThat(plan(test, "SELECT count(*), coalesce(sum(total), 0) FROM orders WHERE session_id = 1"))
                .allSatisfy(step -> assertThat(step).contains("orders_by_session"));
    }

    private static List<String> plan(TestDatabase test, String query) throws SQLException {
        List<String> steps = new ArrayList<>();
        try (Connection raw = test.raw();
             ResultSet rows = raw.createStatement().executeQuery("EXPLAIN QUERY PLAN " + query)) {
            while (rows.next()) {
                steps.add(rows.getString("detail"));
            }
        }
        return steps;
    }
}
