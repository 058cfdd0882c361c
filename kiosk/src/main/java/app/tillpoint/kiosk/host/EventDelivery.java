package app.tillpoint.kiosk.host;

import app.tillpoint.api.SessionEvent;
import app.tillpoint.api.SessionListener;
import app.tillpoint.api.terminal.Audit;
import app.tillpoint.kiosk.store.SqlEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Delivers the outbox's events to the plugins' {@link SessionListener}s: at least once, in commit order, one at a
 * time, each listener on a thread of its own ("courier"), so that a slow, hanging or failing listener never holds up
 * the till or another listener.
 *
 * <p>A courier reads the events after its listener's mark ({@link SqlEvents#delivery}), calls the listener on a
 * calling thread and waits for at most {@link Settings#timeout}; the mark moves on only after the call returned. A
 * call that throws anything or times out is logged (its stack once), audited ({@code listener.failed}), and the same
 * event is delivered again after a pause that doubles from {@link Settings#firstPause} up to
 * {@link Settings#longestPause}. A hung call is interrupted and left behind: the listener's next call comes on a new
 * thread. After {@link Settings#parkAfter} failures in a row the delivery is parked ({@code listener.parked}): it
 * waits, named on the dashboard, until {@link #retry} (a head cashier, on the Plugins screen) or until the plugin
 * starts in another version (an upgrade). A kill -9 before a mark was written delivers that event again at the next
 * start.
 */
public final class EventDelivery implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventDelivery.class);

    /** How many events a courier reads at a time. */
    private static final int BATCH = 50;
    /** How often an idle courier looks at the outbox even when nobody woke it. */
    private static final Duration IDLE_LOOK = Duration.ofSeconds(2);

    /**
     * How patient delivery is.
     *
     * @param timeout      how long one call may take before it counts as failed
     * @param firstPause   the pause after the first failure; it doubles with each further one
     * @param longestPause the longest pause
     * @param parkAfter    failures in a row after which delivery waits for a head cashier or an upgrade
     */
    public record Settings(Duration timeout, Duration firstPause, Duration longestPause, int parkAfter) {
        /** 30 s per call; 1 s, 2 s, 4 s … up to 5 minutes between tries; parked after 10 failures. */
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(30), Duration.ofSeconds(1),
                Duration.ofMinutes(5), 10);

        public Settings {
            if (timeout.isNegative() || timeout.isZero() || firstPause.isNegative() || parkAfter < 1
                    || longestPause.compareTo(firstPause) < 0) {
                throw new IllegalArgumentException("Delivery settings out of range: " + timeout + ", " + firstPause
                        + ", " + longestPause + ", " + parkAfter);
            }
        }

        /** The pause after {@code failures} failures in a row. */
        Duration pauseAfter(int failures) {
            Duration pause = firstPause;
            for (int i = 1; i < failures && pause.compareTo(longestPause) < 0; i++) {
                pause = pause.multipliedBy(2);
            }
            return pause.compareTo(longestPause) > 0 ? longestPause : pause;
        }
    }

    /**
     * A listener to deliver to.
     *
     * @param pluginId its plugin
     * @param version  its plugin's version: delivery parked in another version resumes
     * @param listener the extension itself, not the host's guard around it
     */
    public record Listener(String pluginId, String version, SessionListener listener) {
        /** The name its mark is kept under: "{@code <plugin id>/<listener class>}". */
        public String consumer() {
            return pluginId + "/" + listener.getClass().getName();
        }
    }

    /**
     * A listener whose delivery is parked, for the dashboard and the Plugins screen.
     *
     * @param pluginId  its plugin
     * @param consumer  its mark's name
     * @param waiting   events it has not taken
     * @param lastError what its last failure said
     */
    public record Parked(String pluginId, String consumer, long waiting, String lastError) {
    }

    private final SqlEvents events;
    private final Audit audit;
    private final Clock clock;
    private final Settings settings;
    private final Runnable parkedChanged;
    private final List<Courier> couriers = new ArrayList<>();
    private volatile boolean closed;

    /**
     * @param events        the outbox
     * @param audit         where failures, parking and resuming are recorded
     * @param clock         the time of failures and parking
     * @param parkedChanged told, on a courier's thread, when a delivery was parked or resumed
     */
    public EventDelivery(SqlEvents events, Audit audit, Clock clock, Settings settings, Runnable parkedChanged) {
        this.events = Objects.requireNonNull(events, "events");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.parkedChanged = Objects.requireNonNull(parkedChanged, "parkedChanged");
    }

    /**
     * Starts a courier for each listener, each from its mark (a new one from the newest event). A delivery parked
     * in another version of its plugin resumes: the plugin was upgraded. Call once, before the till can change money,
     * so that a new listener's mark is set before the first change it should hear of.
     */
    public synchronized void start(List<Listener> listeners) {
        for (Listener listener : listeners) {
            SqlEvents.Delivery delivery = events.delivery(listener.consumer());
            if (delivery.parked() && !delivery.parkedVersion().orElse("").equals(listener.version())) {
                events.resume(listener.consumer());
                audit.record("listener.resumed", listener.consumer() + ": its plugin is now version "
                        + listener.version() + ", so the events waiting for it are delivered again");
                log.info("Delivery to {} resumed: its plugin was upgraded to {}", listener.consumer(),
                        listener.version());
            }
            Courier courier = new Courier(listener);
            couriers.add(courier);
            courier.thread.start();
        }
    }

    /** Something was committed: every courier looks at the outbox now. Returns at once; any thread. */
    public void wake() {
        for (Courier courier : couriersNow()) {
            courier.wake();
        }
    }

    /** The parked deliveries, by plugin. Blocking (reads the database). */
    public List<Parked> parked() {
        List<Parked> parked = new ArrayList<>();
        for (Courier courier : couriersNow()) {
            String consumer = courier.listener.consumer();
            Optional<SqlEvents.Delivery> delivery = events.find(consumer);
            if (delivery.isPresent() && delivery.get().parked()) {
                parked.add(new Parked(courier.listener.pluginId(), consumer, events.waiting(consumer),
                        delivery.get().lastError().orElse("")));
            }
        }
        return parked;
    }

    /**
     * Where a listener stands, for the head cashier's outbox screen.
     *
     * @param pluginId its plugin, whose {@link #retry} resumes it when parked
     * @param standing its mark, the events waiting, its last failure and parking
     */
    public record Standing(String pluginId, SqlEvents.Standing standing) {
    }

    /** Where each listener stands, in the order they started. Blocking (reads the database). */
    public List<Standing> standings() {
        List<Standing> standings = new ArrayList<>();
        for (Courier courier : couriersNow()) {
            events.standing(courier.listener.consumer())
                    .ifPresent(standing -> standings.add(new Standing(courier.listener.pluginId(), standing)));
        }
        return standings;
    }

    /**
     * Delivers again to every parked listener of {@code pluginId}, from where each stopped; {@code by} names the head
     * cashier for the audit. Blocking.
     *
     * @return how many deliveries resumed
     */
    public int retry(String pluginId, String by) {
        int resumed = 0;
        for (Courier courier : couriersNow()) {
            String consumer = courier.listener.consumer();
            if (courier.listener.pluginId().equals(pluginId) && events.resume(consumer)) {
                audit.record("listener.resumed", consumer + ": delivery resumed by " + by);
                log.info("Delivery to {} resumed by {}", consumer, by);
                courier.wake();
                resumed++;
            }
        }
        if (resumed > 0) {
            parkedChanged.run();
        }
        return resumed;
    }

    /** Stops the couriers; a call in progress is interrupted and delivered again at the next start. */
    @Override
    public void close() {
        closed = true;
        for (Courier courier : couriersNow()) {
            courier.stop();
        }
    }

    private synchronized List<Courier> couriersNow() {
        return List.copyOf(couriers);
    }

    /** One listener's delivery: its thread, and the thread it calls the listener on. */
    private final class Courier {
        private final Listener listener;
        private final Thread thread;
        private final Object signal = new Object();
        private boolean woken;
        private ExecutorService caller;

        Courier(Listener listener) {
            this.listener = listener;
            this.thread = new Thread(this::deliver, "tillpoint-events-" + listener.pluginId());
            this.thread.setDaemon(true);
            this.caller = newCaller();
        }

        private ExecutorService newCaller() {
            return Executors.newSingleThreadExecutor(runnable -> {
                Thread calling = new Thread(runnable, "tillpoint-listener-" + listener.pluginId());
                calling.setDaemon(true);
                calling.setContextClassLoader(listener.listener().getClass().getClassLoader());
                return calling;
            });
        }

        void wake() {
            synchronized (signal) {
                woken = true;
                signal.notifyAll();
            }
        }

        void stop() {
            wake();
            thread.interrupt();
            caller.shutdownNow();
        }

        private void deliver() {
            String consumer = listener.consumer();
            while (!closed) {
                try {
                    SqlEvents.Delivery delivery = events.find(consumer).orElseGet(() -> events.delivery(consumer));
                    List<SessionEvent> next = delivery.parked() ? List.of() : events.after(delivery.delivered(), BATCH);
                    if (next.isEmpty()) {
                        awaitWake();
                        continue;
                    }
                    for (SessionEvent event : next) {
                        Optional<Throwable> failure = call(event);
                        if (failure.isEmpty()) {
                            events.delivered(consumer, event.sequence());
                            continue;
                        }
                        failed(event, failure.get());
                        break;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    // The database itself failed (locked, full): try again later; the events are still there.
                    if (closed) {
                        return;
                    }
                    log.warn("Delivering events to {} stopped for a moment: {}", consumer, e.getMessage());
                    try {
                        pause(settings.firstPause().plus(IDLE_LOOK));
                    } catch (InterruptedException stop) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }

        /** Calls the listener with {@code event}; empty when it returned in time, else what went wrong. */
        private Optional<Throwable> call(SessionEvent event) throws InterruptedException {
            Future<?> call = caller.submit(() -> listener.listener().on(event));
            try {
                call.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
                return Optional.empty();
            } catch (ExecutionException e) {
                return Optional.of(e.getCause() == null ? e : e.getCause());
            } catch (TimeoutException e) {
                // Leave the hung call behind, interrupted; the next call gets a thread of its own.
                call.cancel(true);
                caller.shutdownNow();
                caller = newCaller();
                return Optional.of(new TimeoutException("no answer within " + settings.timeout().toSeconds()
                        + " s"));
            }
        }

        private void failed(SessionEvent event, Throwable error) throws InterruptedException {
            String consumer = listener.consumer();
            String what = error.getClass().getSimpleName() + (error.getMessage() == null ? ""
                    : ": " + error.getMessage());
            Instant now = clock.instant();
            int failures = events.failed(consumer, what, now);
            String eventName = event.kind() + " event " + event.sequence() + " (" + event.id() + ")";
            if (failures >= settings.parkAfter()) {
                events.park(consumer, listener.version(), now);
                log.error("Delivery to {} parked after {} failures in a row on {}: {}", consumer, failures, eventName,
                        what);
                audit.record("listener.parked", consumer + ": parked after " + failures + " failures in a row on "
                        + eventName + "; last: " + what);
                parkedChanged.run();
                return;
            }
            Duration pause = settings.pauseAfter(failures);
            if (failures == 1 && !(error instanceof TimeoutException)) {
                log.warn("{} failed on {}; delivered again in {} ms", consumer, eventName, pause.toMillis(), error);
            } else {
                log.warn("{} failed on {} ({} in a row): {}; delivered again in {} ms", consumer, eventName, failures,
                        what, pause.toMillis());
            }
            audit.record("listener.failed", consumer + " on " + eventName + ": " + what + "; failure " + failures
                    + " of " + settings.parkAfter() + ", delivered again in " + pause.toMillis() + " ms");
            pause(pause);
        }

        /** Waits out {@code pause}; a wake does not cut it short, closing does. */
        private void pause(Duration pause) throws InterruptedException {
            long until = System.nanoTime() + pause.toNanos();
            synchronized (signal) {
                long left;
                while (!closed && (left = until - System.nanoTime()) > 0) {
                    TimeUnit.NANOSECONDS.timedWait(signal, left);
                }
                woken = false;
            }
        }

        /** Waits for a commit's wake, or {@link #IDLE_LOOK} at most. */
        private void awaitWake() throws InterruptedException {
            long until = System.nanoTime() + IDLE_LOOK.toNanos();
            synchronized (signal) {
                long left;
                while (!woken && !closed && (left = until - System.nanoTime()) > 0) {
                    TimeUnit.NANOSECONDS.timedWait(signal, left);
                }
                woken = false;
            }
        }
    }
}
