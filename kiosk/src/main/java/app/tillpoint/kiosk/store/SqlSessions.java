package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingCount;
import app.tillpoint.api.session.ClosingCountRequest;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.LastClosing;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.session.OpeningCheck;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionAlreadyOpenException;
import app.tillpoint.api.session.SessionState;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.session.Sessions;
import app.tillpoint.api.terminal.TerminalPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sessions of one terminal in the database. Each change is one transaction with its audit row: opening (checked
 * against the last closing count), cash moves (checked against the policy's limits), every count at closing, and
 * closing (checked against the expected cash). What needs a head cashier is refused without an approval the host
 * issued, and that approval is used up in the same transaction. The database's unique index, not this class, makes
 * a second open session impossible; its triggers refuse money rows for a session that is not open. Blocking: never on
 * the event thread.
 */
public final class SqlSessions implements Sessions {

    private static final Logger LOG = LoggerFactory.getLogger(SqlSessions.class);

    private final Database database;
    private final String terminalId;
    private final Currency currency;
    private final Clock clock;
    private final Supplier<TerminalPolicy> policy;
    private final Events events;
    private final SessionRows rows;
    private final ClosingStore closings;

    /**
     * What the kiosk is told after a change to a session is committed, on the calling thread (the kiosk passes it on
     * to the {@link app.tillpoint.api.SessionListener}s). Exceptions are logged, never thrown: the change stands.
     */
    public interface Events {
        Events NONE = new Events() {
        };

        default void opened(Session session) {
        }

        default void cashMoved(Session session, CashMove move) {
        }

        default void closed(Session session, Closing closing) {
        }
    }

    /**
     * @param terminalId which terminal's sessions these are
     * @param currency   the terminal's currency; money in another one is refused
     * @param policy     the limits: opening and closing differences, cash outs, blind close, self-approval
     * @param clock      the time of openings, cash moves, counts and closings
     * @param events     told of every change after its commit
     */
    public SqlSessions(Database database, String terminalId, Currency currency, TerminalPolicy policy, Clock clock,
                       Events events) {
        this(database, terminalId, currency, () -> policy, clock, events);
    }

    /**
     * Sessions under the policy in force at each change: {@code policy} is asked once a change (the back office's
     * policy may replace the terminal's while it runs).
     */
    public SqlSessions(Database database, String terminalId, Currency currency, Supplier<TerminalPolicy> policy,
                       Clock clock, Events events) {
        this.database = Objects.requireNonNull(database, "database");
        this.terminalId = Objects.requireNonNull(terminalId, "terminalId");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        if (!policy.get().allowedClosingDifference().currency().equals(currency)) {
            throw new IllegalArgumentException("The policy's amounts are not in " + currency);
        }
        this.rows = new SessionRows(terminalId);
        this.closings = new ClosingStore(database, terminalId, policy);
    }

    /** The terminal's id, by which its sessions are stored. */
    public String terminalId() {
        return terminalId;
    }

    /** The terminal's policy, which this store enforces. */
    public TerminalPolicy policy() {
        return policy.get();
    }

    @Override
    public Optional<Session> current() {
        return database.read(rows::open);
    }

    @Override
    public Optional<LastClosing> lastClosing() {
        return database.read(rows::lastClosing);
    }

    @Override
    public Session open(OpeningRequest request) throws SessionAlreadyOpenException, ApprovalRequiredException {
        requireCurrency(request.openingCash());
        Instant now = now();
        Session session;
        try {
            session = database.inTransaction(connection -> insertOpening(connection, request, now));
        } catch (Refused refused) {
            throw refused.approvalRequired;
        } catch (StoreException e) {
            if (isSecondOpenSession(e)) {
                Optional<Session> open = current();
                if (open.isPresent()) {
                    throw new SessionAlreadyOpenException(open.get());
                }
            }
            throw e;
        }
        LOG.info("Session {} opened on {} by {} with {}", session.id(), terminalId, session.openedBy().name(),
                session.openingCash());
        AfterCommit.tell("the opening of session " + session.id(), () -> events.opened(session));
        return session;
    }

    private Session insertOpening(Connection connection, OpeningRequest request, Instant now) throws SQLException {
        Cashier cashier = request.cashier();
        Optional<Money> lastClosing = rows.lastClosing(connection).map(LastClosing::amount);
        OpeningCheck check = new OpeningCheck(lastClosing, request.openingCash(), request.count());
        Optional<Approval> approval = request.approval();
        TerminalPolicy policy = this.policy.get();
        if (check.needsApproval(policy) && approval.isEmpty()) {
            throw new Refused(new ApprovalRequiredException(openingDifference(check)
                    + ": a head cashier must approve the opening", ApprovalAction.OPENING_DIFFERENCE,
                    check.carriedDifference().isZero() ? check.typedDifference() : check.carriedDifference(),
                    policy.allowedOpeningDifference(), check.base()));
        }
        if (approval.isPresent()) {
            SqlApprovals.use(connection, approval.get(), ApprovalAction.OPENING_DIFFERENCE, Optional.of(check.base()),
                    cashier, policy.selfApproval(), now);
        }
        long sessionId;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sessions (terminal_id, state, "
                + "opened_at, opened_by, opening_cash, opening_currency, opening_note, opening_last_closing, "
                + "opening_difference, opening_approved_by, opening_approval_reason, opening_approval_token) "
                + "VALUES (?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, terminalId);
            insert.setLong(2, now.toEpochMilli());
            insert.setLong(3, cashier.id());
            insert.setLong(4, request.openingCash().minorUnits());
            insert.setString(5, request.openingCash().currency().getCurrencyCode());
            insert.setString(6, request.note());
            if (lastClosing.isPresent()) {
                insert.setLong(7, lastClosing.get().minorUnits());
                insert.setLong(8, check.carriedDifference().minorUnits());
            } else {
                insert.setNull(7, Types.INTEGER);
                insert.setNull(8, Types.INTEGER);
            }
            Rows.setApproval(insert, 9, approval);
            insert.executeUpdate();
            sessionId = Rows.lastId(connection);
        }
        if (request.count().isPresent()) {
            CashCountRows.insert(connection, new CashCountRows.NewCount(sessionId, CashCountRows.OPENING, 1,
                    request.count().get(), cashier.id(), now, Optional.empty(), Optional.empty()));
        }
        database.audit(connection, now, "session.opened", "Session " + sessionId + " on " + terminalId
                + " opened by " + cashier.name() + " with " + request.openingCash()
                + request.count().map(count -> " (counted " + count.total() + ")").orElse(" (not counted)")
                + approval.map(a -> "; " + openingDifference(check) + ", approved by " + a.approver().name() + ": "
                        + a.reason()).orElse(""), cashier.id());
        return new Session(sessionId, SessionState.OPEN, now, cashier, request.openingCash(), request.count(),
                request.note(), Optional.empty(), Optional.empty(), approval);
    }

    /** "Counted 1340.00, the last closing counted 1500.00; typed 1400.00": what differs at an opening. */
    private static String openingDifference(OpeningCheck check) {
        StringBuilder text = new StringBuilder("Opening with " + check.base().toPlainString());
        check.lastClosing().ifPresent(last -> text.append(", the last closing counted ").append(last.toPlainString()));
        if (!check.typedDifference().isZero()) {
            text.append("; typed ").append(check.typed().toPlainString()).append(" beside the count");
        }
        return text.toString();
    }

    @Override
    public CashMove moveCash(CashMoveRequest request) throws NoOpenSessionException, ApprovalRequiredException {
        requireCurrency(request.amount());
        Instant now = now();
        Moved moved;
        try {
            moved = database.inTransaction(connection -> {
                Session open = openSession(connection).orElseThrow(Refused::noOpenSession);
                SessionSummary summary = SessionRows.summary(connection, open);
                TerminalPolicy policy = this.policy.get();
                Optional<TerminalPolicy.CashOutRule> broken =
                        policy.cashMoveBreaks(request.direction(), request.amount(), summary);
                if (broken.isPresent() && request.approval().isEmpty()) {
                    throw new Refused(cashOutRefused(policy, broken.get(), request.amount(), summary));
                }
                if (request.approval().isPresent()) {
                    SqlApprovals.use(connection, request.approval().get(), ApprovalAction.CASH_OUT,
                            Optional.of(request.amount()), request.cashier(), policy.selfApproval(), now);
                }
                return new Moved(open, CashMoveStore.insertMove(database, connection, open.id(), request, now));
            });
        } catch (Refused refused) {
            refused.rethrow();
            throw refused;
        }
        LOG.info("Cash {} of {} in session {} by {}", moved.move().direction(), moved.move().amount(),
                moved.session().id(), moved.move().by().name());
        AfterCommit.tell("cash move " + moved.move().id(), () -> events.cashMoved(moved.session(), moved.move()));
        return moved.move();
    }

    private static ApprovalRequiredException cashOutRefused(TerminalPolicy policy, TerminalPolicy.CashOutRule rule,
                                                            Money amount, SessionSummary summary) {
        return switch (rule) {
            case OVER_MOVE_LIMIT -> new ApprovalRequiredException("A cash out above "
                    + policy.cashOutApprovalAbove().toPlainString() + " needs a head cashier",
                    ApprovalAction.CASH_OUT, amount, policy.cashOutApprovalAbove(), amount);
            case OVER_SESSION_LIMIT -> new ApprovalRequiredException("Cash outs of this session would come to "
                    + summary.cashOut().plus(amount).toPlainString() + ", above "
                    + policy.cashOutSessionLimit().toPlainString() + ": a head cashier must approve",
                    ApprovalAction.CASH_OUT, summary.cashOut().plus(amount), policy.cashOutSessionLimit(), amount);
            case BELOW_ZERO -> new ApprovalRequiredException("The drawer should hold "
                    + summary.expectedCash().toPlainString() + ": a cash out of " + amount.toPlainString()
                    + " takes it below zero and needs a head cashier", ApprovalAction.CASH_OUT, amount,
                    summary.expectedCash(), amount);
        };
    }

    @Override
    public List<CashMove> cashMoves(long sessionId) {
        return database.read(connection -> CashMoveStore.moves(connection, sessionId));
    }

    @Override
    public SessionSummary summary(long sessionId) {
        return database.read(connection -> SessionRows.summary(connection, rows.session(connection, sessionId)
                .orElseThrow(() -> new IllegalArgumentException("There is no session " + sessionId))));
    }

    @Override
    public ClosingCount recordClosingCount(ClosingCountRequest request) throws NoOpenSessionException,
            ApprovalRequiredException {
        requireCurrency(request.count().total());
        Instant now = now();
        ClosingCount count;
        try {
            count = database.inTransaction(connection -> {
                Session open = openSession(connection).orElseThrow(Refused::noOpenSession);
                return closings.recordCount(connection, open, request, now);
            });
        } catch (Refused refused) {
            refused.rethrow();
            throw refused;
        }
        LOG.info("Session {}: count {} by {}, counted {}", count.sessionId(), count.attempt(),
                count.countedBy().name(), count.counted());
        return count;
    }

    @Override
    public List<ClosingCount> closingCounts(long sessionId) {
        return database.read(connection -> CashCountRows.closingCounts(connection, sessionId));
    }

    @Override
    public Closing close(ClosingRequest request) throws NoOpenSessionException, ApprovalRequiredException {
        requireCurrency(request.count().total());
        Instant now = now();
        Closed closed;
        try {
            closed = database.inTransaction(connection -> {
                Session open = openSession(connection).orElseThrow(Refused::noOpenSession);
                Closing closing = closings.insertClosing(connection, open, request, now);
                return new Closed(rows.session(connection, open.id()).orElseThrow(), closing);
            });
        } catch (Refused refused) {
            refused.rethrow();
            throw refused;
        }
        Closing closing = closed.closing();
        LOG.info("Session {} closed by {}: counted {}, expected {}, difference {}", closed.session().id(),
                closing.closedBy().name(), closing.counted(), closing.expected(), closing.difference());
        AfterCommit.tell("the closing of session " + closed.session().id(),
                () -> events.closed(closed.session(), closing));
        return closing;
    }

    @Override
    public Optional<Closing> closing(long sessionId) {
        return database.read(connection -> ClosingStore.closing(connection, sessionId));
    }

    /** The session {@code id} of this terminal, open or closed. */
    public Optional<Session> session(long id) {
        return database.read(connection -> rows.session(connection, id));
    }

    /** The terminal's most recently closed session. */
    public Optional<Session> lastClosed() {
        return database.read(rows::lastClosed);
    }

    /** The terminal's open session, read in the caller's transaction. */
    Optional<Session> openSession(Connection connection) throws SQLException {
        return rows.open(connection);
    }

    private record Moved(Session session, CashMove move) {
    }

    private record Closed(Session session, Closing closing) {
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void requireCurrency(Money money) {
        if (!money.currency().equals(currency)) {
            throw new IllegalArgumentException("This terminal counts in " + currency + ", not " + money.currency());
        }
    }

    private static boolean isSecondOpenSession(StoreException e) {
        return e.getCause() instanceof SQLiteException sqlite
                && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                && String.valueOf(sqlite.getMessage()).contains("sessions.terminal_id");
    }
}
