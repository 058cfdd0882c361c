package app.tillpoint.kiosk.store;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.session.LastClosing;
import app.tillpoint.api.session.MethodTotal;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionState;
import app.tillpoint.api.session.SessionSummary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads one terminal's sessions back, with their opening counts and approvals, and sums up their money. */
final class SessionRows {

    private static final String SELECT = "SELECT s.id, s.state, s.opened_at, s.opening_cash, s.opening_currency, "
            + "s.opening_note, s.closed_at, s.closing_cash, s.closing_currency, " + Rows.cashierColumns("c") + ", "
            + Rows.approvalColumns("op", "oa", "s.opening_approval_reason", "s.opening_approval_token", "oi")
            + " FROM sessions s JOIN cashiers c ON c.id = s.opened_by"
            + " LEFT JOIN cashiers oa ON oa.id = s.opening_approved_by"
            + " LEFT JOIN approvals oi ON oi.token = s.opening_approval_token";

    private final String terminalId;

    SessionRows(String terminalId) {
        this.terminalId = Objects.requireNonNull(terminalId, "terminalId");
    }

    /** The terminal's open session. */
    Optional<Session> open(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT
                + " WHERE s.terminal_id = ? AND s.state <> 'CLOSED'")) {
            select.setString(1, terminalId);
            return sessions(connection, select).stream().findFirst();
        }
    }

    /** The session {@code id} of this terminal, open or closed. */
    Optional<Session> session(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE s.terminal_id = ? AND s.id = ?")) {
            select.setString(1, terminalId);
            select.setLong(2, id);
            return sessions(connection, select).stream().findFirst();
        }
    }

    /**
     * The terminal's most recently closed session: the latest by id, not by {@code closed_at}, which a clock set back
     * may have made earlier than the session before's. One session is open at a time, so ids follow the closings.
     */
    Optional<Session> lastClosed(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE s.terminal_id = ?"
                + " AND s.state = 'CLOSED' ORDER BY s.id DESC LIMIT 1")) {
            select.setString(1, terminalId);
            return sessions(connection, select).stream().findFirst();
        }
    }

    /** The cash counted at the terminal's last closing (the latest by id, as {@link #lastClosed}), and when. */
    Optional<LastClosing> lastClosing(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT closing_cash, closing_currency, "
                + "closed_at FROM sessions WHERE terminal_id = ? AND state = 'CLOSED' "
                + "AND closing_cash IS NOT NULL ORDER BY id DESC LIMIT 1")) {
            select.setString(1, terminalId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Money amount = Money.of(row.getLong("closing_cash"),
                        Currency.getInstance(row.getString("closing_currency")));
                return Optional.of(new LastClosing(amount, Instant.ofEpochMilli(row.getLong("closed_at"))));
            }
        }
    }

    /** The money of {@code session}, read in the caller's transaction. */
    static SessionSummary summary(Connection connection, Session session) throws SQLException {
        Currency money = session.openingCash().currency();
        int orderCount;
        long orderTotal;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT count(*) AS orders, coalesce(sum(total), 0) AS total FROM orders WHERE session_id = ?")) {
            select.setLong(1, session.id());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                orderCount = row.getInt("orders");
                orderTotal = row.getLong("total");
            }
        }
        // The cash kept: what was handed over in cash, less the change given back from it.
        long cashSales = sumOf(connection, "SELECT coalesce(sum(p.amount), 0) FROM order_payments p JOIN orders o "
                + "ON o.id = p.order_id WHERE o.session_id = ? AND p.kind = 'CASH'", session.id())
                - sumOf(connection, "SELECT coalesce(sum(change_given), 0) FROM orders WHERE session_id = ?",
                session.id());
        List<MethodTotal> otherMethods = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT p.method, p.kind, sum(p.amount) "
                + "FROM order_payments p JOIN orders o ON o.id = p.order_id WHERE o.session_id = ? "
                + "AND p.kind <> 'CASH' GROUP BY p.method, p.kind ORDER BY min(p.id)")) {
            select.setLong(1, session.id());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    otherMethods.add(new MethodTotal(row.getString(1), PaymentMethod.Kind.valueOf(row.getString(2)),
                            Money.of(row.getLong(3), money)));
                }
            }
        }
        // What went back by a method other than cash is not in its settlement either (V18's trigger agrees). A method
        // the session only gave back by, never took, has no settlement: its refunds are in the refunds' count.
        try (PreparedStatement select = connection.prepareStatement("SELECT method, sum(-total) FROM refunds "
                + "WHERE session_id = ? AND method <> 'CASH' GROUP BY method")) {
            select.setLong(1, session.id());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    for (int i = 0; i < otherMethods.size(); i++) {
                        MethodTotal method = otherMethods.get(i);
                        if (method.method().equals(row.getString(1))) {
                            otherMethods.set(i, new MethodTotal(method.method(), method.kind(),
                                    method.total().minus(Money.of(row.getLong(2), money))));
                        }
                    }
                }
            }
        }
        long cashIn = sumOf(connection, "SELECT coalesce(sum(amount), 0) FROM cash_moves WHERE session_id = ? "
                + "AND direction = 'IN'", session.id());
        long cashOut = sumOf(connection, "SELECT coalesce(sum(amount), 0) FROM cash_moves WHERE session_id = ? "
                + "AND direction = 'OUT'", session.id());
        int refundCount = (int) sumOf(connection, "SELECT count(*) FROM refunds WHERE session_id = ?", session.id());
        long cashRefunds = sumOf(connection, "SELECT coalesce(sum(-total), 0) FROM refunds WHERE session_id = ? "
                + "AND method = 'CASH'", session.id());
        return SessionSummary.of(session, orderCount, Money.of(orderTotal, money), Money.of(cashSales, money),
                Money.of(cashIn, money), Money.of(cashOut, money), refundCount, Money.of(cashRefunds, money),
                otherMethods);
    }

    private static long sumOf(Connection connection, String sql, long sessionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, sessionId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static List<Session> sessions(Connection connection, PreparedStatement select) throws SQLException {
        List<Session> sessions = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                long id = row.getLong("id");
                Money openingCash = Money.of(row.getLong("opening_cash"),
                        Currency.getInstance(row.getString("opening_currency")));
                long closedAt = row.getLong("closed_at");
                Optional<Instant> closed = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(closedAt));
                long closingCash = row.getLong("closing_cash");
                String closingCurrency = row.getString("closing_currency");
                Optional<Money> closing = closingCurrency == null ? Optional.empty()
                        : Optional.of(Money.of(closingCash, Currency.getInstance(closingCurrency)));
                sessions.add(new Session(id, SessionState.valueOf(row.getString("state")),
                        Instant.ofEpochMilli(row.getLong("opened_at")), Rows.cashier(row, "c").orElseThrow(),
                        openingCash, Optional.empty(), row.getString("opening_note"), closed, closing,
                        Rows.approval(row, "op", "oa")));
            }
        }
        List<Session> withCounts = new ArrayList<>();
        for (Session s : sessions) {
            withCounts.add(new Session(s.id(), s.state(), s.openedAt(), s.openedBy(), s.openingCash(),
                    CashCountRows.count(connection, s.id(), CashCountRows.OPENING), s.openingNote(), s.closedAt(),
                    s.closingCash(), s.openingApproval()));
        }
        return withCounts;
    }
}
