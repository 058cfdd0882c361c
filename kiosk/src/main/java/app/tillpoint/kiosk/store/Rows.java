package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Currency;
import java.util.Optional;

/** Small row helpers the stores share: new ids, cashier and approval columns read by name. */
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

    /** The columns of the cashier table aliased {@code alias}, named {@code <alias>_id}, {@code <alias>_name} …. */
    static String cashierColumns(String alias) {
        return alias + ".id AS " + alias + "_id, " + alias + ".name AS " + alias + "_name, " + alias + ".role AS "
                + alias + "_role, " + alias + ".pin_hash IS NOT NULL AS " + alias + "_has_pin";
    }

    /** The cashier of {@link #cashierColumns}({@code alias}); empty when they are NULL (an outer join). */
    static Optional<Cashier> cashier(ResultSet row, String alias) throws SQLException {
        long id = row.getLong(alias + "_id");
        if (row.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new Cashier(id, row.getString(alias + "_name"), Role.valueOf(row.getString(alias + "_role")),
                row.getInt(alias + "_has_pin") == 1));
    }

    /**
     * The columns of an approval stored with a row: its approver (the cashier table aliased {@code approver}), its
     * reason and token columns, and the {@code approvals} row aliased {@code issued} (outer-joined on the token).
     */
    static String approvalColumns(String prefix, String approver, String reasonColumn, String tokenColumn,
                                  String issued) {
        return cashierColumns(approver) + ", " + reasonColumn + " AS " + prefix + "_reason, " + tokenColumn + " AS "
                + prefix + "_token, " + issued + ".action AS " + prefix + "_action, " + issued + ".amount AS " + prefix
                + "_amount, " + issued + ".currency AS " + prefix + "_currency";
    }

    /** The approval of {@link #approvalColumns}; empty without an approver. Approvals of before version 4 have no token. */
    static Optional<Approval> approval(ResultSet row, String prefix, String approver) throws SQLException {
        Optional<Cashier> by = cashier(row, approver);
        if (by.isEmpty()) {
            return Optional.empty();
        }
        String reason = row.getString(prefix + "_reason");
        String token = row.getString(prefix + "_token");
        String action = row.getString(prefix + "_action");
        long amount = row.getLong(prefix + "_amount");
        Optional<Money> approved = row.wasNull() ? Optional.empty()
                : Optional.of(Money.of(amount, Currency.getInstance(row.getString(prefix + "_currency"))));
        return Optional.of(new Approval(by.get(), reason == null ? "" : reason,
                action == null ? null : ApprovalAction.valueOf(action), approved, token == null ? "" : token));
    }

    /** Sets the approver's id, the reason and the token at {@code at} … {@code at + 2}, or NULLs without one. */
    static void setApproval(PreparedStatement statement, int at, Optional<Approval> approval) throws SQLException {
        if (approval.isPresent()) {
            statement.setLong(at, approval.get().approver().id());
            statement.setString(at + 1, approval.get().reason().strip());
            statement.setString(at + 2, approval.get().token());
        } else {
            statement.setNull(at, Types.INTEGER);
            statement.setNull(at + 1, Types.VARCHAR);
            statement.setNull(at + 2, Types.VARCHAR);
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
