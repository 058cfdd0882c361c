package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.session.Approval;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/** Small row helpers the stores share: new ids, cashier columns and approval columns. */
final class Rows {

    private Rows() {
    }

    static long lastId(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT last_insert_rowid()");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** id, name, role, has-PIN of the cashier table aliased {@code alias}: four columns. */
    static String cashierColumns(String alias) {
        return alias + ".id, " + alias + ".name, " + alias + ".role, " + alias + ".pin_hash IS NOT NULL";
    }

    /** The cashier in the four columns from {@code first}; empty when they are NULL (an outer join). */
    static Optional<Cashier> cashier(ResultSet row, int first) throws SQLException {
        long id = row.getLong(first);
        if (row.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new Cashier(id, row.getString(first + 1), Role.valueOf(row.getString(first + 2)),
                row.getInt(first + 3) == 1));
    }

    /** Sets the approver's id and the reason at {@code at} and {@code at + 1}, or NULLs without an approval. */
    static void setApproval(PreparedStatement statement, int at, Optional<Approval> approval)
            throws SQLException {
        if (approval.isPresent()) {
            statement.setLong(at, approval.get().approver().id());
            statement.setString(at + 1, approval.get().reason().strip());
        } else {
            statement.setNull(at, Types.INTEGER);
            statement.setNull(at + 1, Types.VARCHAR);
        }
    }

    /** The approver must be a head cashier in the database now, not only in the record handed in. */
    static void checkApprover(Connection connection, Optional<Approval> approval) throws SQLException {
        if (approval.isEmpty()) {
            return;
        }
        Cashier approver = approval.get().approver();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT count(*) FROM cashiers WHERE id = ? AND role = 'HEAD_CASHIER' AND active = 1")) {
            select.setLong(1, approver.id());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next() || row.getInt(1) != 1) {
                    throw new IllegalArgumentException(approver.name() + " is not an active head cashier and "
                            + "cannot approve. Nothing was stored.");
                }
            }
        }
    }
}
