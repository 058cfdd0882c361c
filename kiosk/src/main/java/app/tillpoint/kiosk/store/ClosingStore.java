package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.terminal.TerminalPolicy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/** Closes a session against its expected cash (a difference above the policy needs approval) and reads closings. */
final class ClosingStore {

    private final String terminalId;
    private final TerminalPolicy policy;

    ClosingStore(String terminalId, TerminalPolicy policy) {
        this.terminalId = Objects.requireNonNull(terminalId, "terminalId");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Stores the closing of {@code open}; throws {@link Refused} (rolling back) if the difference needs approval. */
    Closing insertClosing(Connection connection, Session open, ClosingRequest request, Instant now)
            throws SQLException {
        SessionSummary summary = SessionRows.summary(connection, open);
        Money counted = request.count().total();
        Money difference = counted.minus(summary.expectedCash());
        Money allowed = policy.allowedClosingDifference();
        long size = Math.abs(difference.minorUnits());
        if (size > allowed.minorUnits() && request.approval().isEmpty()) {
            throw new Refused(new ApprovalRequiredException("The difference of " + difference.toPlainString()
                    + " is more than the allowed " + allowed.toPlainString() + ": a head cashier must approve it",
                    difference, allowed));
        }
        Cashier by = request.closedBy();
        CashCountRows.insertCount(connection, open.id(), "CLOSING", request.count(), by.id(), now);
        try (PreparedStatement update = connection.prepareStatement("UPDATE sessions SET state = 'CLOSED', "
                + "closed_at = ?, closed_by = ?, closing_cash = ?, closing_currency = ?, expected_cash = ?, "
                + "closing_difference = ?, closing_note = ?, closing_approved_by = ?, closing_approval_reason = ? "
                + "WHERE id = ? AND state = 'OPEN'")) {
            update.setLong(1, now.toEpochMilli());
            update.setLong(2, by.id());
            update.setLong(3, counted.minorUnits());
            update.setString(4, counted.currency().getCurrencyCode());
            update.setLong(5, summary.expectedCash().minorUnits());
            update.setLong(6, difference.minorUnits());
            update.setString(7, request.note());
            Rows.setApproval(update, 8, request.approval());
            update.setLong(10, open.id());
            if (update.executeUpdate() != 1) {
                throw new SQLException("Session " + open.id() + " was not open any more");
            }
        }
        SqlAudit.insert(connection, now, "session.closed", "Session " + open.id() + " on " + terminalId
                + " closed by " + by.name() + ": counted " + counted + ", expected " + summary.expectedCash()
                + ", difference " + difference, by.id());
        if (request.approval().isPresent()) {
            Approval approval = request.approval().get();
            SqlAudit.insert(connection, now, "session.closing.approved", "Difference " + difference + " of session "
                    + open.id() + " approved by " + approval.approver().name() + ": " + approval.reason(),
                    approval.approver().id());
        }
        return new Closing(open.id(), now, by, request.count(), counted, summary.expectedCash(), difference,
                request.approval(), request.note());
    }

    /** The closing of session {@code sessionId}, if it is closed. */
    static Optional<Closing> closing(Connection connection, long sessionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT s.closed_at, s.closing_cash, "
                + "s.closing_currency, s.expected_cash, s.closing_difference, s.closing_note, "
                + "s.closing_approval_reason, " + Rows.cashierColumns("c") + ", "
                + Rows.cashierColumns("a")
                + " FROM sessions s JOIN cashiers c ON c.id = s.closed_by LEFT JOIN cashiers a"
                + " ON a.id = s.closing_approved_by WHERE s.id = ? AND s.state = 'CLOSED'")) {
            select.setLong(1, sessionId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Currency money = Currency.getInstance(row.getString(3));
                String approvalReason = row.getString(7);
                Optional<Approval> approval = Rows.cashier(row, 12).map(a -> new Approval(a, approvalReason));
                Cashier closedBy = Rows.cashier(row, 8).orElseThrow();
                Money counted = Money.of(row.getLong(2), money);
                Money expected = Money.of(row.getLong(4), money);
                Money difference = Money.of(row.getLong(5), money);
                String note = row.getString(6) == null ? "" : row.getString(6);
                Instant closedAt = Instant.ofEpochMilli(row.getLong(1));
                CashCount count = CashCountRows.count(connection, sessionId, "CLOSING").orElseThrow(
                        () -> new SQLException("Session " + sessionId + " is closed but has no closing count"));
                return Optional.of(new Closing(sessionId, closedAt, closedBy, count, counted, expected, difference,
                        approval, note));
            }
        }
    }
}
