package app.tillpoint.kiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the office sender keeps in the terminal's database beside the outbox's mark: how far the audit went up, and
 * which refusals of another machine the office told of. Both are rows of {@code meta}; no migration was needed, since
 * the audit is an outbox of its own: its ids are 1, 2, 3 … in commit order without a gap (V5's chain), so the sender
 * reads it after its mark, never through {@code events}, whose four kinds the plugins' listeners know. Blocking: never
 * on the event thread.
 */
public final class OfficeMarks {

    /** The id of the last audit row the office committed. */
    static final String AUDIT_SENT = "office.audit_sent";
    /** The office's id of the last refusal told to this machine, and when that try was (ms since 1970). */
    static final String REFUSAL_SEEN = "office.refusal_seen";
    static final String REFUSAL_AT = "office.refusal_at";

    /** The audit event of a try by another machine with this terminal's id. */
    public static final String CLASH_EVENT = "office.terminal_id_clash";

    private final Database database;

    public OfficeMarks(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * One audit row as the office receives it.
     *
     * @param id        its number, 1, 2, 3 … in commit order
     * @param at        when it happened
     * @param event     its dotted name
     * @param detail    what it says
     * @param cashierId the cashier it concerns, if any
     * @param cashier   that cashier's name, if known
     * @param prevHash  the hash of the row before it; empty for the first
     * @param hash      its own keyed hash
     */
    public record AuditRow(long id, Instant at, String event, String detail, Optional<Long> cashierId,
                           Optional<String> cashier, Optional<String> prevHash, String hash) {
    }

    /** The id of the last audit row the office has; 0 before the first. */
    public long auditSent() {
        return database.read(connection -> number(connection, AUDIT_SENT));
    }

    /** Up to {@code limit} audit rows after {@code after}, oldest first. */
    public List<AuditRow> auditAfter(long after, int limit) {
        return database.read(connection -> {
            List<AuditRow> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT a.id, a.at, a.event, a.detail,"
                    + " a.cashier_id, c.name, a.prev_hash, a.hash FROM audit_events a LEFT JOIN cashiers c"
                    + " ON c.id = a.cashier_id WHERE a.id > ? ORDER BY a.id LIMIT ?")) {
                select.setLong(1, after);
                select.setInt(2, limit);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        long cashierId = row.getLong("cashier_id");
                        Optional<Long> cashier = row.wasNull() ? Optional.empty() : Optional.of(cashierId);
                        rows.add(new AuditRow(row.getLong("id"), Instant.ofEpochMilli(row.getLong("at")),
                                row.getString("event"), row.getString("detail"), cashier,
                                Optional.ofNullable(row.getString("name")),
                                Optional.ofNullable(row.getString("prev_hash")), row.getString("hash")));
                    }
                }
            }
            return rows;
        });
    }

    /** How many audit rows the office does not have yet. */
    public long auditWaiting() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM audit_events"
                    + " WHERE id > ?")) {
                select.setLong(1, number(connection, AUDIT_SENT));
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getLong(1) : 0;
                }
            }
        });
    }

    /** The office committed the audit rows up to {@code id}: the mark moves on (never back). */
    public void auditSent(long id) {
        database.inTransaction(connection -> {
            if (id > number(connection, AUDIT_SENT)) {
                put(connection, AUDIT_SENT, Long.toString(id));
            }
            return null;
        });
    }

    /** The office's id of the last refusal told to this machine; 0 before the first. */
    public long refusalSeen() {
        return database.read(connection -> number(connection, REFUSAL_SEEN));
    }

    /** When the last try of another machine with this terminal's id was, as the office told it. */
    public Optional<Instant> lastRefusal() {
        return database.read(connection -> {
            long at = number(connection, REFUSAL_AT);
            return at == 0 ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(at));
        });
    }

    /**
     * The office told of the refusal {@code officeId}, a try by another machine at {@code at}: audited here once (a
     * refusal already seen changes nothing), in one transaction with the mark. Returns whether it was new.
     */
    public boolean refused(long officeId, Instant at, String detail, Instant now) {
        return database.inTransaction(connection -> {
            if (officeId <= number(connection, REFUSAL_SEEN)) {
                return false;
            }
            put(connection, REFUSAL_SEEN, Long.toString(officeId));
            put(connection, REFUSAL_AT, Long.toString(at.toEpochMilli()));
            database.audit(connection, now, CLASH_EVENT, detail, null);
            return true;
        });
    }

    private static long number(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Long.parseLong(row.getString(1)) : 0;
            }
        }
    }

    private static void put(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }
}
