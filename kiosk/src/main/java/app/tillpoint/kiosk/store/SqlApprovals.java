package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.ApprovalRequest;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The approvals the host issued, in the {@code approvals} table: one row each, with a random token, for one action and
 * amount, asked by one cashier and given by one head cashier. The stores {@linkplain #use use} an approval in the
 * transaction of the action it allows, once; an approval the host did not issue, one used before, or one for another
 * action, amount or cashier is refused, and nothing is stored. Blocking: never on the event thread.
 */
public final class SqlApprovals {

    private final Database database;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SqlApprovals(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores an approval the host gives now: {@code approver} has just identified on this terminal for
     * {@code request}. The host has checked the two-person rule; {@code selfApproved} says the terminal allowed the
     * approver to approve their own action.
     */
    public Approval issue(Cashier approver, ApprovalRequest request, boolean selfApproved) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO approvals (token, action, "
                    + "approver_id, asked_by, amount, currency, issued_at, self_approved) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, token);
                insert.setString(2, request.action().name());
                insert.setLong(3, approver.id());
                insert.setLong(4, request.askedBy().id());
                if (request.amount().isPresent()) {
                    insert.setLong(5, request.amount().get().minorUnits());
                    insert.setString(6, request.amount().get().currency().getCurrencyCode());
                } else {
                    insert.setNull(5, Types.INTEGER);
                    insert.setNull(6, Types.VARCHAR);
                }
                insert.setLong(7, now.toEpochMilli());
                insert.setInt(8, selfApproved ? 1 : 0);
                insert.executeUpdate();
            }
            database.audit(connection, now, "approval.issued", approver.name() + " approved for "
                    + request.askedBy().name() + ": " + request.purpose(), approver.id());
            return null;
        });
        return new Approval(approver, request.reason(), request.action(), request.amount(), token);
    }

    /**
     * Uses {@code approval} for {@code action} of {@code amount} asked by {@code askedBy}, in the caller's
     * transaction: marks it used, or refuses it.
     *
     * @throws IllegalArgumentException with a message for the cashier when the approval cannot be used; the caller's
     *                                  transaction then rolls back
     */
    static void use(Connection connection, Approval approval, ApprovalAction action, Optional<Money> amount,
                    Cashier askedBy, boolean selfApprovalAllowed, Instant now) throws SQLException {
        if (approval.reason().isBlank()) {
            throw refused("an approval needs a reason");
        }
        if (approval.token().isBlank()) {
            throw refused("it was not given on this terminal");
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT action, approver_id, asked_by, amount, "
                + "currency, used_at, self_approved FROM approvals WHERE token = ?")) {
            select.setString(1, approval.token());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw refused("it was not given on this terminal");
                }
                if (!row.getString("action").equals(action.name())) {
                    throw refused("it was given for something else");
                }
                if (row.getLong("approver_id") != approval.approver().id()) {
                    throw refused("it was given by someone else");
                }
                if (row.getLong("asked_by") != askedBy.id()) {
                    throw refused("it was asked for by another cashier");
                }
                long approved = row.getLong("amount");
                Optional<Money> approvedAmount = row.wasNull() ? Optional.empty()
                        : Optional.of(Money.of(approved, java.util.Currency.getInstance(row.getString("currency"))));
                if (!approvedAmount.equals(amount)) {
                    throw refused("it was given for " + approvedAmount.map(Money::toString).orElse("no amount")
                            + ", not " + amount.map(Money::toString).orElse("no amount"));
                }
                row.getLong("used_at");
                if (!row.wasNull()) {
                    throw refused("it was used already");
                }
            }
        }
        if (approval.approver().id() == askedBy.id() && !selfApprovalAllowed) {
            throw refused(askedBy.name() + " cannot approve their own action: this terminal needs a second person");
        }
        Rows.checkApprover(connection, Optional.of(approval));
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE approvals SET used_at = ? WHERE token = ? AND used_at IS NULL")) {
            update.setLong(1, now.toEpochMilli());
            update.setString(2, approval.token());
            if (update.executeUpdate() != 1) {
                throw refused("it was used already");
            }
        }
    }

    private static IllegalArgumentException refused(String why) {
        return new IllegalArgumentException("The approval cannot be used: " + why + ". Nothing was stored; ask a "
                + "head cashier to approve on this screen.");
    }
}
