package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.LastClosing;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionAlreadyOpenException;
import app.tillpoint.api.session.SessionState;
import app.tillpoint.api.session.Sessions;
import app.tillpoint.api.session.Approval;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
    private static final String SESSION_COLUMNS = "s.id, s.state, s.opened_at, s.opening_cash, s.opening_currency, "
            + "s.opening_note, s.closed_at, s.closing_cash, s.closing_currency, "
            + "c.id, c.name, c.role, c.pin_hash IS NOT NULL";

    private final Database database;
    private final String terminalId;
    private final Currency currency;
    private final Clock clock;
    private final TerminalPolicy policy;
    private final Events events;

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
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + SESSION_COLUMNS
                    + " FROM sessions s JOIN cashiers c ON c.id = s.opened_by"
                    + " WHERE s.terminal_id = ? AND s.state <> 'CLOSED'")) {
                select.setString(1, terminalId);
                return sessions(connection, select).stream().findFirst();
            }
        });
    }

    @Override
    public Optional<LastClosing> lastClosing() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT closing_cash, closing_currency, "
                    + "closed_at FROM sessions WHERE terminal_id = ? AND state = 'CLOSED' "
                    + "AND closing_cash IS NOT NULL ORDER BY closed_at DESC, id DESC LIMIT 1")) {
                select.setString(1, terminalId);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    Money amount = Money.of(row.getLong(1), Currency.getInstance(row.getString(2)));
                    return Optional.of(new LastClosing(amount, Instant.ofEpochMilli(row.getLong(3))));
                }
            }
        });
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
            sessionId = lastId(connection);
        }
        if (request.count().isPresent()) {
            insertCount(connection, sessionId, "OPENING", request.count().get(), cashier.id(), now);
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
                checkApprover(connection, request.approval());
                return new Object[] {open, insertMove(connection, open.id(), request, now)};
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

    private CashMove insertMove(Connection connection, long sessionId, CashMoveRequest request, Instant now)
            throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cash_moves (session_id, moved_at, "
                + "cashier_id, direction, amount, currency, reason, approved_by, approval_reason) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, sessionId);
            insert.setLong(2, now.toEpochMilli());
            insert.setLong(3, request.cashier().id());
            insert.setString(4, request.direction().name());
            insert.setLong(5, request.amount().minorUnits());
            insert.setString(6, request.amount().currency().getCurrencyCode());
            insert.setString(7, request.reason().strip());
            setApproval(insert, 8, request.approval());
            insert.executeUpdate();
            id = lastId(connection);
        }
        String what = request.direction() == CashMove.Direction.IN ? "cash.in" : "cash.out";
        SqlAudit.insert(connection, now, what, "Cash " + request.direction().name().toLowerCase(java.util.Locale.ROOT)
                + " " + request.amount() + " in session " + sessionId + " by " + request.cashier().name()
                + ": " + request.reason().strip()
                + request.approval().map(a -> "; approved by " + a.approver().name() + ": " + a.reason()).orElse(""),
                request.cashier().id());
        return new CashMove(id, sessionId, now, request.cashier(), request.direction(), request.amount(),
                request.reason().strip(), request.approval());
    }

    @Override
    public List<CashMove> cashMoves(long sessionId) {
        return database.read(connection -> moves(connection, sessionId));
    }

    static List<CashMove> moves(Connection connection, long sessionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT m.id, m.moved_at, m.direction, m.amount, "
                + "m.currency, m.reason, m.approval_reason, " + cashierColumns("c") + ", " + cashierColumns("a")
                + " FROM cash_moves m JOIN cashiers c ON c.id = m.cashier_id"
                + " LEFT JOIN cashiers a ON a.id = m.approved_by WHERE m.session_id = ? ORDER BY m.moved_at, m.id")) {
            select.setLong(1, sessionId);
            List<CashMove> moves = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String approvalReason = row.getString(7);
                    Optional<Approval> approval = cashier(row, 12)
                            .map(approver -> new Approval(approver, approvalReason));
                    moves.add(new CashMove(row.getLong(1), sessionId, Instant.ofEpochMilli(row.getLong(2)),
                            cashier(row, 8).orElseThrow(), CashMove.Direction.valueOf(row.getString(3)),
                            Money.of(row.getLong(4), Currency.getInstance(row.getString(5))), row.getString(6),
                            approval));
                }
            }
            return moves;
        }
    }

    @Override
    public SessionSummary summary(long sessionId) {
        return database.read(connection -> summary(connection, session(connection, sessionId)
                .orElseThrow(() -> new IllegalArgumentException("There is no session " + sessionId))));
    }

    /** The money of {@code session}, read in the caller's transaction. */
    static SessionSummary summary(Connection connection, Session session) throws SQLException {
        Currency money = session.openingCash().currency();
        int orderCount;
        long orderTotal;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT count(*), coalesce(sum(total), 0) FROM orders WHERE session_id = ?")) {
            select.setLong(1, session.id());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                orderCount = row.getInt(1);
                orderTotal = row.getLong(2);
            }
        }
        long cashSales = sumOf(connection, "SELECT coalesce(sum(p.amount), 0) FROM payments p JOIN orders o "
                + "ON o.id = p.order_id WHERE o.session_id = ? AND p.method = 'CASH'", session.id());
        long cashIn = sumOf(connection, "SELECT coalesce(sum(amount), 0) FROM cash_moves WHERE session_id = ? "
                + "AND direction = 'IN'", session.id());
        long cashOut = sumOf(connection, "SELECT coalesce(sum(amount), 0) FROM cash_moves WHERE session_id = ? "
                + "AND direction = 'OUT'", session.id());
        Money expected = session.openingCash().plus(Money.of(cashSales, money)).plus(Money.of(cashIn, money))
                .minus(Money.of(cashOut, money));
        return new SessionSummary(session, orderCount, Money.of(orderTotal, money), Money.of(cashSales, money),
                Money.of(cashIn, money), Money.of(cashOut, money), expected);
    }

    private static long sumOf(Connection connection, String sql, long sessionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, sessionId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
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
                checkApprover(connection, request.approval());
                Closing closing = insertClosing(connection, open, request, now);
                return new Object[] {session(connection, open.id()).orElseThrow(), closing};
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

    private Closing insertClosing(Connection connection, Session open, ClosingRequest request, Instant now)
            throws SQLException {
        SessionSummary summary = summary(connection, open);
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
        insertCount(connection, open.id(), "CLOSING", request.count(), by.id(), now);
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
            setApproval(update, 8, request.approval());
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

    @Override
    public Optional<Closing> closing(long sessionId) {
        return database.read(connection -> closing(connection, sessionId));
    }

    static Optional<Closing> closing(Connection connection, long sessionId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT s.closed_at, s.closing_cash, "
                + "s.closing_currency, s.expected_cash, s.closing_difference, s.closing_note, "
                + "s.closing_approval_reason, " + cashierColumns("c") + ", " + cashierColumns("a")
                + " FROM sessions s JOIN cashiers c ON c.id = s.closed_by LEFT JOIN cashiers a"
                + " ON a.id = s.closing_approved_by WHERE s.id = ? AND s.state = 'CLOSED'")) {
            select.setLong(1, sessionId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Currency money = Currency.getInstance(row.getString(3));
                String approvalReason = row.getString(7);
                Optional<Approval> approval = cashier(row, 12).map(a -> new Approval(a, approvalReason));
                Cashier closedBy = cashier(row, 8).orElseThrow();
                Money counted = Money.of(row.getLong(2), money);
                Money expected = Money.of(row.getLong(4), money);
                Money difference = Money.of(row.getLong(5), money);
                String note = row.getString(6) == null ? "" : row.getString(6);
                Instant closedAt = Instant.ofEpochMilli(row.getLong(1));
                CashCount count = count(connection, sessionId, "CLOSING").orElseThrow(
                        () -> new SQLException("Session " + sessionId + " is closed but has no closing count"));
                return Optional.of(new Closing(sessionId, closedAt, closedBy, count, counted, expected, difference,
                        approval, note));
            }
        }
    }

    /** The session {@code id} of this terminal, open or closed. */
    public Optional<Session> session(long id) {
        return database.read(connection -> session(connection, id));
    }

    /** The terminal's most recently closed session. */
    public Optional<Session> lastClosed() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + SESSION_COLUMNS
                    + " FROM sessions s JOIN cashiers c ON c.id = s.opened_by WHERE s.terminal_id = ?"
                    + " AND s.state = 'CLOSED' ORDER BY s.closed_at DESC, s.id DESC LIMIT 1")) {
                select.setString(1, terminalId);
                return sessions(connection, select).stream().findFirst();
            }
        });
    }

    private Optional<Session> session(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + SESSION_COLUMNS
                + " FROM sessions s JOIN cashiers c ON c.id = s.opened_by WHERE s.terminal_id = ? AND s.id = ?")) {
            select.setString(1, terminalId);
            select.setLong(2, id);
            return sessions(connection, select).stream().findFirst();
        }
    }

    /** The terminal's open session, read in the caller's transaction. */
    Optional<Session> openSession(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + SESSION_COLUMNS
                + " FROM sessions s JOIN cashiers c ON c.id = s.opened_by"
                + " WHERE s.terminal_id = ? AND s.state <> 'CLOSED'")) {
            select.setString(1, terminalId);
            return sessions(connection, select).stream().findFirst();
        }
    }

    /** The approver must be a head cashier in the database now, not only in the record handed in. */
    private static void checkApprover(Connection connection, Optional<Approval> approval) throws SQLException {
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

    private static void setApproval(PreparedStatement statement, int at, Optional<Approval> approval)
            throws SQLException {
        if (approval.isPresent()) {
            statement.setLong(at, approval.get().approver().id());
            statement.setString(at + 1, approval.get().reason().strip());
        } else {
            statement.setNull(at, Types.INTEGER);
            statement.setNull(at + 1, Types.VARCHAR);
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

    /** A refusal found inside a transaction, carried out of it (which rolls it back) as an unchecked exception. */
    static final class Refused extends RuntimeException {
        final NoOpenSessionException noOpenSession;
        final ApprovalRequiredException approvalRequired;

        Refused(NoOpenSessionException noOpenSession) {
            super(noOpenSession.getMessage(), null, false, false);
            this.noOpenSession = noOpenSession;
            this.approvalRequired = null;
        }

        Refused(ApprovalRequiredException approvalRequired) {
            super(approvalRequired.getMessage(), null, false, false);
            this.noOpenSession = null;
            this.approvalRequired = approvalRequired;
        }

        static Refused noOpenSession() {
            return new Refused(new NoOpenSessionException());
        }
    }

    /** Stores a count and all its lines, zeros included, so it can be rebuilt exactly. */
    static long insertCount(Connection connection, long sessionId, String purpose, CashCount count, long cashierId,
                            Instant at) throws SQLException {
        long countId;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cash_counts "
                + "(session_id, purpose, counted_at, counted_by, currency) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, sessionId);
            insert.setString(2, purpose);
            insert.setLong(3, at.toEpochMilli());
            insert.setLong(4, cashierId);
            insert.setString(5, count.currency().getCurrencyCode());
            insert.executeUpdate();
            countId = lastId(connection);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cash_count_lines "
                + "(count_id, denomination, kind, quantity) VALUES (?, ?, ?, ?)")) {
            for (CashCount.Line line : count.lines()) {
                insert.setLong(1, countId);
                insert.setLong(2, line.denomination().minorUnits());
                insert.setString(3, line.denomination().kind().name());
                insert.setInt(4, line.quantity());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return countId;
    }

    private static boolean isSecondOpenSession(StoreException e) {
        return e.getCause() instanceof SQLiteException sqlite
                && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE
                && String.valueOf(sqlite.getMessage()).contains("sessions.terminal_id");
    }

    static long lastId(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT last_insert_rowid()");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static List<Session> sessions(Connection connection, PreparedStatement select) throws SQLException {
        List<Session> sessions = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                long id = row.getLong(1);
                Money openingCash = Money.of(row.getLong(4), Currency.getInstance(row.getString(5)));
                long closedAt = row.getLong(7);
                Optional<Instant> closed = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(closedAt));
                long closingCash = row.getLong(8);
                String closingCurrency = row.getString(9);
                Optional<Money> closing = closingCurrency == null ? Optional.empty()
                        : Optional.of(Money.of(closingCash, Currency.getInstance(closingCurrency)));
                Cashier openedBy = new Cashier(row.getLong(10), row.getString(11), Role.valueOf(row.getString(12)),
                        row.getInt(13) == 1);
                sessions.add(new Session(id, SessionState.valueOf(row.getString(2)),
                        Instant.ofEpochMilli(row.getLong(3)), openedBy, openingCash, Optional.empty(),
                        row.getString(6), closed, closing));
            }
        }
        List<Session> withCounts = new ArrayList<>();
        for (Session s : sessions) {
            withCounts.add(new Session(s.id(), s.state(), s.openedAt(), s.openedBy(), s.openingCash(),
                    count(connection, s.id(), "OPENING"), s.openingNote(), s.closedAt(), s.closingCash()));
        }
        return withCounts;
    }

    /** The session's count for {@code purpose}, rebuilt from its lines, if one was stored. */
    static Optional<CashCount> count(Connection connection, long sessionId, String purpose) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT k.currency, l.denomination, l.kind, "
                + "l.quantity FROM cash_counts k JOIN cash_count_lines l ON l.count_id = k.id "
                + "WHERE k.session_id = ? AND k.purpose = ?")) {
            select.setLong(1, sessionId);
            select.setString(2, purpose);
            List<CashCount.Line> lines = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Money value = Money.of(row.getLong(2), Currency.getInstance(row.getString(1)));
                    lines.add(new CashCount.Line(new Denomination(value, Denomination.Kind.valueOf(row.getString(3))),
                            row.getInt(4)));
                }
            }
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            CashCount count = CashCount.empty(lines.stream().map(CashCount.Line::denomination).toList());
            for (CashCount.Line line : lines) {
                count = count.with(line.denomination(), line.quantity());
            }
            return Optional.of(count);
        }
    }
}
