package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.LastClosing;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionAlreadyOpenException;
import app.tillpoint.api.session.SessionState;
import app.tillpoint.api.session.Sessions;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.terminal.TerminalPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The sessions of one terminal in the database. Opening stores the session, its count and lines, its note and an
 * audit row in one transaction; the database's unique index, not this class, makes a second open session impossible.
 * Blocking: never on the event thread.
 */
public final class SqlSessions implements Sessions {

    private static final Logger LOG = LoggerFactory.getLogger(SqlSessions.class);

    private final Database database;
    private final String terminalId;
    private final Currency currency;
    private final Clock clock;
    private final TerminalPolicy policy;
    private final Events events;
    private final SessionRows rows;
    private final ClosingStore closings;

    /**
     * What the kiosk is told after a change to a session is committed, on the calling thread (the kiosk passes it on
     * to the {@link app.tillpoint.api.SessionListener}s). Exceptions are logged, never thrown: the change stands.
     */
    public interface Events {
        default void opened(Session session) {
        }

        default void cashMoved(Session session, CashMove move) {
        }

        default void closed(Session session, Closing closing) {
        }
    }

    /**
     * @param terminalId which terminal's sessions these are (one database may one day hold several)
     * @param currency   the terminal's currency; an opening in another one is refused
     * @param clock      the time of openings
     * @param afterOpen  told of every session opened, after the commit, on the calling thread (the kiosk passes it
     *                   on to the {@link app.tillpoint.api.SessionListener}s); its exceptions are logged, not thrown
     */
    public SqlSessions(Database database, String terminalId, Currency currency, Clock clock,
                       Consumer<Session> afterOpen) {
        this(database, terminalId, currency, defaultPolicy(currency), clock, openedOnly(afterOpen));
    }

    /**
     * @param terminalId which terminal's sessions these are
     * @param currency   the terminal's currency; money in another one is refused
     * @param policy     the cash-out limit and the allowed closing difference
     * @param clock      the time of openings, cash moves and closings
     * @param events     told of every change after its commit
     */
    public SqlSessions(Database database, String terminalId, Currency currency, TerminalPolicy policy, Clock clock,
                       Events events) {
        this.database = Objects.requireNonNull(database, "database");
        this.terminalId = Objects.requireNonNull(terminalId, "terminalId");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        if (!policy.allowedClosingDifference().currency().equals(currency)
                || !policy.cashOutApprovalAbove().currency().equals(currency)) {
            throw new IllegalArgumentException("The policy's amounts are not in " + currency);
        }
        this.rows = new SessionRows(terminalId);
        this.closings = new ClosingStore(terminalId, policy);
    }

    private static Events openedOnly(Consumer<Session> afterOpen) {
        Objects.requireNonNull(afterOpen, "afterOpen");
        return new Events() {
            @Override
            public void opened(Session session) {
                afterOpen.accept(session);
            }
        };
    }

    /** No closing difference allowed, a head cashier for a cash out above 5000 major units. */
    private static TerminalPolicy defaultPolicy(Currency currency) {
        return new TerminalPolicy(Money.zero(currency), false, Money.ofMajor(5000, currency), List.of("Other"),
                List.of("Other"));
    }

    /** The terminal's id, by which its sessions are stored. */
    public String terminalId() {
        return terminalId;
    }

    /** As above, with the system clock. */
    public SqlSessions(Database database, String terminalId, Currency currency, Consumer<Session> afterOpen) {
        this(database, terminalId, currency, Clock.systemUTC(), afterOpen);
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
    public Session open(OpeningRequest request) throws SessionAlreadyOpenException {
        if (!request.openingCash().currency().equals(currency)) {
            throw new IllegalArgumentException("This terminal counts in " + currency + ", not "
                    + request.openingCash().currency());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Session session;
        try {
            session = database.inTransaction(connection -> insertOpening(connection, request, now));
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
        try {
            events.opened(session);
        } catch (RuntimeException e) {
            // The session is committed; a failing listener must not make the cashier believe otherwise.
            LOG.error("Telling others that session {} opened failed", session.id(), e);
        }
        return session;
    }

    private Session insertOpening(Connection connection, OpeningRequest request, Instant now) throws SQLException {
        Cashier cashier = request.cashier();
        long sessionId;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sessions (terminal_id, state, "
                + "opened_at, opened_by, opening_cash, opening_currency, opening_note) VALUES (?, 'OPEN', ?, ?, ?, ?, ?)")) {
            insert.setString(1, terminalId);
            insert.setLong(2, now.toEpochMilli());
            insert.setLong(3, cashier.id());
            insert.setLong(4, request.openingCash().minorUnits());
            insert.setString(5, request.openingCash().currency().getCurrencyCode());
            insert.setString(6, request.note());
            insert.executeUpdate();
            sessionId = Rows.lastId(connection);
        }
        if (request.count().isPresent()) {
            CashCountRows.insertCount(connection, sessionId, "OPENING", request.count().get(), cashier.id(), now);
        }
        SqlAudit.insert(connection, now, "session.opened", "Session " + sessionId + " on " + terminalId
                + " opened by " + cashier.name() + " with " + request.openingCash()
                + request.count().map(count -> " (counted " + count.total() + ")").orElse(" (not counted)"),
                cashier.id());
        return new Session(sessionId, SessionState.OPEN, now, cashier, request.openingCash(), request.count(),
                request.note(), Optional.empty(), Optional.empty());
    }

    @Override
    public CashMove moveCash(CashMoveRequest request) throws NoOpenSessionException, ApprovalRequiredException {
        Money amount = request.amount();
        if (!amount.currency().equals(currency)) {
            throw new IllegalArgumentException("This terminal counts in " + currency + ", not " + amount.currency());
        }
        Money limit = policy.cashOutApprovalAbove();
        if (request.direction() == CashMove.Direction.OUT && amount.compareTo(limit) > 0
                && request.approval().isEmpty()) {
            throw new ApprovalRequiredException("A cash out above " + limit.toPlainString() + " needs a head cashier",
                    amount, limit);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Session session;
        CashMove move;
        try {
            Object[] stored = database.inTransaction(connection -> {
                Session open = openSession(connection).orElseThrow(Refused::noOpenSession);
                Rows.checkApprover(connection, request.approval());
                return new Object[] {open, CashMoveStore.insertMove(connection, open.id(), request, now)};
            });
            session = (Session) stored[0];
            move = (CashMove) stored[1];
        } catch (Refused refused) {
            throw refused.noOpenSession;
        }
        LOG.info("Cash {} of {} in session {} by {}", move.direction(), move.amount(), session.id(),
                move.by().name());
        try {
            events.cashMoved(session, move);
        } catch (RuntimeException e) {
            // The move is committed; a failing listener must not make the cashier believe otherwise.
            LOG.error("Telling others of cash move {} failed", move.id(), e);
        }
        return move;
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
    public Closing close(ClosingRequest request) throws NoOpenSessionException, ApprovalRequiredException {
        if (!request.count().currency().equals(currency)) {
            throw new IllegalArgumentException("This terminal counts in " + currency + ", not "
                    + request.count().currency());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Object[] stored;
        try {
            stored = database.inTransaction(connection -> {
                Session open = openSession(connection).orElseThrow(Refused::noOpenSession);
                Rows.checkApprover(connection, request.approval());
                Closing closing = closings.insertClosing(connection, open, request, now);
                return new Object[] {rows.session(connection, open.id()).orElseThrow(), closing};
            });
        } catch (Refused refused) {
            if (refused.noOpenSession != null) {
                throw refused.noOpenSession;
            }
            throw refused.approvalRequired;
        }
        Session session = (Session) stored[0];
        Closing closing = (Closing) stored[1];
        LOG.info("Session {} closed by {}: counted {}, expected {}, difference {}", session.id(),
                closing.closedBy().name(), closing.counted(), closing.expected(), closing.difference());
        try {
            events.closed(session, closing);
        } catch (RuntimeException e) {
            // The closing is committed; a failing listener must not make the cashier believe otherwise.
            LOG.error("Telling others that session {} closed failed", session.id(), e);
        }
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


    private static boolean isSecondOpenSession(StoreException e) {
        return e.getCause() instanceof SQLiteException sqlite
                && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                && String.valueOf(sqlite.getMessage()).contains("sessions.terminal_id");
    }
}
