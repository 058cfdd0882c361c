package app.tillpoint.kiosk.store;

import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.money.Money;

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

    static CashMove insertMove(Connection connection, long sessionId, CashMoveRequest request, Instant now)
            throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cash_moves (session_id, moved_at, "
                + "cashier_id, direction, amount, currency, reason, approved_by, approval_reason) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
        SqlAudit.insert(connection, now, what, "Cash " + request.direction().name().toLowerCase(Locale.ROOT)
                + " " + request.amount() + " in session " + sessionId + " by " + request.cashier().name()
                + ": " + request.reason().strip()
                + request.approval().map(a -> "; approved by " + a.approver().name() + ": " + a.reason()).orElse(""),
                request.cashier().id());
        return new CashMove(id, sessionId, now, request.cashier(), request.direction(), request.amount(),
                request.reason().strip(), request.approval());
    }

    static List<CashMove> moves(Connection connection, long sessionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT m.id, m.moved_at, m.direction, m.amount, "
                + "m.currency, m.reason, m.approval_reason, " + Rows.cashierColumns("c") + ", "
                + Rows.cashierColumns("a")
                + " FROM cash_moves m JOIN cashiers c ON c.id = m.cashier_id"
                + " LEFT JOIN cashiers a ON a.id = m.approved_by WHERE m.session_id = ? ORDER BY m.moved_at, m.id")) {
            select.setLong(1, sessionId);
            List<CashMove> moves = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String approvalReason = row.getString(7);
                    Optional<Approval> approval = Rows.cashier(row, 12)
                            .map(approver -> new Approval(approver, approvalReason));
                    moves.add(new CashMove(row.getLong(1), sessionId, Instant.ofEpochMilli(row.getLong(2)),
                            Rows.cashier(row, 8).orElseThrow(), CashMove.Direction.valueOf(row.getString(3)),
                            Money.of(row.getLong(4), Currency.getInstance(row.getString(5))), row.getString(6),
                            approval));
                }
            }
            return moves;
        }
    }
}
