package app.tillpoint.kiosk.store;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Cash moved into or out of the drawer during a session: stored with its audit row, and read back. */
final class CashMoveStore {

    private CashMoveStore() {
    }

    static CashMove insertMove(Database database, Connection connection, long sessionId, CashMoveRequest request,
                               Instant now) throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cash_moves (session_id, moved_at, "
                + "cashier_id, direction, amount, currency, reason, approved_by, approval_reason, approval_token) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, sessionId);
            insert.setLong(2, now.toEpochMilli());
            insert.setLong(3, request.cashier().id());
            insert.setString(4, request.direction().name());
            insert.setLong(5, request.amount().minorUnits());
            insert.setString(6, request.amount().currency().getCurrencyCode());
            insert.setString(7, request.reason().strip());
            Rows.setApproval(insert, 8, request.approval());
            insert.executeUpdate();
            id = Rows.lastId(connection);
        }
        String what = request.direction() == CashMove.Direction.IN ? "cash.in" : "cash.out";
        database.audit(connection, now, what, "Cash " + request.direction().name().toLowerCase(Locale.ROOT)
                + " " + request.amount() + " in session " + sessionId + " by " + request.cashier().name()
                + ": " + request.reason().strip()
                + request.approval().map(a -> "; approved by " + a.approver().name() + ": " + a.reason()).orElse(""),
                request.cashier().id());
        return new CashMove(id, sessionId, now, request.cashier(), request.direction(), request.amount(),
                request.reason().strip(), request.approval());
    }

    /** The cash moves of a session in the order stored (by id): a clock set back must not reorder them. */
    static List<CashMove> moves(Connection connection, long sessionId) throws SQLException {
        return moves(connection, "m.session_id", sessionId);
    }

    /** The cash move {@code moveId}, read in the caller's transaction. */
    static Optional<CashMove> move(Connection connection, long moveId) throws SQLException {
        return moves(connection, "m.id", moveId).stream().findFirst();
    }

    /** The cash moves whose {@code column} ("m.session_id" or "m.id") is {@code value}, oldest first. */
    private static List<CashMove> moves(Connection connection, String column, long value) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT m.id, m.session_id, m.moved_at, m.direction, m.amount, "
                + "m.currency, m.reason, " + Rows.cashierColumns("c") + ", "
                + Rows.approvalColumns("ap", "a", "m.approval_reason", "m.approval_token", "i")
                + " FROM cash_moves m JOIN cashiers c ON c.id = m.cashier_id"
                + " LEFT JOIN cashiers a ON a.id = m.approved_by LEFT JOIN approvals i ON i.token = m.approval_token"
                + " WHERE " + column + " = ? ORDER BY m.id")) {
            select.setLong(1, value);
            List<CashMove> moves = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    moves.add(new CashMove(row.getLong("id"), row.getLong("session_id"), Instant.ofEpochMilli(row.getLong("moved_at")),
                            Rows.cashier(row, "c").orElseThrow(), CashMove.Direction.valueOf(row.getString("direction")),
                            Money.of(row.getLong("amount"), Currency.getInstance(row.getString("currency"))),
                            row.getString("reason"), Rows.approval(row, "ap", "a")));
                }
            }
            return moves;
        }
    }
}
