package app.tillpoint.kiosk.office;

import app.tillpoint.api.SessionEvent;
import app.tillpoint.api.session.Closing;
import app.tillpoint.kiosk.store.OfficeMarks;
import app.tillpoint.kiosk.store.SqlEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.net.ssl.SSLException;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Sends the terminal's outbox up to the office database, on a thread of its own ({@code tillpoint-office}): the
 * events after its mark (consumer {@value #CONSUMER} in {@code event_deliveries}, starting at the first event), in
 * batches, each batch in one PostgreSQL transaction; the mark moves only after the commit. A batch that failed is sent
 * again after a pause (doubling up to the longest); one that committed but whose mark did not move is sent again and
 * inserts nothing (every row is keyed). The till never waits for it: the sender reads the outbox like any reader and
 * talks to the network outside every SQLite transaction.
 *
 * <p>With a {@link MasterDataPull}, the same thread and connection also pull the store's master data down, every
 * {@link #PULL_EVERY} while it is online (and at once when it comes back), between two batches.
 *
 * <p>Beside the events it sends the terminal's audit rows, after a mark of their own ({@link OfficeMarks}), each batch
 * in its own transaction, and asks the office every {@link #REFUSAL_CHECK} whether another machine tried this
 * terminal's id: each such try is audited here once and said on the dashboard ({@link Status#clash}).
 */
public final class OfficeSender implements AutoCloseable {
    /** The sender's name among the outbox's consumers. */
    public static final String CONSUMER = "office";
    /** How often the master data is asked for: a change in the office reaches an online terminal within this. */
    public static final Duration PULL_EVERY = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(OfficeSender.class);
    /** How often the sender asks the office for other machines' tries with this terminal's id. */
    static final Duration REFUSAL_CHECK = Duration.ofSeconds(30);

    /**
     * How the sender paces itself.
     *
     * @param batchSize    the most events in one transaction
     * @param idlePause    how often it looks at the outbox when everything was sent
     * @param firstPause   the pause after the first failure; it doubles
     * @param longestPause the longest pause between two tries
     */
    public record Settings(int batchSize, Duration idlePause, Duration firstPause, Duration longestPause) {
        /** 500 events a batch; a look every second; 1 s, 2 s, 4 s … up to a minute between failed tries. */
        public static final Settings DEFAULT = new Settings(500, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofMinutes(1));

        public Settings {
            if (batchSize < 1 || idlePause.isNegative() || firstPause.isNegative()
                    || longestPause.compareTo(firstPause) < 0) {
                throw new IllegalArgumentException("Office sender settings out of range");
            }
        }
    }

    /** The link as the dashboard will show it. */
    public enum State {
        /** Nothing sent yet since the start. */
        STARTING,
        /** Every event has arrived. */
        SYNCED,
        /** Events wait; the last try worked. */
        SENDING,
        /** The last try failed: the network, the server. */
        OFFLINE,
        /** The office refused this terminal (another machine holds its id); tried again slowly. */
        REFUSED,
        /**
         * The office's certificate was refused: signed by a CA the terminal does not trust, for another host name,
         * or no CA file to check it with ({@code sslmode=verify-full}).
         */
        CERTIFICATE,
        /** The server refused the terminal's login: its password, or a connection its rules reject (no TLS). */
        LOGIN_REFUSED
    }

    /**
     * Where the link stands.
     *
     * @param state        as above
     * @param problemSince when the tries began to fail
     * @param problem      what the last failure said
     * @param clash        when another machine last tried this terminal's id, as the office told this one
     */
    public record Status(State state, Optional<Instant> problemSince, Optional<String> problem,
                         Optional<Instant> clash) {
        /** A status without another machine's try. */
        public Status(State state, Optional<Instant> problemSince, Optional<String> problem) {
            this(state, problemSince, problem, Optional.empty());
        }
    }

    /** Test hooks around the commit: a fault made there walks the failures the sender must survive. */
    interface Hooks {
        default void beforeCommit(Connection connection) throws SQLException {
        }

        default void afterCommit() {
        }
    }

    private final SqlEvents events;
    private final OfficeMarks marks;
    private final OfficeLink link;
    private final OfficeBatch batch;
    private final Settings settings;
    private final Clock clock;
    private final Hooks hooks;
    private final Optional<MasterDataPull> pull;
    private final Object lock = new Object();
    private volatile Status status = new Status(State.STARTING, Optional.empty(), Optional.empty());
    private volatile Instant lastFailureAt;
    private volatile boolean running;
    private Thread thread;
    private Connection connection;
    /** When the office was last asked for refusals; the sender's thread (or a test) only. */
    private Instant refusalsChecked;
    /** How often it asks; a test shortens it. */
    volatile Duration refusalCheck = REFUSAL_CHECK;
    private volatile Optional<Instant> clash = Optional.empty();

    public OfficeSender(SqlEvents events, OfficeMarks marks, LongFunction<Optional<Closing>> closings, OfficeLink link,
                        Settings settings, Clock clock) {
        this(events, marks, closings, link, settings, clock, new Hooks() { }, Optional.empty());
    }

    /** A sender that also pulls the store's master data down with {@code pull}. */
    public OfficeSender(SqlEvents events, OfficeMarks marks, LongFunction<Optional<Closing>> closings, OfficeLink link,
                        Settings settings, Clock clock, MasterDataPull pull) {
        this(events, marks, closings, link, settings, clock, new Hooks() { }, Optional.of(pull));
    }

    OfficeSender(SqlEvents events, OfficeMarks marks, LongFunction<Optional<Closing>> closings, OfficeLink link,
                 Settings settings, Clock clock, Hooks hooks) {
        this(events, marks, closings, link, settings, clock, hooks, Optional.empty());
    }

    private OfficeSender(SqlEvents events, OfficeMarks marks, LongFunction<Optional<Closing>> closings,
                         OfficeLink link, Settings settings, Clock clock, Hooks hooks, Optional<MasterDataPull> pull) {
        this.pull = Objects.requireNonNull(pull, "pull");
        this.events = Objects.requireNonNull(events, "events");
        this.marks = Objects.requireNonNull(marks, "marks");
        this.link = Objects.requireNonNull(link, "link");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.hooks = Objects.requireNonNull(hooks, "hooks");
        OfficeCredentials credentials = link.credentials();
        this.batch = new OfficeBatch(credentials.store(), credentials.terminal(), closings);
    }

    /** Starts the thread; it sends until {@link #close}. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        if (!link.verifiesServer()) {
            LOG.warn("The office URL does not ask for sslmode=verify-full: the office's certificate and host name are"
                    + " not checked (see the README's \"Back office\")");
        }
        running = true;
        thread = new Thread(this::run, "tillpoint-office");
        thread.setDaemon(true);
        thread.start();
    }

    /** Where the link stands, with the last try of another machine the office told of. */
    public Status status() {
        Status now = status;
        return new Status(now.state(), now.problemSince(), now.problem(), clash);
    }

    /**
     * Where the sender stands in the outbox, for the head cashier's outbox screen: its mark and what waits, with its
     * last failure (kept by the sender, not in the outbox) while the link fails. It never parks. Blocking.
     */
    public SqlEvents.Standing standing() {
        SqlEvents.Standing read = events.standing(CONSUMER).orElseGet(() -> new SqlEvents.Standing(
                new SqlEvents.Delivery(CONSUMER, 0, 0, Optional.empty(), Optional.empty(), Optional.empty()),
                Optional.empty(), waiting(), Optional.empty()));
        Status now = status;
        if (now.state() != State.OFFLINE && now.state() != State.REFUSED) {
            return read;
        }
        SqlEvents.Delivery delivery = read.delivery();
        return new SqlEvents.Standing(new SqlEvents.Delivery(CONSUMER, delivery.delivered(), delivery.failures(),
                Optional.of(now.problem().orElse(now.state().name())), Optional.empty(), Optional.empty()),
                read.markAt(), read.waiting(), Optional.ofNullable(lastFailureAt));
    }

    /** How many events have not arrived in the office yet. */
    public long waiting() {
        return events.waiting(CONSUMER);
    }

    private void run() {
        Duration pause = settings.firstPause();
        long nextPull = System.nanoTime();
        while (running) {
            Duration next;
            try {
                int sent = sendOnce();
                if (pull.isPresent() && System.nanoTime() - nextPull >= 0) {
                    nextPull = System.nanoTime() + pullMasterData(pull.get()).toNanos();
                }
                pause = settings.firstPause();
                next = sent == 0 ? settings.idlePause() : Duration.ZERO;
            } catch (OfficeRefusedException e) {
                failed(State.REFUSED, e);
                next = settings.longestPause();
            } catch (SQLException | RuntimeException e) {
                failed(stateAfter(e), e);
                next = pause;
                pause = pause.multipliedBy(2).compareTo(settings.longestPause()) > 0 ? settings.longestPause()
                        : pause.multipliedBy(2);
            }
            if (!next.isZero()) {
                synchronized (lock) {
                    try {
                        lock.wait(Math.max(1, next.toMillis()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /**
     * Pulls the master data; returns when to pull next. Master data this terminal refuses (another store's, a damaged
     * row) is logged and asked for again after the longest pause; it never stops the facts going up.
     *
     * @throws SQLException the office or the network failed
     */
    private Duration pullMasterData(MasterDataPull masterData) throws SQLException {
        try {
            masterData.pullOnce(connection());
            return PULL_EVERY;
        } catch (IllegalArgumentException e) {
            LOG.warn("The office's master data was not applied: {}", e.getMessage());
            return settings.longestPause();
        }
    }

    /** What a failed try says on the dashboard: the certificate, the login, or offline. */
    static State stateAfter(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OfficeRefusedException) {
                return State.REFUSED;
            }
            if (cause instanceof SSLException || cause instanceof GeneralSecurityException) {
                return State.CERTIFICATE;
            }
            if (cause instanceof SQLException sql) {
                String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
                // pgjdbc's own words (no cause): the host name check, the root certificate file missing.
                if (message.contains("hostnameverifier") || message.contains("root certificate")) {
                    return State.CERTIFICATE;
                }
                if (sql.getSQLState() != null && sql.getSQLState().startsWith("28")) {
                    return State.LOGIN_REFUSED;
                }
            }
        }
        return State.OFFLINE;
    }

    private void failed(State state, Exception e) {
        Status before = status;
        lastFailureAt = clock.instant();
        boolean first = before.state() != state;
        status = new Status(state, Optional.of(before.problemSince().orElse(clock.instant())),
                Optional.ofNullable(e.getMessage()));
        dropConnection();
        if (first) {
            LOG.warn("The office link is {}: {} (tried again with pauses; logged again when it comes back)",
                    state.name().toLowerCase(Locale.ROOT), e.toString());
        } else {
            LOG.debug("The office link is still {}", state, e);
        }
    }

    /**
     * Sends one batch of events after their mark and one of audit rows after theirs, each in its own transaction, and
     * asks for other machines' tries when {@link #refusalCheck} has passed; returns how many rows were sent (0:
     * nothing waited). Called by the thread, and by tests directly.
     *
     * @throws SQLException the office or the network failed; nothing of the failed batch counts as sent
     */
    int sendOnce() throws SQLException {
        if (refusalsChecked == null) {
            clash = marks.lastRefusal();
        }
        long mark = events.deliveryFromStart(CONSUMER).delivered();
        List<SessionEvent> next = events.after(mark, settings.batchSize());
        List<OfficeMarks.AuditRow> audit = marks.auditAfter(marks.auditSent(), settings.batchSize());
        boolean ask = refusalsChecked == null || !clock.instant().isBefore(refusalsChecked.plus(refusalCheck));
        if (next.isEmpty() && audit.isEmpty() && !ask) {
            synced();
            return 0;
        }
        Connection open = connection();
        try {
            if (!next.isEmpty()) {
                batch.write(open, next);
                commit(open);
                events.delivered(CONSUMER, next.get(next.size() - 1).sequence());
            }
            if (!audit.isEmpty()) {
                batch.writeAudit(open, audit);
                commit(open);
                marks.auditSent(audit.get(audit.size() - 1).id());
            }
            if (ask) {
                tellRefusals(open);
            }
        } catch (SQLException | RuntimeException e) {
            dropConnection();
            throw e;
        }
        if (next.isEmpty() && audit.isEmpty()) {
            synced();
            return 0;
        }
        back();
        status = new Status(State.SENDING, Optional.empty(), Optional.empty());
        return next.size() + audit.size();
    }

    private void commit(Connection open) throws SQLException {
        hooks.beforeCommit(open);
        open.commit();
        hooks.afterCommit();
    }

    /**
     * Asks the office for the tries of other machines with this terminal's id since the last one told; audits each
     * new one here, once, and keeps the latest for the dashboard.
     */
    private void tellRefusals(Connection open) throws SQLException {
        record Refusal(long id, Instant at) {
        }
        List<Refusal> told = new ArrayList<>();
        try (PreparedStatement select = open.prepareStatement("SELECT id, at FROM office.my_refusals(?)")) {
            select.setLong(1, marks.refusalSeen());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    told.add(new Refusal(row.getLong("id"), row.getObject("at", OffsetDateTime.class).toInstant()));
                }
            }
        }
        open.commit();
        refusalsChecked = clock.instant();
        OfficeCredentials credentials = link.credentials();
        for (Refusal refusal : told) {
            if (marks.refused(refusal.id(), refusal.at(), "Another machine tried to use terminal "
                    + credentials.terminal() + " of store " + credentials.store() + " at " + refusal.at()
                    + "; the office refused it. No other machine may be configured with this terminal's id.",
                    clock.instant())) {
                LOG.warn("Another machine tried to use this terminal's id ({} of store {}) at {}; the office refused"
                        + " it", credentials.terminal(), credentials.store(), refusal.at());
            }
        }
        if (!told.isEmpty()) {
            clash = marks.lastRefusal();
        }
    }

    private void back() {
        if (status.state() != State.STARTING && status.state() != State.SYNCED
                && status.state() != State.SENDING) {
            LOG.info("The office link is back");
        }
    }

    private void synced() {
        if (status.state() != State.SYNCED) {
            back();
            status = new Status(State.SYNCED, Optional.empty(), Optional.empty());
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = link.open();
        }
        return connection;
    }

    private void dropConnection() {
        Connection open = connection;
        connection = null;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                LOG.debug("Closing a failed office connection failed too", e);
            }
        }
    }

    /** Stops the thread after its current batch (it waits for nothing else) and closes the connection. */
    @Override
    public void close() {
        Thread sender;
        synchronized (this) {
            running = false;
            sender = thread;
        }
        synchronized (lock) {
            lock.notifyAll();
        }
        if (sender != null) {
            try {
                sender.join(Duration.ofSeconds(OfficeLink.SOCKET_TIMEOUT).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        dropConnection();
    }
}
