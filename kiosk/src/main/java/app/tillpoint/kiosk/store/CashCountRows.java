package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ClosingCount;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cash counts of sessions, stored line by line and rebuilt exactly: the opening count, and every count at closing
 * (attempt 1, then each recount) with the expected cash and difference of its moment.
 */
final class CashCountRows {

    static final String OPENING = "OPENING";
    static final String CLOSING = "CLOSING";

    private CashCountRows() {
    }

    /** A count to store: the opening's, or one attempt at closing with what it was measured against. */
    record NewCount(long sessionId, String purpose, int attempt, CashCount count, long cashierId, Instant at,
                    Optional<Money> expected, Optional<Approval> approval) {
    }

    /** Stores a count and all its lines, zeros included, so it can be rebuilt exactly; returns its id. */
    static long insert(Connection connection, NewCount count) throws SQLException {
        long countId;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cash_counts (session_id, purpose, "
                + "attempt, counted_at, counted_by, currency, expected, difference, approved_by, approval_reason, "
                + "approval_token) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, count.sessionId());
            insert.setString(2, count.purpose());
            insert.setInt(3, count.attempt());
            insert.setLong(4, count.at().toEpochMilli());
            insert.setLong(5, count.cashierId());
            insert.setString(6, count.count().currency().getCurrencyCode());
            if (count.expected().isPresent()) {
                insert.setLong(7, count.expected().get().minorUnits());
                insert.setLong(8, count.count().total().minus(count.expected().get()).minorUnits());
            } else {
                insert.setNull(7, Types.INTEGER);
                insert.setNull(8, Types.INTEGER);
            }
            Rows.setApproval(insert, 9, count.approval());
            insert.executeUpdate();
            countId = Rows.lastId(connection);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cash_count_lines "
                + "(count_id, denomination, kind, quantity) VALUES (?, ?, ?, ?)")) {
            for (CashCount.Line line : count.count().lines()) {
                insert.setLong(1, countId);
                insert.setLong(2, line.denomination().minorUnits());
                insert.setString(3, line.denomination().kind().name());
                insert.setInt(4, line.quantity());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return countId;
    }

    /** The session's last count for {@code purpose} (the opening's, or the last at closing), if one was stored. */
    static Optional<CashCount> count(Connection connection, long sessionId, String purpose) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM cash_counts "
                + "WHERE session_id = ? AND purpose = ? ORDER BY attempt DESC LIMIT 1")) {
            select.setLong(1, sessionId);
            select.setString(2, purpose);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(lines(connection, row.getLong("id"))) : Optional.empty();
            }
        }
    }

    /** How many counts at closing the session has so far. */
    static int closingAttempts(Connection connection, long sessionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT coalesce(max(attempt), 0) FROM cash_counts "
                + "WHERE session_id = ? AND purpose = 'CLOSING'")) {
            select.setLong(1, sessionId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Every count at closing of the session, first first. */
    static List<ClosingCount> closingCounts(Connection connection, long sessionId) throws SQLException {
        Map<Long, ClosingCount> counts = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT k.id, k.attempt, k.counted_at, "
                + "k.currency, k.expected, " + Rows.cashierColumns("c") + ", "
                + Rows.approvalColumns("ap", "a", "k.approval_reason", "k.approval_token", "i")
                + " FROM cash_counts k JOIN cashiers c ON c.id = k.counted_by"
                + " LEFT JOIN cashiers a ON a.id = k.approved_by LEFT JOIN approvals i ON i.token = k.approval_token"
                + " WHERE k.session_id = ? AND k.purpose = 'CLOSING' ORDER BY k.attempt")) {
            select.setLong(1, sessionId);
            List<CountRow> rows = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Currency currency = Currency.getInstance(row.getString("currency"));
                    rows.add(new CountRow(row.getLong("id"), row.getInt("attempt"),
                            Instant.ofEpochMilli(row.getLong("counted_at")), Rows.cashier(row, "c").orElseThrow(),
                            Money.of(row.getLong("expected"), currency), Rows.approval(row, "ap", "a")));
                }
            }
            for (CountRow r : rows) {
                CashCount count = lines(connection, r.id());
                counts.put(r.id(), new ClosingCount(sessionId, r.attempt(), r.at(), r.by(), count, r.expected(),
                        count.total().minus(r.expected()), r.approval()));
            }
        }
        return List.copyOf(counts.values());
    }

    private record CountRow(long id, int attempt, Instant at, Cashier by, Money expected,
                            Optional<Approval> approval) {
    }

    private static CashCount lines(Connection connection, long countId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT k.currency, l.denomination, l.kind, "
                + "l.quantity FROM cash_counts k JOIN cash_count_lines l ON l.count_id = k.id WHERE k.id = ?")) {
            select.setLong(1, countId);
            List<CashCount.Line> lines = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Money value = Money.of(row.getLong("denomination"), Currency.getInstance(row.getString("currency")));
                    lines.add(new CashCount.Line(new Denomination(value, Denomination.Kind.valueOf(row.getString("kind"))),
                            row.getInt("quantity")));
                }
            }
            CashCount count = CashCount.empty(lines.stream().map(CashCount.Line::denomination).toList());
            for (CashCount.Line line : lines) {
                count = count.with(line.denomination(), line.quantity());
            }
            return count;
        }
    }
}
