package app.tillpoint.kiosk.office;

import app.tillpoint.api.SessionEvent;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.Discount;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.Tender;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.Settlement;
import app.tillpoint.kiosk.store.OfficeMarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * One batch of the outbox's events written into the office database, inside the caller's transaction: the events
 * themselves and the facts they are about, every row with INSERT … ON CONFLICT DO NOTHING (and a closing as an UPDATE
 * of a still open session), so that a batch sent twice changes nothing the second time.
 *
 * <p>The rows are sent in JDBC batches, one per table (which {@code reWriteBatchedInserts} turns into multi-row
 * inserts), in an order the keys allow: sessions before their orders and cash moves, orders and their lines before
 * the refunds of them (office V6), closings last, each with its settlements (office V8). A session opened
 * after another closed in the same batch starts a new run, so the one-open-session index never sees two.
 */
final class OfficeBatch {

    private final String store;
    private final String terminal;
    /** A closing's details, read from the terminal's store: the event carries only the session. */
    private final LongFunction<Optional<Closing>> closings;

    OfficeBatch(String store, String terminal, LongFunction<Optional<Closing>> closings) {
        this.store = store;
        this.terminal = terminal;
        this.closings = closings;
    }

    /** Writes {@code events} (in sequence order, without a gap) on {@code connection}; the caller commits. */
    void write(Connection connection, List<SessionEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement receive = connection.prepareStatement("SELECT office.receive(?, ?)")) {
            receive.setLong(1, events.get(0).sequence());
            receive.setLong(2, events.get(events.size() - 1).sequence());
            receive.execute();
        }
        List<SessionEvent> run = new ArrayList<>();
        boolean closed = false;
        for (SessionEvent event : events) {
            if (event.kind() == SessionEvent.Kind.OPENED && closed) {
                writeRun(connection, run);
                run.clear();
                closed = false;
            }
            closed |= event.kind() == SessionEvent.Kind.CLOSED;
            run.add(event);
        }
        writeRun(connection, run);
    }

    /**
     * Writes {@code rows} of the terminal's audit (in id order, without a gap) on {@code connection}; the caller
     * commits. A batch that would leave a gap after what the office has is refused by {@code office.receive_audit}.
     */
    void writeAudit(Connection connection, List<OfficeMarks.AuditRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement receive = connection.prepareStatement("SELECT office.receive_audit(?, ?)")) {
            receive.setLong(1, rows.get(0).id());
            receive.setLong(2, rows.get(rows.size() - 1).id());
            receive.execute();
        }
        try (PreparedStatement insert = connection.prepareStatement(AUDIT)) {
            for (OfficeMarks.AuditRow row : rows) {
                int i = key(insert);
                insert.setLong(i++, row.id());
                insert.setObject(i++, time(row.at()));
                insert.setString(i++, row.event());
                insert.setString(i++, row.detail());
                if (row.cashierId().isPresent()) {
                    insert.setLong(i++, row.cashierId().get());
                } else {
                    insert.setNull(i++, Types.BIGINT);
                }
                insert.setString(i++, row.cashier().orElse(null));
                insert.setString(i++, row.prevHash().orElse(null));
                insert.setString(i, row.hash());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void writeRun(Connection connection, List<SessionEvent> run) throws SQLException {
        try (PreparedStatement events = connection.prepareStatement(EVENT);
             PreparedStatement sessions = connection.prepareStatement(SESSION);
             PreparedStatement orders = connection.prepareStatement(ORDER);
             PreparedStatement lines = connection.prepareStatement(LINE);
             PreparedStatement payments = connection.prepareStatement(PAYMENT);
             PreparedStatement moves = connection.prepareStatement(MOVE);
             PreparedStatement refunds = connection.prepareStatement(REFUND);
             PreparedStatement refundLines = connection.prepareStatement(REFUND_LINE);
             PreparedStatement closes = connection.prepareStatement(CLOSE);
             PreparedStatement settlements = connection.prepareStatement(SETTLEMENT)) {
            for (SessionEvent event : run) {
                event(events, event);
                switch (event.kind()) {
                    case OPENED -> session(sessions, event.session());
                    case SOLD -> order(orders, lines, payments, event.order().orElseThrow());
                    case CASH_MOVED -> move(moves, event.cashMove().orElseThrow(), event.session());
                    case CLOSED -> close(closes, settlements, event);
                    case REFUNDED -> refund(refunds, refundLines, event.refund().orElseThrow());
                }
            }
            for (PreparedStatement statement : List.of(events, sessions, orders, lines, payments, moves, refunds,
                    refundLines, closes, settlements)) {
                statement.executeBatch();
            }
        }
    }

    private static final String KEY = "store_id, terminal_id, ";
    private static final String EVENT = "INSERT INTO office.events (" + KEY + "seq, event_id, kind, session_id, at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String SESSION = "INSERT INTO office.sessions (" + KEY + "session_id, state, currency, "
            + "opened_at, opened_by_id, opened_by, opening_cash, opening_note, opening_approved_by) "
            + "VALUES (?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String ORDER = "INSERT INTO office.orders (" + KEY + "order_id, session_id, sold_at, "
            + "cashier_id, cashier, currency, total, order_discount, tax, tax_added) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String LINE = "INSERT INTO office.order_lines (" + KEY + "order_id, line_no, product_id, "
            + "product, category, unit_price, quantity, amount, measure, measured, regular_price, discount, "
            + "order_discount_share) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String PAYMENT = "INSERT INTO office.payments (" + KEY + "order_id, position, method, kind, "
            + "amount, tendered, change, approval_code, last_four, reference, vpa) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String MOVE = "INSERT INTO office.cash_moves (" + KEY + "move_id, session_id, moved_at, "
            + "cashier_id, cashier, direction, currency, amount, reason, approved_by) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String REFUND = "INSERT INTO office.refunds (" + KEY + "refund_id, order_id, session_id, "
            + "refunded_at, cashier_id, cashier, method, currency, amount, approved_by, approval_reason) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    // The amount from the office's own line, at the price sold: a line it does not have makes it NULL, refused.
    private static final String REFUND_LINE = "INSERT INTO office.refund_lines (" + KEY + "refund_id, order_id, "
            + "line_no, quantity, amount) VALUES (?, ?, ?, ?, ?, ?, (SELECT l.unit_price * ? FROM office.order_lines l"
            + " WHERE l.store_id = ? AND l.terminal_id = ? AND l.order_id = ? AND l.line_no = ?))"
            + " ON CONFLICT DO NOTHING";
    private static final String AUDIT = "INSERT INTO office.audit (" + KEY + "audit_id, at, event, detail, "
            + "cashier_id, cashier, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String CLOSE = "UPDATE office.sessions SET state = 'CLOSED', closed_at = ?, closed_by_id = ?,"
            + " closed_by = ?, counted = ?, expected = ?, difference = ?, closing_approved_by = ?, closing_reason = ?"
            + " WHERE store_id = ? AND terminal_id = ? AND session_id = ? AND state = 'OPEN'";
    private static final String SETTLEMENT = "INSERT INTO office.settlements (" + KEY + "session_id, method, kind, "
            + "position, currency, expected, settled, difference, approved_by, approval_reason) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private int key(PreparedStatement statement) throws SQLException {
        statement.setString(1, store);
        statement.setString(2, terminal);
        return 3;
    }

    private void event(PreparedStatement statement, SessionEvent event) throws SQLException {
        int i = key(statement);
        statement.setLong(i++, event.sequence());
        statement.setString(i++, event.id());
        statement.setString(i++, switch (event.kind()) {
            case OPENED -> "SESSION_OPENED";
            case SOLD -> "SALE";
            case CASH_MOVED -> "CASH_MOVE";
            case CLOSED -> "SESSION_CLOSED";
            case REFUNDED -> "REFUND";
        });
        statement.setLong(i++, event.session().id());
        statement.setObject(i, time(event.at()));
        statement.addBatch();
    }

    private void session(PreparedStatement statement, Session session) throws SQLException {
        int i = key(statement);
        statement.setLong(i++, session.id());
        statement.setString(i++, session.openingCash().currency().getCurrencyCode());
        statement.setObject(i++, time(session.openedAt()));
        statement.setLong(i++, session.openedBy().id());
        statement.setString(i++, session.openedBy().name());
        statement.setLong(i++, session.openingCash().minorUnits());
        statement.setString(i++, session.openingNote());
        approver(statement, i, session.openingApproval());
        statement.addBatch();
    }

    private void order(PreparedStatement orders, PreparedStatement lines, PreparedStatement payments, Order order)
            throws SQLException {
        int i = key(orders);
        orders.setLong(i++, order.id());
        orders.setLong(i++, order.sessionId());
        orders.setObject(i++, time(order.soldAt()));
        orders.setLong(i++, order.soldBy().id());
        orders.setString(i++, order.soldBy().name());
        orders.setString(i++, order.total().currency().getCurrencyCode());
        orders.setLong(i++, order.total().minorUnits());
        orders.setLong(i++, order.orderDiscountAmount().minorUnits());
        orders.setLong(i++, order.taxes().tax().minorUnits());
        orders.setLong(i, order.taxes().added().minorUnits());
        orders.addBatch();
        // Each line's share of the order discount by the till's own rule, as its order_line_changes keep it.
        List<Money> shares = Discount.spread(order.orderDiscountAmount(),
                order.lines().stream().map(CartLine::amount).toList());
        int lineNo = 0;
        for (CartLine line : order.lines()) {
            i = key(lines);
            lines.setLong(i++, order.id());
            lines.setInt(i++, lineNo + 1);
            lines.setLong(i++, line.product().id());
            lines.setString(i++, line.product().name());
            lines.setString(i++, line.product().category());
            // The price it was sold at (per kilogram for a weighed line); the amount before any discount.
            lines.setLong(i++, line.unitPrice().minorUnits());
            lines.setInt(i++, line.quantity());
            lines.setLong(i++, line.beforeDiscount().minorUnits());
            lines.setString(i++, line.isMeasured() ? (line.measure().isWeight() ? "WEIGHT" : "PRICE") : null);
            nullableLong(lines, i++, line.isMeasured() ? Optional.of(line.measure().value()) : Optional.empty());
            nullableLong(lines, i++, line.override().map(o -> line.product().price().minorUnits()));
            lines.setLong(i++, line.discountAmount().minorUnits());
            lines.setLong(i, shares.get(lineNo).minorUnits());
            lines.addBatch();
            lineNo++;
        }
        int position = 0;
        for (Tender tender : order.payments()) {
            i = key(payments);
            payments.setLong(i++, order.id());
            payments.setInt(i++, position++);
            payments.setString(i++, tender.method().name());
            payments.setString(i++, tender.method().kind().name());
            // What the method paid of the order: cash less the change, which only cash gives.
            Money paid = tender.isCash() ? tender.amount().minus(order.change()) : tender.amount();
            payments.setLong(i++, paid.minorUnits());
            nullableLong(payments, i++, tender.isCash() ? Optional.of(tender.amount().minorUnits()) : Optional.empty());
            nullableLong(payments, i++, tender.isCash() ? Optional.of(order.change().minorUnits()) : Optional.empty());
            payments.setString(i++, emptyAsNull(tender.approvalCode()));
            payments.setString(i++, emptyAsNull(tender.lastFour()));
            payments.setString(i++, emptyAsNull(tender.reference()));
            payments.setString(i, emptyAsNull(tender.method().vpa()));
            payments.addBatch();
        }
    }

    private static void nullableLong(PreparedStatement statement, int i, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            statement.setLong(i, value.get());
        } else {
            statement.setNull(i, Types.BIGINT);
        }
    }

    private static String emptyAsNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private void move(PreparedStatement statement, CashMove move, Session session) throws SQLException {
        int i = key(statement);
        statement.setLong(i++, move.id());
        statement.setLong(i++, session.id());
        statement.setObject(i++, time(move.at()));
        statement.setLong(i++, move.by().id());
        statement.setString(i++, move.by().name());
        statement.setString(i++, move.direction() == CashMove.Direction.IN ? "IN" : "OUT");
        statement.setString(i++, move.amount().currency().getCurrencyCode());
        statement.setLong(i++, move.amount().minorUnits());
        statement.setString(i++, move.reason());
        approver(statement, i, move.approval());
        statement.addBatch();
    }

    private void refund(PreparedStatement refunds, PreparedStatement lines, Refund refund) throws SQLException {
        int i = key(refunds);
        refunds.setLong(i++, refund.id());
        refunds.setLong(i++, refund.orderId());
        refunds.setLong(i++, refund.sessionId());
        refunds.setObject(i++, time(refund.refundedAt()));
        refunds.setLong(i++, refund.refundedBy().id());
        refunds.setString(i++, refund.refundedBy().name());
        refunds.setString(i++, refund.method());
        refunds.setString(i++, refund.amount().currency().getCurrencyCode());
        refunds.setLong(i++, refund.amount().minorUnits());
        i = approver(refunds, i, refund.approval());
        refunds.setString(i, refund.approval().map(Approval::reason).orElse(null));
        refunds.addBatch();
        for (RefundLine line : refund.lines()) {
            i = key(lines);
            lines.setLong(i++, refund.id());
            lines.setLong(i++, refund.orderId());
            lines.setInt(i++, line.lineNo());
            lines.setInt(i++, line.quantity());
            lines.setInt(i++, line.quantity());
            lines.setString(i++, store);
            lines.setString(i++, terminal);
            lines.setLong(i++, refund.orderId());
            lines.setInt(i, line.lineNo());
            lines.addBatch();
        }
    }

    private void close(PreparedStatement statement, PreparedStatement settlements, SessionEvent event)
            throws SQLException {
        long sessionId = event.session().id();
        Closing closing = closings.apply(sessionId).orElseThrow(() -> new SQLException("Session " + sessionId
                + " is closed (event " + event.sequence() + ") but its closing is missing"));
        int i = 1;
        statement.setObject(i++, time(closing.closedAt()));
        Cashier by = closing.closedBy();
        statement.setLong(i++, by.id());
        statement.setString(i++, by.name());
        statement.setLong(i++, closing.counted().minorUnits());
        statement.setLong(i++, closing.expected().minorUnits());
        statement.setLong(i++, closing.difference().minorUnits());
        i = approver(statement, i, closing.approval());
        statement.setString(i++, closing.approval().map(Approval::reason).orElse(null));
        statement.setString(i++, store);
        statement.setString(i++, terminal);
        statement.setLong(i, sessionId);
        statement.addBatch();
        // Each other method as the till closed it, in its order; a closing from before 1.4 has none.
        int position = 0;
        for (Settlement settlement : closing.settlements()) {
            i = key(settlements);
            settlements.setLong(i++, sessionId);
            settlements.setString(i++, settlement.method());
            settlements.setString(i++, settlement.kind().name());
            settlements.setInt(i++, position++);
            settlements.setString(i++, settlement.settled().currency().getCurrencyCode());
            settlements.setLong(i++, settlement.expected().minorUnits());
            settlements.setLong(i++, settlement.settled().minorUnits());
            settlements.setLong(i++, settlement.difference().minorUnits());
            i = approver(settlements, i, settlement.approval());
            settlements.setString(i, settlement.approval().map(Approval::reason).orElse(null));
            settlements.addBatch();
        }
    }

    private static int approver(PreparedStatement statement, int i, Optional<Approval> approval) throws SQLException {
        if (approval.isPresent()) {
            statement.setString(i, approval.get().approver().name());
        } else {
            statement.setNull(i, Types.VARCHAR);
        }
        return i + 1;
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
