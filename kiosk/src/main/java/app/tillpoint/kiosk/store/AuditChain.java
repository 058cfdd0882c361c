package app.tillpoint.kiosk.store;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The audit as a hash chain: every row carries the hash of the row before it and its own hash, an HMAC-SHA-256 with
 * the terminal's key ({@link TerminalKey}) of its id, time, event, detail, cashier and the previous hash. Someone who
 * edits the database without the key cannot write a row, or change one, that {@link #verify} accepts. Rows are only
 * appended through {@link #append}, in the caller's transaction, so that the chain has one order.
 */
public final class AuditChain {

    private final byte[] key;

    AuditChain(byte[] key) {
        this.key = key.clone();
    }

    /** Appends one audit row, chained to the last one, inside the caller's write transaction. */
    void append(Connection connection, Instant at, String event, String detail, Long cashierId) throws SQLException {
        Optional<Link> last = last(connection);
        long id = last.map(link -> link.id() + 1).orElse(1L);
        String previous = last.map(Link::hash).orElse(null);
        String hash = hash(id, at.toEpochMilli(), event, detail, cashierId, previous);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_events "
                + "(id, at, event, detail, cashier_id, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, at.toEpochMilli());
            insert.setString(3, event);
            insert.setString(4, detail);
            if (cashierId == null) {
                insert.setNull(5, Types.INTEGER);
            } else {
                insert.setLong(5, cashierId);
            }
            insert.setString(6, previous);
            insert.setString(7, hash);
            insert.executeUpdate();
        }
    }

    /** Seals the rows written before the chain existed, in order, once: the code step of migration 5. */
    void sealAll(Connection connection) throws SQLException {
        String previous = null;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, at, event, detail, cashier_id FROM audit_events ORDER BY id");
             PreparedStatement seal = connection.prepareStatement(
                     "UPDATE audit_events SET prev_hash = ?, hash = ? WHERE id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong("id");
                long cashier = rows.getLong("cashier_id");
                Long cashierId = rows.wasNull() ? null : cashier;
                String hash = hash(id, rows.getLong("at"), rows.getString("event"), rows.getString("detail"),
                        cashierId, previous);
                seal.setString(1, previous);
                seal.setString(2, hash);
                seal.setLong(3, id);
                seal.executeUpdate();
                previous = hash;
            }
        }
    }

    /**
     * Walks the whole audit and says whether it is intact, or names the first row that was changed, removed or
     * inserted. Removing the newest rows leaves an intact but shorter chain: only a copy kept elsewhere tells that.
     */
    Verdict verify(Connection connection) throws SQLException {
        long rowsChecked = 0;
        Long previousId = null;
        String previousHash = null;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, at, event, detail, cashier_id, prev_hash, hash FROM audit_events ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong("id");
                long cashier = rows.getLong("cashier_id");
                Long cashierId = rows.wasNull() ? null : cashier;
                String storedPrevious = rows.getString("prev_hash");
                String stored = rows.getString("hash");
                if (previousId == null && id != 1) {
                    return Verdict.broken(id, "rows 1 to " + (id - 1) + " were removed");
                }
                if (previousId != null && id != previousId + 1) {
                    return Verdict.broken(id, "rows " + (previousId + 1) + " to " + (id - 1) + " were removed");
                }
                String expected = hash(id, rows.getLong("at"), rows.getString("event"), rows.getString("detail"),
                        cashierId, storedPrevious);
                if (stored == null || !MessageDigest.isEqual(stored.getBytes(StandardCharsets.US_ASCII),
                        expected.getBytes(StandardCharsets.US_ASCII))) {
                    return Verdict.broken(id, "row " + id + " was changed, or written without the terminal's key");
                }
                if (!java.util.Objects.equals(storedPrevious, previousHash)) {
                    return Verdict.broken(id, "the row before row " + id + " was removed, changed or inserted");
                }
                previousId = id;
                previousHash = stored;
                rowsChecked++;
            }
        }
        return new Verdict(true, rowsChecked, 0, "intact");
    }

    /**
     * What {@link #verify} found.
     *
     * @param intact    whether every row checked out
     * @param rows      how many rows were checked before the first broken one (all, when intact)
     * @param brokenRow the id of the first row found broken; 0 when intact
     * @param finding   "intact", or what is wrong, for the administrator
     */
    public record Verdict(boolean intact, long rows, long brokenRow, String finding) {
        static Verdict broken(long id, String finding) {
            return new Verdict(false, id - 1, id, finding);
        }
    }

    private static Optional<Link> last(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1");
             ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(new Link(row.getLong("id"), row.getString("hash"))) : Optional.empty();
        }
    }

    private record Link(long id, String hash) {
    }

    private String hash(long id, long at, String event, String detail, Long cashierId, String previous) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(id);
            out.writeLong(at);
            field(out, event);
            field(out, detail);
            out.writeBoolean(cashierId != null);
            out.writeLong(cashierId == null ? 0 : cashierId);
            field(out, previous);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(bytes.toByteArray()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }

    /** A text with its length before it, so that no two rows' fields run together into the same bytes. */
    private static void field(DataOutputStream out, String text) throws IOException {
        if (text == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
