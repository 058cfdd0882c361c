package app.tillpoint.kiosk.store;

import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** The cash counts of sessions (opening and closing), stored line by line and rebuilt exactly. */
final class CashCountRows {

    private CashCountRows() {
    }

    /** Stores a count and all its lines, zeros included, so it can be rebuilt exactly. */
    static long insertCount(Connection connection, long sessionId, String purpose, CashCount count, long cashierId,
                            Instant at) throws SQLException {
        long countId;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cash_counts "
                + "(session_id, purpose, counted_at, counted_by, currency) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, sessionId);
            insert.setString(2, purpose);
            insert.setLong(3, at.toEpochMilli());
            insert.setLong(4, cashierId);
            insert.setString(5, count.currency().getCurrencyCode());
            insert.executeUpdate();
            countId = Rows.lastId(connection);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cash_count_lines "
                + "(count_id, denomination, kind, quantity) VALUES (?, ?, ?, ?)")) {
            for (CashCount.Line line : count.lines()) {
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

    /** The session's count for {@code purpose}, rebuilt from its lines, if one was stored. */
    static Optional<CashCount> count(Connection connection, long sessionId, String purpose) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT k.currency, l.denomination, l.kind, "
                + "l.quantity FROM cash_counts k JOIN cash_count_lines l ON l.count_id = k.id "
                + "WHERE k.session_id = ? AND k.purpose = ?")) {
            select.setLong(1, sessionId);
            select.setString(2, purpose);
            List<CashCount.Line> lines = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Money value = Money.of(row.getLong(2), Currency.getInstance(row.getString(1)));
                    lines.add(new CashCount.Line(new Denomination(value, Denomination.Kind.valueOf(row.getString(3))),
                            row.getInt(4)));
                }
            }
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            CashCount count = CashCount.empty(lines.stream().map(CashCount.Line::denomination).toList());
            for (CashCount.Line line : lines) {
                count = count.with(line.denomination(), line.quantity());
            }
            return Optional.of(count);
        }
    }
}
