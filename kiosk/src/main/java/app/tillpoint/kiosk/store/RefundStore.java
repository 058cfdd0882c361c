package app.tillpoint.kiosk.store;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.RefundRequest;
import app.tillpoint.api.sale.Refundable;
import app.tillpoint.api.sale.TaxLine;
import app.tillpoint.api.sale.TaxRate;
import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.sale.TaxSummary;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refunds (V14): a negative order in {@code refunds} linked to its original, with its lines in {@code refund_lines};
 * and the taxes it gives back in {@code refund_taxes} (V20); read back as {@link Refundable} and {@link Refund}. The
 * rules are {@link Refundable}'s and V14's and V20's triggers.
 */
final class RefundStore {

    private RefundStore() {
    }

    /** The terminal that sold {@code orderId}, or empty if there is no such order in this database. */
    static Optional<String> terminalOf(Connection connection, long orderId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT s.terminal_id FROM orders o "
                + "JOIN sessions s ON s.id = o.session_id WHERE o.id = ?")) {
            select.setLong(1, orderId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    /** The order {@code orderId} of {@code terminalId} with its refunds so far; empty if that terminal did not sell it. */
    static Optional<Refundable> refundable(Connection connection, long orderId, String terminalId)
            throws SQLException {
        if (!terminalOf(connection, orderId).map(terminalId::equals).orElse(false)) {
            return Optional.empty();
        }
        Order order = SqlSales.order(connection, orderId).orElseThrow();
        Map<Integer, Integer> refunded = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT line_no, sum(quantity) FROM refund_lines "
                + "WHERE order_id = ? GROUP BY line_no")) {
            select.setLong(1, orderId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    refunded.put(row.getInt(1), row.getInt(2));
                }
            }
        }
        long refundedAmount;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT coalesce(sum(-total), 0) FROM refunds WHERE order_id = ?")) {
            select.setLong(1, orderId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                refundedAmount = row.getLong(1);
            }
        }
        List<String> methods = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                // V15 keeps every order's payments, older ones copied in; cash is named as a refund names it.
                "SELECT CASE kind WHEN 'CASH' THEN '" + Refund.CASH + "' ELSE method END FROM order_payments "
                        + "WHERE order_id = ? ORDER BY id")) {
            select.setLong(1, orderId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    if (!methods.contains(row.getString(1))) {
                        methods.add(row.getString(1));
                    }
                }
            }
        }
        if (!methods.contains(Refund.CASH)) {
            methods.add(Refund.CASH);
        }
        return Optional.of(new Refundable(order, refunded, Money.of(refundedAmount, order.total().currency()),
                methods));
    }

    /**
     * Stores the refund of {@code amount} giving back {@code taxes} in session {@code sessionId}, with its lines and an
     * audit row.
     */
    static Refund insert(Database database, Connection connection, long sessionId, RefundRequest request,
                         Refundable refundable, Money amount, TaxSummary taxes, Instant now) throws SQLException {
        Order order = refundable.order();
        long refundId;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO refunds (order_id, session_id, "
                + "refunded_at, refunded_by, total, method, currency, approved_by, approval_reason, approval_token) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, order.id());
            insert.setLong(2, sessionId);
            insert.setLong(3, now.toEpochMilli());
            insert.setLong(4, request.cashier().id());
            insert.setLong(5, -amount.minorUnits());
            insert.setString(6, request.method());
            insert.setString(7, amount.currency().getCurrencyCode());
            Rows.setApproval(insert, 8, request.approval());
            insert.executeUpdate();
            refundId = Rows.lastId(connection);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO refund_lines (refund_id, order_id, "
                + "line_no, quantity, amount) VALUES (?, ?, ?, ?, ?)")) {
            for (RefundLine line : request.lines()) {
                insert.setLong(1, refundId);
                insert.setLong(2, order.id());
                insert.setInt(3, line.lineNo());
                insert.setInt(4, line.quantity());
                insert.setLong(5, -Refundable.priceSold(order.lines().get(line.lineNo() - 1)).minorUnits()
                        * line.quantity());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (!taxes.isEmpty()) {
            insertTaxes(connection, refundId, order.id(), taxes);
        }
        database.audit(connection, now, "refund", "Refund " + refundId + " of order " + order.id() + " in session "
                + sessionId + " by " + request.cashier().name() + ": " + describe(refundable, request.lines())
                + ", " + amount + " in " + request.method() + (taxes.isEmpty() ? "" : ", taxes back " + describe(taxes))
                + request.approval().map(a -> "; approved by " + a.approver().name() + ": " + a.reason()).orElse(""),
                request.cashier().id());
        return new Refund(refundId, order.id(), sessionId, now, request.cashier(), request.lines(), amount,
                request.method(), request.approval(), taxes);
    }

    /** V20's rows: the taxes the refund gives back, rate by rate. */
    private static void insertTaxes(Connection connection, long refundId, long orderId, TaxSummary taxes)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO refund_taxes (refund_id, order_id, "
                + "position, name, rate_ppm, basis, tax) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int position = 0; position < taxes.lines().size(); position++) {
                TaxLine line = taxes.lines().get(position);
                insert.setLong(1, refundId);
                insert.setLong(2, orderId);
                insert.setInt(3, position);
                insert.setString(4, line.rate().name());
                insert.setLong(5, line.rate().partsPerMillion());
                insert.setLong(6, line.basis().minorUnits());
                insert.setLong(7, line.tax().minorUnits());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** "CGST 9% 15.18, SGST 9% 15.18": each rate's tax given back. */
    private static String describe(TaxSummary taxes) {
        return String.join(", ", taxes.lines().stream().map(line -> line.rate().label() + " "
                + line.tax().toPlainString()).toList());
    }

    private static String describe(Refundable refundable, List<RefundLine> lines) {
        List<String> parts = new ArrayList<>();
        for (RefundLine line : lines) {
            parts.add(line.quantity() + " x " + refundable.order().lines().get(line.lineNo() - 1).product().name());
        }
        return String.join(", ", parts);
    }

    /** The refunds given in session {@code sessionId}, in the order stored. */
    static List<Refund> refunds(Connection connection, long sessionId) throws SQLException {
        return refundsWhere(connection, "r.session_id", sessionId);
    }

    /** The refund {@code refundId} (an outbox event's), if it is stored. */
    static Optional<Refund> refund(Connection connection, long refundId) throws SQLException {
        return refundsWhere(connection, "r.id", refundId).stream().findFirst();
    }

    private static List<Refund> refundsWhere(Connection connection, String column, long value) throws SQLException {
        Map<Long, List<RefundLine>> lines = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT l.refund_id, l.line_no, l.quantity "
                + "FROM refund_lines l JOIN refunds r ON r.id = l.refund_id WHERE " + column + " = ? "
                + "ORDER BY l.refund_id, l.line_no")) {
            select.setLong(1, value);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    lines.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new RefundLine(row.getInt(2), row.getInt(3)));
                }
            }
        }
        Map<Long, List<TaxLine>> taxes = new HashMap<>();
        Map<Long, TaxRule.Prices> prices = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT t.refund_id, t.name, t.rate_ppm, t.basis, "
                + "t.tax, o.prices, r.currency FROM refund_taxes t JOIN refunds r ON r.id = t.refund_id "
                + "JOIN order_taxes o ON o.order_id = t.order_id AND o.name = t.name AND o.rate_ppm = t.rate_ppm "
                + "WHERE " + column + " = ? ORDER BY t.refund_id, t.position")) {
            select.setLong(1, value);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Currency money = Currency.getInstance(row.getString("currency"));
                    prices.put(row.getLong("refund_id"), TaxRule.Prices.valueOf(row.getString("prices")));
                    taxes.computeIfAbsent(row.getLong("refund_id"), id -> new ArrayList<>()).add(new TaxLine(
                            TaxRate.ofPartsPerMillion(row.getString("name"), row.getLong("rate_ppm")),
                            Money.of(row.getLong("basis"), money), Money.of(row.getLong("tax"), money)));
                }
            }
        }
        Map<Long, Refund> refunds = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT r.id, r.order_id, r.session_id, "
                + "r.refunded_at, r.total, r.method, r.currency, " + Rows.cashierColumns("c") + ", "
                + Rows.approvalColumns("ap", "a", "r.approval_reason", "r.approval_token", "i")
                + " FROM refunds r JOIN cashiers c ON c.id = r.refunded_by"
                + " LEFT JOIN cashiers a ON a.id = r.approved_by LEFT JOIN approvals i ON i.token = r.approval_token"
                + " WHERE " + column + " = ? ORDER BY r.id")) {
            select.setLong(1, value);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong("id");
                    Currency money = Currency.getInstance(row.getString("currency"));
                    TaxSummary given = taxes.containsKey(id) ? new TaxSummary(money, prices.get(id), taxes.get(id))
                            : TaxSummary.none(money);
                    refunds.put(id, new Refund(id, row.getLong("order_id"), row.getLong("session_id"),
                            Instant.ofEpochMilli(row.getLong("refunded_at")), Rows.cashier(row, "c").orElseThrow(),
                            lines.getOrDefault(id, List.of()), Money.of(-row.getLong("total"), money),
                            row.getString("method"), Rows.approval(row, "ap", "a"), given));
                }
            }
        }
        return List.copyOf(refunds.values());
    }
}
