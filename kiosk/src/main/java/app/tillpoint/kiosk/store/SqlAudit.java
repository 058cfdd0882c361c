package app.tillpoint.kiosk.store;

import app.tillpoint.api.DatabaseFaultException;
import app.tillpoint.api.flow.Failures;
import app.tillpoint.api.terminal.Audit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The audit in the {@code audit_events} table. {@link #record} only queues the event and returns; one background
 * thread writes the rows, in order, a batch per transaction. {@link #close} writes what is queued and stops.
 *
 * <p>While the database is faulted (another program holds it, it is read-only, its disk full or gone: a
 * {@link DatabaseFaultException}) the events are held, in order, and written once it takes them again, tried every
 * {@link #RETRY_AFTER}; the writer never waits for another program's lock, so a cashier's sale is not kept behind it.
 * What is still held at {@link #close} goes to the log.
 */
public final class SqlAudit implements Audit, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqlAudit.class);
    private static final long FLUSH_TIMEOUT_SECONDS = 30;
    static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    /** Held back beyond this many, the oldest go to the log: a till's events over hours of a full disk. */
    private static final int MAX_HELD = 100_000;

    private final Database database;
    private final Clock clock;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;
    /** The writer holds events back for a fault of the database; the writer's thread only. */
    private boolean holding;

    private record Pending(Instant at, String event, String detail, Long cashierId) {
    }

    /** A marker: the writer counts it down once everything queued before it is written. */
    private record Flush(CountDownLatch done) {
    }

    private static final Object STOP = new Object();

    public SqlAudit(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.writer = new Thread(this::writeLoop, "tillpoint-audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void record(String event, String detail) {
        enqueue(event, detail, null);
    }

    /** Records an event that concerns one cashier. Never blocks. */
    public void record(String event, String detail, long cashierId) {
        enqueue(event, detail, cashierId);
    }

    private void enqueue(String event, String detail, Long cashierId) {
        Pending pending = new Pending(clock.instant(), Objects.requireNonNull(event, "event"),
                detail == null ? "" : detail, cashierId);
        synchronized (this) {
            if (!closed) {
                queue.add(pending);
                return;
            }
        }
        // The store is shutting down: the log keeps what the table no longer can.
        LOG.warn("Audit closed; not stored: {} {} {}", pending.at(), event, pending.detail());
    }

    /**
     * Waits until every event recorded so far is written, or held back by a fault of the database (at most 30 s).
     */
    public void flush() {
        if (Thread.currentThread() == writer || !writer.isAlive()) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        queue.add(new Flush(done));
        try {
            if (!done.await(FLUSH_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("The audit writer did not catch up within {} s", FLUSH_TIMEOUT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The most recent {@code limit} events, newest first, after writing what is queued. */
    public List<AuditEvent> recent(int limit) {
        flush();
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, at, event, detail, cashier_id FROM audit_events ORDER BY id DESC LIMIT ?")) {
                select.setInt(1, limit);
                try (ResultSet rows = select.executeQuery()) {
                    List<AuditEvent> events = new ArrayList<>();
                    while (rows.next()) {
                        long cashier = rows.getLong("cashier_id");
                        OptionalLong cashierId = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(cashier);
                        events.add(new AuditEvent(rows.getLong("id"), Instant.ofEpochMilli(rows.getLong("at")),
                                rows.getString("event"), rows.getString("detail"), cashierId));
                    }
                    return events;
                }
            }
        });
    }

    private void writeLoop() {
        List<Pending> held = new ArrayList<>();
        List<Object> batch = new ArrayList<>();
        while (true) {
            try {
                Object next = held.isEmpty() ? queue.take() : queue.poll(RETRY_AFTER.toMillis(), TimeUnit.MILLISECONDS);
                if (next != null) {
                    batch.add(next);
                }
            } catch (InterruptedException e) {
                LOG.warn("The audit writer was interrupted; {} events were not written", queue.size() + held.size());
                return;
            }
            queue.drainTo(batch);
            boolean stop = batch.contains(STOP);
            for (Object item : batch) {
                if (item instanceof Pending pending) {
                    held.add(pending);
                }
            }
            write(held, stop);
            for (Object item : batch) {
                if (item instanceof Flush flush) {
                    flush.done().countDown();
                }
            }
            batch.clear();
            if (stop) {
                return;
            }
        }
    }

    /**
     * Writes {@code events} in one transaction and empties the list; keeps them in it if the database is faulted,
     * unless {@code last}: then it waits for the database as any change does, and logs what it still cannot write.
     */
    private void write(List<Pending> events, boolean last) {
        if (events.isEmpty()) {
            return;
        }
        Optional<DatabaseFaultException> fault;
        try {
            Database.Work<Void> work = connection -> {
                for (Pending p : events) {
                    database.audit(connection, p.at(), p.event(), p.detail(), p.cashierId());
                }
                return null;
            };
            if (last) {
                database.inTransaction(work);
            } else {
                database.inTransactionIfFree(work);
            }
            fault = Optional.empty();
        } catch (RuntimeException e) {
            fault = Failures.find(e, DatabaseFaultException.class);
            if (fault.isEmpty()) {
                LOG.warn("Could not write {} audit events together; writing them one by one", events.size(), e);
                fault = writeEachAlone(events);
            }
        }
        if (fault.isPresent() && !last) {
            hold(events, fault.get());
            return;
        }
        fault.ifPresent(f -> events.forEach(p -> LOG.error("Audit event not stored ({}): {} {} {}", f.getMessage(),
                p.at(), p.event(), p.detail())));
        if (holding) {
            LOG.info("The audit is written again");
            holding = false;
        }
        events.clear();
    }

    /** Keeps {@code events} for the next try, the oldest going to the log beyond {@link #MAX_HELD}. */
    private void hold(List<Pending> events, DatabaseFaultException fault) {
        if (!holding) {
            LOG.warn("{}: holding {} audit events until the database takes them", fault.getMessage(), events.size());
            holding = true;
        }
        while (events.size() > MAX_HELD) {
            Pending oldest = events.remove(0);
            LOG.error("Audit event not stored ({}): {} {} {}", fault.getMessage(), oldest.at(), oldest.event(),
                    oldest.detail());
        }
    }

    /**
     * Writes each of {@code events} on its own and removes it from the list; without its cashier if that fails (an
     * unknown id); else logs it as lost. From the first fault of the database on, the rest stay in the list.
     */
    private Optional<DatabaseFaultException> writeEachAlone(List<Pending> events) {
        while (!events.isEmpty()) {
            Optional<DatabaseFaultException> fault = writeAlone(events.get(0));
            if (fault.isPresent()) {
                return fault;
            }
            events.remove(0);
        }
        return Optional.empty();
    }

    private Optional<DatabaseFaultException> writeAlone(Pending p) {
        for (Long cashierId : p.cashierId() == null ? new Long[] {null} : new Long[] {p.cashierId(), null}) {
            try {
                database.inTransactionIfFree(connection -> {
                    database.audit(connection, p.at(), p.event(), p.detail(), cashierId);
                    return null;
                });
                return Optional.empty();
            } catch (RuntimeException e) {
                Optional<DatabaseFaultException> fault = Failures.find(e, DatabaseFaultException.class);
                if (fault.isPresent()) {
                    return fault;
                }
                LOG.error("Could not write the audit event {} {} (cashier {})", p.event(), p.detail(), cashierId, e);
            }
        }
        LOG.error("Lost audit event: {} {} {}", p.at(), p.event(), p.detail());
        return Optional.empty();
    }

    /** Writes every queued event, then stops the writer. Later events go to the log only. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(STOP);
        }
        try {
            writer.join(TimeUnit.SECONDS.toMillis(FLUSH_TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            LOG.warn("The audit writer did not finish within {} s", FLUSH_TIMEOUT_SECONDS);
        }
    }
}
