package app.tillpoint.kiosk.store;

import app.tillpoint.api.SessionEvent;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionState;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox (V6, refunds since V17): the events the database wrote beside each change of money, read back as
 * {@link SessionEvent}s, and how far each consumer (a plugin's listener, later the back office) has taken them. The
 * events are written by triggers in the change's own transaction; this class only reads them and moves the consumers'
 * marks. Blocking: never on the event thread.
 */
public final class SqlEvents {

    /** The error kept for a failed delivery is cut to this many characters. */
    private static final int ERROR_LENGTH = 500;

    private final Database database;
    private final SessionRows rows;

    /** @param terminalId the terminal whose sessions the events are about */
    public SqlEvents(Database database, String terminalId) {
        this.database = Objects.requireNonNull(database, "database");
        this.rows = new SessionRows(terminalId);
    }

    /**
     * Where a consumer stands.
     *
     * @param consumer      "{@code <plugin id>/<listener class>}"
     * @param delivered     the sequence of the last event it took; 0 before the first
     * @param failures      failed deliveries of the next event, in a row
     * @param lastError     what the last failure said
     * @param parkedAt      when its delivery was parked after too many failures
     * @param parkedVersion the plugin's version when it was parked: another version resumes it
     */
    public record Delivery(String consumer, long delivered, int failures, Optional<String> lastError,
                           Optional<Instant> parkedAt, Optional<String> parkedVersion) {
        /** Whether deliveries to it wait for a head cashier or an upgrade. */
        public boolean parked() {
            return parkedAt.isPresent();
        }
    }

    /** The sequence of the newest event; 0 when there is none. */
    public long last() {
        return database.read(SqlEvents::last);
    }

    private static long last(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT coalesce(max(seq), 0) FROM events");
             ResultSet row = select.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    /** Up to {@code limit} events after the sequence {@code after}, oldest first, each with what it is about. */
    public List<SessionEvent> after(long after, int limit) {
        return database.read(connection -> {
            List<SessionEvent> events = new ArrayList<>();
            Map<Long, Session> sessions = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT seq, id, kind, session_id, order_id, "
                    + "move_id, refund_id, at FROM events WHERE seq > ? ORDER BY seq LIMIT ?")) {
                select.setLong(1, after);
                select.setInt(2, limit);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        events.add(event(connection, row, sessions));
                    }
                }
            }
            return events;
        });
    }

    private SessionEvent event(Connection connection, ResultSet row, Map<Long, Session> sessions)
            throws SQLException {
        long seq = row.getLong("seq");
        long sessionId = row.getLong("session_id");
        Session session = sessions.get(sessionId);
        if (session == null) {
            session = rows.session(connection, sessionId).orElseThrow(() -> new SQLException("Event " + seq
                    + " is about session " + sessionId + ", which is not this terminal's"));
            sessions.put(sessionId, session);
        }
        SessionEvent.Kind kind = switch (row.getString("kind")) {
            case "SESSION_OPENED" -> SessionEvent.Kind.OPENED;
            case "SALE" -> SessionEvent.Kind.SOLD;
            case "CASH_MOVE" -> SessionEvent.Kind.CASH_MOVED;
            case "SESSION_CLOSED" -> SessionEvent.Kind.CLOSED;
            case "REFUND" -> SessionEvent.Kind.REFUNDED;
            default -> throw new SQLException("Event " + seq + " is of an unknown kind " + row.getString("kind"));
        };
        Optional<Order> order = Optional.empty();
        Optional<CashMove> move = Optional.empty();
        Optional<Refund> refund = Optional.empty();
        if (kind == SessionEvent.Kind.SOLD) {
            long orderId = row.getLong("order_id");
            order = Optional.of(SqlSales.order(connection, orderId).orElseThrow(() -> new SQLException("Event " + seq
                    + " is about order " + orderId + ", which is missing")));
        } else if (kind == SessionEvent.Kind.CASH_MOVED) {
            long moveId = row.getLong("move_id");
            move = Optional.of(CashMoveStore.move(connection, moveId).orElseThrow(() -> new SQLException("Event "
                    + seq + " is about cash move " + moveId + ", which is missing")));
        } else if (kind == SessionEvent.Kind.REFUNDED) {
            long refundId = row.getLong("refund_id");
            refund = Optional.of(RefundStore.refund(connection, refundId).orElseThrow(() -> new SQLException("Event "
                    + seq + " is about refund " + refundId + ", which is missing")));
        }
        Session then = kind == SessionEvent.Kind.CLOSED ? session : asOpen(session);
        return new SessionEvent(row.getString("id"), seq, kind, Instant.ofEpochMilli(row.getLong("at")), then, order,
                move, refund);
    }

    /** The session as it was while open: what a listener saw at the time of the event, closed since or not. */
    private static Session asOpen(Session session) {
        if (session.state() == SessionState.OPEN) {
            return session;
        }
        return new Session(session.id(), SessionState.OPEN, session.openedAt(), session.openedBy(),
                session.openingCash(), session.openingCount(), session.openingNote(), Optional.empty(),
                Optional.empty(), session.openingApproval());
    }

    /**
     * Where {@code consumer} stands; one seen for the first time starts at the newest event, so that it hears what
     * happens from now on.
     */
    public Delivery delivery(String consumer) {
        return delivery(consumer, "(SELECT coalesce(max(seq), 0) FROM events)");
    }

    /**
     * Where {@code consumer} stands; one seen for the first time starts before the first event, so that it takes the
     * terminal's whole history (the back office).
     */
    public Delivery deliveryFromStart(String consumer) {
        return delivery(consumer, "0");
    }

    private Delivery delivery(String consumer, String start) {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO event_deliveries (consumer, "
                    + "delivered) VALUES (?, " + start + ") ON CONFLICT DO NOTHING")) {
                insert.setString(1, consumer);
                insert.executeUpdate();
            }
            return read(connection, consumer).orElseThrow();
        });
    }

    /** Where {@code consumer} stands, if it was ever seen; reads only. */
    public Optional<Delivery> find(String consumer) {
        return database.read(connection -> read(connection, consumer));
    }

    /** Every consumer the terminal has seen, by name. */
    public List<Delivery> deliveries() {
        return database.read(connection -> {
            List<Delivery> all = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT + " ORDER BY consumer");
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    all.add(delivery(row));
                }
            }
            return all;
        });
    }

    /** How many events wait for {@code consumer}. */
    public long waiting(String consumer) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM events WHERE seq > "
                    + "coalesce((SELECT delivered FROM event_deliveries WHERE consumer = ?), 0)")) {
                select.setString(1, consumer);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getLong(1) : 0;
                }
            }
        });
    }

    /**
     * How far a consumer got, for the head cashier's outbox screen.
     *
     * @param delivery      its row: its mark, failures, last error and parking
     * @param markAt        when the last event it took happened; empty before its first
     * @param waiting       the events after its mark
     * @param lastFailureAt when its last failure was; empty when it has none since its last delivery
     */
    public record Standing(Delivery delivery, Optional<Instant> markAt, long waiting,
                           Optional<Instant> lastFailureAt) {
    }

    /** Where {@code consumer} stands, in one read; empty if it was never seen. */
    public Optional<Standing> standing(String consumer) {
        return database.read(connection -> {
            Optional<Delivery> delivery = read(connection, consumer);
            if (delivery.isEmpty()) {
                return Optional.<Standing>empty();
            }
            long mark = delivery.get().delivered();
            try (PreparedStatement select = connection.prepareStatement("SELECT (SELECT at FROM events WHERE seq = ?),"
                    + " (SELECT count(*) FROM events WHERE seq > ?),"
                    + " (SELECT last_try_at FROM event_deliveries WHERE consumer = ? AND last_error IS NOT NULL)")) {
                select.setLong(1, mark);
                select.setLong(2, mark);
                select.setString(3, consumer);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return Optional.of(new Standing(delivery.get(), instant(row, 1), row.getLong(2), instant(row, 3)));
                }
            }
        });
    }

    private static Optional<Instant> instant(ResultSet row, int column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    /** {@code consumer} took the event {@code seq}: its mark moves on and its failures are forgotten. */
    public void delivered(String consumer, long seq) {
        update("UPDATE event_deliveries SET delivered = ?, failures = 0, last_error = NULL WHERE consumer = ?"
                + " AND delivered < ?", consumer, seq);
    }

    /** Delivering the next event to {@code consumer} failed with {@code error}; returns the failures in a row. */
    public int failed(String consumer, String error, Instant at) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE event_deliveries SET failures = "
                    + "failures + 1, last_error = ?, last_try_at = ? WHERE consumer = ?")) {
                update.setString(1, error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error);
                update.setLong(2, at.toEpochMilli());
                update.setString(3, consumer);
                update.executeUpdate();
            }
            return read(connection, consumer).map(Delivery::failures).orElse(0);
        });
    }

    /** Stops deliveries to {@code consumer} until {@link #resume}; {@code version} is its plugin's. */
    public void park(String consumer, String version, Instant at) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE event_deliveries SET parked_at = ?, "
                    + "parked_version = ? WHERE consumer = ?")) {
                update.setLong(1, at.toEpochMilli());
                update.setString(2, version);
                update.setString(3, consumer);
                return update.executeUpdate();
            }
        });
    }

    /** Delivers to {@code consumer} again, from where it stopped, its failures forgotten; false if it was not parked. */
    public boolean resume(String consumer) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE event_deliveries SET parked_at = NULL, "
                    + "parked_version = NULL, failures = 0 WHERE consumer = ? AND parked_at IS NOT NULL")) {
                update.setString(1, consumer);
                return update.executeUpdate() == 1;
            }
        });
    }

    private void update(String sql, String consumer, long seq) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setLong(1, seq);
                update.setString(2, consumer);
                update.setLong(3, seq);
                return update.executeUpdate();
            }
        });
    }

    private static final String SELECT = "SELECT consumer, delivered, failures, last_error, parked_at, parked_version"
            + " FROM event_deliveries";

    private static Optional<Delivery> read(Connection connection, String consumer) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE consumer = ?")) {
            select.setString(1, consumer);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(delivery(row)) : Optional.empty();
            }
        }
    }

    private static Delivery delivery(ResultSet row) throws SQLException {
        long parkedAt = row.getLong("parked_at");
        Optional<Instant> parked = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(parkedAt));
        return new Delivery(row.getString("consumer"), row.getLong("delivered"), row.getInt("failures"),
                Optional.ofNullable(row.getString("last_error")), parked,
                Optional.ofNullable(row.getString("parked_version")));
    }
}
