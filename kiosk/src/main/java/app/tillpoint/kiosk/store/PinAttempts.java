package app.tillpoint.kiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes a cashier's PIN attempts for {@link PinRules#judge}, which decides. The PIN is hashed by the caller
 * between two reads, outside the write transaction (so a PBKDF2 never holds the database's write lock); the decision is
 * stored in the caller's transaction only if the PIN hash it was checked against is still the cashier's.
 */
final class PinAttempts {

    private final PinRules rules;

    PinAttempts(PinRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * The PIN hash and salt of cashier {@code id} as they are now, to be hashed against outside any transaction;
     * empty for an unknown id.
     */
    static Optional<Stored> stored(Connection connection, long id) throws SQLException {
        return read(connection, id).map(row -> new Stored(row.hash(), row.salt()));
    }

    /**
     * The decision on a PIN that {@code matches} (or not) {@code hashedAgainst}, stored; empty for an unknown id, or
     * if the cashier's PIN changed since it was read: the caller hashes again against the new one.
     */
    Optional<PinRules.Decision> check(Connection connection, long id, Stored hashedAgainst, boolean matches,
                                      PinRules.Now now) throws SQLException {
        Optional<Row> row = read(connection, id);
        if (row.isEmpty() || !new Stored(row.get().hash(), row.get().salt()).equals(hashedAgainst)) {
            return Optional.empty();
        }
        PinRules.Decision decision = rules.judge(row.get().attempts(), matches, now);
        if (decision.store().isPresent()) {
            write(connection, id, decision.store().get());
        }
        return Optional.of(decision);
    }

    /** A cashier's stored PIN hash and salt; both null for a cashier without a PIN. */
    record Stored(String hash, String salt) {
    }

    /** What is left of cashier {@code id}'s lock-out at {@code now}, if they are locked out. */
    static Optional<PinRules.Lockout> lockout(Connection connection, long id, PinRules.Now now) throws SQLException {
        return read(connection, id).flatMap(row -> row.attempts().lockout())
                .map(lockout -> PinRules.remaining(lockout, now)).filter(left -> left.lengthMillis() > 0);
    }

    private record Row(PinRules.Attempts attempts, String hash, String salt) {
    }

    private static Optional<Row> read(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT name, active, pin_hash, pin_salt, "
                + "wrong_pins, lockouts, locked_until, lockout_ms, locked_boot, locked_uptime_ms "
                + "FROM cashiers WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String hash = row.getString("pin_hash");
                Optional<PinRules.Lockout> lockout = Optional.empty();
                long until = row.getLong("locked_until");
                if (!row.wasNull()) {
                    long length = row.getLong("lockout_ms");
                    boolean hasLength = !row.wasNull();
                    String boot = row.getString("locked_boot");
                    long started = row.getLong("locked_uptime_ms");
                    // A lock-out of before version 4 has no boot clock: its rest is read from the wall clock.
                    lockout = Optional.of(new PinRules.Lockout(Instant.ofEpochMilli(until),
                            hasLength ? length : Long.MAX_VALUE, boot == null ? "" : boot, started));
                }
                PinRules.Attempts attempts = new PinRules.Attempts(row.getString("name"), row.getInt("active") == 1,
                        hash != null, row.getInt("wrong_pins"), row.getInt("lockouts"), lockout);
                return Optional.of(new Row(attempts, hash, row.getString("pin_salt")));
            }
        }
    }

    private static void write(Connection connection, long id, PinRules.Attempts attempts) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE cashiers SET wrong_pins = ?, "
                + "lockouts = ?, locked_until = ?, lockout_ms = ?, locked_boot = ?, locked_uptime_ms = ? WHERE id = ?")) {
            update.setInt(1, attempts.wrongPins());
            update.setInt(2, attempts.lockouts());
            if (attempts.lockout().isPresent()) {
                PinRules.Lockout lockout = attempts.lockout().get();
                update.setLong(3, lockout.until().toEpochMilli());
                update.setLong(4, lockout.lengthMillis());
                update.setString(5, lockout.boot());
                update.setLong(6, lockout.startedBootMillis());
            } else {
                update.setNull(3, Types.INTEGER);
                update.setNull(4, Types.INTEGER);
                update.setNull(5, Types.VARCHAR);
                update.setNull(6, Types.INTEGER);
            }
            update.setLong(7, id);
            update.executeUpdate();
        }
    }
}
