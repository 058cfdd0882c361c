package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingCount;
import app.tillpoint.api.session.ClosingCountRequest;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.MethodTotal;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.session.Settlement;
import app.tillpoint.api.session.SettlementCount;
import app.tillpoint.api.terminal.TerminalPolicy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Closing a session: every count of the drawer recorded before its difference is shown (under a blind close, a recount
 * needs a head cashier), and the closing itself against the expected cash (a difference over the policy needs one
 * too). Runs in the caller's transaction; a refusal is thrown as {@link Refused}, which rolls it back.
 */
final class ClosingStore {

    private final Database database;
    private final String terminalId;
    private final Supplier<TerminalPolicy> policy;

    ClosingStore(Database database, String terminalId, Supplier<TerminalPolicy> policy) {
        this.database = Objects.requireNonNull(database, "database");
        this.terminalId = Objects.requireNonNull(terminalId, "terminalId");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Records a count at closing of {@code open}, a recount only with an approval under a blind close. */
    ClosingCount recordCount(Connection connection, Session open, ClosingCountRequest request, Instant now)
            throws SQLException {
        int attempts = CashCountRows.closingAttempts(connection, open.id());
        TerminalPolicy policy = this.policy.get();
        if (attempts > 0 && policy.blindClose() && request.recount().isEmpty()) {
            throw new Refused(new ApprovalRequiredException("The drawer of session " + open.id() + " was counted "
                    + "and its difference shown: under a blind close a head cashier must approve a recount",
                    ApprovalAction.RECOUNT, null, null, null));
        }
        if (request.recount().isPresent()) {
            SqlApprovals.use(connection, request.recount().get(), ApprovalAction.RECOUNT, Optional.empty(),
                    request.countedBy(), policy.selfApproval(), now);
        }
        return insertCount(connection, open, attempts + 1, request.count(), request.countedBy(), request.recount(),
                now);
    }

    /** Stores the closing of {@code open}; throws {@link Refused} (rolling back) if it needs an approval. */
    Closing insertClosing(Connection connection, Session open, ClosingRequest request, Instant now)
            throws SQLException {
        SessionSummary summary = SessionRows.summary(connection, open);
        Money counted = request.count().total();
        Money difference = summary.differenceFor(request.count());
        Cashier by = request.closedBy();
        TerminalPolicy policy = this.policy.get();
        int attempts = CashCountRows.closingAttempts(connection, open.id());
        Optional<CashCount> last = attempts == 0 ? Optional.empty()
                : CashCountRows.count(connection, open.id(), CashCountRows.CLOSING);
        boolean recorded = last.isPresent() && last.get().equals(request.count());
        if (!recorded && policy.blindClose()) {
            throw new IllegalArgumentException("Under a blind close the session is closed with the count last "
                    + "recorded for it: count the drawer first. Nothing was stored.");
        }
        if (policy.closingNeedsApproval(difference) && request.approval().isEmpty()) {
            throw new Refused(new ApprovalRequiredException("The difference of " + difference.toPlainString()
                    + " is more than the allowed " + policy.allowedClosingDifference().toPlainString()
                    + ": a head cashier must approve it", ApprovalAction.CLOSING_DIFFERENCE, difference,
                    policy.allowedClosingDifference(), difference));
        }
        if (request.approval().isPresent()) {
            SqlApprovals.use(connection, request.approval().get(), ApprovalAction.CLOSING_DIFFERENCE,
                    Optional.of(difference), by, policy.selfApproval(), now);
        }
        if (!recorded) {
            insertCount(connection, open, attempts + 1, request.count(), by, Optional.empty(), now);
        }
        List<Settlement> settlements = insertSettlements(connection, open, summary, request, now);
        try (PreparedStatement update = connection.prepareStatement("UPDATE sessions SET state = 'CLOSED', "
                + "closed_at = ?, closed_by = ?, closing_cash = ?, closing_currency = ?, expected_cash = ?, "
                + "closing_difference = ?, closing_note = ?, closing_approved_by = ?, closing_approval_reason = ?, "
                + "closing_approval_token = ? WHERE id = ? AND state = 'OPEN'")) {
            update.setLong(1, now.toEpochMilli());
            update.setLong(2, by.id());
            update.setLong(3, counted.minorUnits());
            update.setString(4, counted.currency().getCurrencyCode());
            update.setLong(5, summary.expectedCash().minorUnits());
            update.setLong(6, difference.minorUnits());
            update.setString(7, request.note());
            Rows.setApproval(update, 8, request.approval());
            update.setLong(11, open.id());
            if (update.executeUpdate() != 1) {
                throw new SQLException("Session " + open.id() + " was not open any more");
            }
        }
        database.audit(connection, now, "session.closed", "Session " + open.id() + " on " + terminalId
                + " closed by " + by.name() + ": counted " + counted + ", expected " + summary.expectedCash()
                + ", difference " + difference, by.id());
        if (request.approval().isPresent()) {
            Approval approval = request.approval().get();
            database.audit(connection, now, "session.closing.approved", "Difference " + difference + " of session "
                    + open.id() + " approved by " + approval.approver().name() + ": " + approval.reason(),
                    approval.approver().id());
        }
        return new Closing(open.id(), now, by, request.count(), counted, summary.expectedCash(), difference,
                request.approval(), request.note(), settlements);
    }

    /**
     * Stores the settlement of each method other than cash the session's orders used, each difference approved when
     * over the policy (the cash's rule, {@link TerminalPolicy#closingNeedsApproval}).
     */
    private List<Settlement> insertSettlements(Connection connection, Session open, SessionSummary summary,
                                               ClosingRequest request, Instant now) throws SQLException {
        for (SettlementCount count : request.settlements()) {
            if (summary.expectedIn(count.method()).isEmpty()) {
                throw new IllegalArgumentException("Nothing was paid in " + count.method() + " in this session: "
                        + "it has no settlement. Nothing was stored.");
            }
        }
        TerminalPolicy policy = this.policy.get();
        Cashier by = request.closedBy();
        List<Settlement> settlements = new ArrayList<>();
        int position = 0;
        for (MethodTotal expected : summary.otherMethods()) {
            SettlementCount count = request.settlements().stream().filter(c -> c.method().equals(expected.method()))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("Enter the settlement total of "
                            + expected.method() + ". Nothing was stored."));
            if (!count.settled().currency().equals(expected.total().currency())) {
                throw new IllegalArgumentException("The settlement of " + expected.method() + " is in "
                        + count.settled().currency() + ", not " + expected.total().currency());
            }
            Money difference = count.settled().minus(expected.total());
            if (policy.closingNeedsApproval(difference) && count.approval().isEmpty()) {
                throw new Refused(new ApprovalRequiredException("The difference of " + difference.toPlainString()
                        + " in " + expected.method() + " is more than the allowed "
                        + policy.allowedClosingDifference().toPlainString() + ": a head cashier must approve it",
                        ApprovalAction.CLOSING_DIFFERENCE, difference, policy.allowedClosingDifference(),
                        difference));
            }
            if (count.approval().isPresent()) {
                SqlApprovals.use(connection, count.approval().get(), ApprovalAction.CLOSING_DIFFERENCE,
                        Optional.of(difference), by, policy.selfApproval(), now);
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO session_settlements "
                    + "(session_id, position, method, kind, expected, settled, difference, currency, approved_by, "
                    + "approval_reason, approval_token) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, open.id());
                insert.setInt(2, position++);
                insert.setString(3, expected.method());
                insert.setString(4, expected.kind().name());
                insert.setLong(5, expected.total().minorUnits());
                insert.setLong(6, count.settled().minorUnits());
                insert.setLong(7, difference.minorUnits());
                insert.setString(8, difference.currency().getCurrencyCode());
                Rows.setApproval(insert, 9, count.approval());
                insert.executeUpdate();
            }
            database.audit(connection, now, "session.settled", "Session " + open.id() + ": " + expected.method()
                    + " settled " + count.settled() + ", expected " + expected.total() + ", difference " + difference
                    + count.approval().map(a -> "; approved by " + a.approver().name() + ": " + a.reason()).orElse(""),
                    by.id());
            settlements.add(new Settlement(expected.method(), expected.kind(), expected.total(), count.settled(),
                    difference, count.approval()));
        }
        return settlements;
    }

    /** The settlements stored with the closing of session {@code sessionId}, in their order. */
    private static List<Settlement> settlements(Connection connection, long sessionId) throws SQLException {
        List<Settlement> settlements = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT s.method, s.kind, s.expected, s.settled, "
                + "s.difference, s.currency, " + Rows.approvalColumns("ap", "a", "s.approval_reason", "s.approval_token", "i")
                + " FROM session_settlements s LEFT JOIN cashiers a ON a.id = s.approved_by"
                + " LEFT JOIN approvals i ON i.token = s.approval_token WHERE s.session_id = ? ORDER BY s.position")) {
            select.setLong(1, sessionId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Currency money = Currency.getInstance(row.getString("currency"));
                    settlements.add(new Settlement(row.getString("method"),
                            PaymentMethod.Kind.valueOf(row.getString("kind")), Money.of(row.getLong("expected"), money),
                            Money.of(row.getLong("settled"), money), Money.of(row.getLong("difference"), money),
                            Rows.approval(row, "ap", "a")));
                }
            }
        }
        return settlements;
    }

    private ClosingCount insertCount(Connection connection, Session open, int attempt, CashCount count, Cashier by,
                                     Optional<Approval> recount, Instant now) throws SQLException {
        SessionSummary summary = SessionRows.summary(connection, open);
        CashCountRows.insert(connection, new CashCountRows.NewCount(open.id(), CashCountRows.CLOSING, attempt, count,
                by.id(), now, Optional.of(summary.expectedCash()), recount));
        Money difference = summary.differenceFor(count);
        database.audit(connection, now, attempt == 1 ? "closing.count" : "closing.recount", "Session " + open.id()
                + ": count " + attempt + " by " + by.name() + ", counted " + count.total() + ", expected "
                + summary.expectedCash() + ", difference " + difference
                + recount.map(a -> "; recount approved by " + a.approver().name()).orElse(""), by.id());
        return new ClosingCount(open.id(), attempt, now, by, count, summary.expectedCash(), difference, recount);
    }

    /** The closing of session {@code sessionId}, if it is closed. */
    static Optional<Closing> closing(Connection connection, long sessionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT s.closed_at, s.closing_cash, "
                + "s.closing_currency, s.expected_cash, s.closing_difference, s.closing_note, "
                + Rows.cashierColumns("c") + ", "
                + Rows.approvalColumns("ap", "a", "s.closing_approval_reason", "s.closing_approval_token", "i")
                + " FROM sessions s JOIN cashiers c ON c.id = s.closed_by LEFT JOIN cashiers a"
                + " ON a.id = s.closing_approved_by LEFT JOIN approvals i ON i.token = s.closing_approval_token"
                + " WHERE s.id = ? AND s.state = 'CLOSED'")) {
            select.setLong(1, sessionId);
            Currency money;
            Closing partial;
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                money = Currency.getInstance(row.getString("closing_currency"));
                String note = row.getString("closing_note");
                partial = new Closing(sessionId, Instant.ofEpochMilli(row.getLong("closed_at")),
                        Rows.cashier(row, "c").orElseThrow(), null, Money.of(row.getLong("closing_cash"), money),
                        Money.of(row.getLong("expected_cash"), money),
                        Money.of(row.getLong("closing_difference"), money), Rows.approval(row, "ap", "a"),
                        note == null ? "" : note);
            }
            CashCount count = CashCountRows.count(connection, sessionId, CashCountRows.CLOSING).orElseThrow(
                    () -> new SQLException("Session " + sessionId + " is closed but has no closing count"));
            return Optional.of(new Closing(sessionId, partial.closedAt(), partial.closedBy(), count, partial.counted(),
                    partial.expected(), partial.difference(), partial.approval(), partial.note(),
                    settlements(connection, sessionId)));
        }
    }
}
