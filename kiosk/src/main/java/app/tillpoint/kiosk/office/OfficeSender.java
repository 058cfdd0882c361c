package app.tillpoint.kiosk.office;

import app.tillpoint.api.SessionEvent;
import app.tillpoint.api.session.Closing;
import app.tillpoint.kiosk.store.SqlEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 */
public final class OfficeSender implements AutoCloseable {
    /** The sender's name among the outbox's consumers. */
    public static final String CONSUMER = "office";
    private static final Logger LOG = LoggerFactory.getLogger(OfficeSender.class);

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
        REFUSED
    }

    /**
     * Where the link stands.
     *
     * @param state        as above
     * @param problemSince when the tries began to fail
     * @param problem      what the last failure said
     */
    public record Status(State state, Optional<Instant> problemSince, Optional<String> problem) {
    }

    /** Test hooks around the commit: a fault made there walks the failures the sender must survive. */
    interface Hooks {
        default void beforeCommit(Connection connection) throws SQLException {
        }

        default void afterCommit() {
        }
    }

    private final SqlEvents events;
    private final OfficeLink link;
    private final OfficeBatch batch;
    private final Settings settings;
    private final Clock clock;
    private final Hooks hooks;
    private final Object lock = new Object();
    private volatile Status status = new Status(State.STARTING, Optional.empty(), Optional.empty());
    private volatile Instant lastFailureAt;
    private volatile boolean running;
    private Thread thread;
    private Connection connection;

    public OfficeSender(SqlEvents events, LongFunction<Optional<Closing>> closings, OfficeLink link, Settings settings,
                        Clock clock) {
        this(events, closings, link, settings, clock, new Hooks() { });
    }

    OfficeSender(SqlEvents events, LongFunction<Optional<Closing>> closings, OfficeLink link, Settings settings, Clock clock,
                 Hooks hooks) {
        this.events = Objects.requireNonNull(events, "events");
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
        running = true;
        thread = new Thread(this::run, "tillpoint-office");
        thread.setDaemon(true);
        thread.start();
    }

    public Status status() {
        return status;
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
        while (running) {
            Duration next;
            try {
                int sent = sendOnce();
                pause = settings.firstPause();
                next = sent == 0 ? settings.idlePause() : Duration.ZERO;
            } catch (OfficeRefusedException e) {
                failed(State.REFUSED, e);
                next = settings.longestPause();
            } catch (SQLException | RuntimeException e) {
                failed(State.OFFLINE, e);
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
     * Sends one batch, the events after the mark; returns how many (0: nothing waited). Called by the thread, and by
     * tests directly.
     *
     * @throws SQLException the office or the network failed; nothing of the batch counts as sent
     */
    int sendOnce() throws SQLException {
        long mark = events.deliveryFromStart(CONSUMER).delivered();
        List<SessionEvent> next = events.after(mark, settings.batchSize());
        if (next.isEmpty()) {
            synced();
            return 0;
        }
        Connection open = connection();
        try {
            batch.write(open, next);
            hooks.beforeCommit(open);
            open.commit();
        } catch (SQLException | RuntimeException e) {
            dropConnection();
            throw e;
        }
        hooks.afterCommit();
        events.delivered(CONSUMER, next.get(next.size() - 1).sequence());
        if (status.state() == State.OFFLINE || status.state() == State.REFUSED) {
            LOG.info("The office link is back");
        }
        status = new Status(State.SENDING, Optional.empty(), Optional.empty());
        return next.size();
    }

    private void synced() {
        if (status.state() != State.SYNCED) {
            if (status.state() == State.OFFLINE || status.state() == State.REFUSED) {
                LOG.info("The office link is back");
            }
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
