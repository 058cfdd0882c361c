package app.tillpoint.kiosk.store;

import app.tillpoint.api.terminal.Audit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The audit in the {@code audit_events} table. {@link #record} only queues the event and returns; one background
 * thread writes the rows, in order, a batch per transaction. {@link #close} writes what is queued and stops.
 */
public final class SqlAudit implements Audit, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqlAudit.class);
    private static final long FLUSH_TIMEOUT_SECONDS = 30;

    private final Database database;
    private final Clock clock;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean closed;

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

    /** Waits until every event recorded so far is written (at most 30 s). */
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
        List<Object> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                LOG.warn("The audit writer was interrupted; {} events were not written", queue.size());
                return;
            }
            queue.drainTo(batch);
            boolean stop = write(batch);
            batch.clear();
            if (stop) {
                return;
            }
        }
    }

    /** Writes the events of {@code batch} in one transaction and releases its flush markers; true at STOP. */
    private boolean write(List<Object> batch) {
        List<Pending> events = batch.stream().filter(Pending.class::isInstance).map(Pending.class::cast).toList();
        if (!events.isEmpty()) {
            try {
                database.inTransaction(connection -> {
                    for (Pending p : events) {
                        database.audit(connection, p.at(), p.event(), p.detail(), p.cashierId());
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.warn("Could not write {} audit events together; writing them one by one", events.size(), e);
                events.forEach(this::writeAlone);
            }
        }
        boolean stop = false;
        for (Object item : batch) {
            if (item instanceof Flush flush) {
                flush.done().countDown();
            } else if (item == STOP) {
                stop = true;
            }
        }
        return stop;
    }

    /** Writes one event on its own; without its cashier if that fails (an unknown id); else logs it as lost. */
    private void writeAlone(Pending p) {
        for (Long cashierId : p.cashierId() == null ? new Long[] {null} : new Long[] {p.cashierId(), null}) {
            try {
                database.inTransaction(connection -> {
                    database.audit(connection, p.at(), p.event(), p.detail(), cashierId);
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                LOG.error("Could not write the audit event {} {} (cashier {})", p.event(), p.detail(), cashierId, e);
            }
        }
        LOG.error("Lost audit event: {} {} {}", p.at(), p.event(), p.detail());
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
