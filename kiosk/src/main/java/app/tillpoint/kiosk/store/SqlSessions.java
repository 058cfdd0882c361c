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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    private final Consumer<Session> afterOpen;

    /**
     * @param terminalId which terminal's sessions these are (one database may one day hold several)
     * @param currency   the terminal's currency; an opening in another one is refused
     * @param clock      the time of openings
     * @param afterOpen  told of every session opened, after the commit, on the calling thread (the kiosk passes it
     *                   on to the {@link app.tillpoint.api.SessionListener}s); its exceptions are logged, not thrown
     */
    public SqlSessions(Database database, String terminalId, Currency currency, Clock clock,
                       Consumer<Session> afterOpen) {
        this.database = Objects.requireNonNull(database, "database");
        this.terminalId = Objects.requireNonNull(terminalId, "terminalId");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.afterOpen = Objects.requireNonNull(afterOpen, "afterOpen");
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
            afterOpen.accept(session);
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

    private static long lastId(Connection connection) throws SQLException {
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
