package app.tillpoint.kiosk.host;

import app.tillpoint.api.Refusal;
import app.tillpoint.api.flow.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.SwingUtilities;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Database and device work off the event thread, in lanes: the host's own lane ({@code tillpoint-background}) and
 * one lane per plugin ({@code tillpoint-<plugin id>}), each one thread doing its work in the order given, with the
 * result handed back on the event thread. A retailer's slow plugin therefore never queues in front of a sale, an
 * opening or a closing, and the plugins' listeners are not in any lane at all ({@link EventDelivery}).
 *
 * <p>Every task catches {@code Throwable}: an {@code Error} reaches {@code onFailure} wrapped in an
 * {@link ExecutionException}, never the lane's thread. A task still running after {@link #SLOW} is shown to the
 * cashier ("Still working…", {@code slow}) until it ends. The lanes of retailers' plugins are timed: a task that has
 * not finished after the time-out fails with a {@link TimeoutException}, its lane gets a new thread, and a late result
 * is logged and dropped. The host's and the bundled plugins' lanes are bounded by what they wait for instead (the
 * database's busy time-out, the drawer's time-out): their late result is never dropped, as it may be a stored sale.
 */
public final class BackgroundTasks implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackgroundTasks.class);

    /** How long a task runs before the cashier is told it is still working. */
    public static final Duration SLOW = Duration.ofSeconds(2);
    /** How long a task of a retailer's plugin may run. */
    public static final Duration PLUGIN_TIMEOUT = Duration.ofSeconds(30);

    private final Lane host;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tillpoint-task-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final Consumer<Boolean> slow;
    private final Duration pluginTimeout;
    private final AtomicInteger slowTasks = new AtomicInteger();
    /** The executor a lane's thread belongs to, read by a task that must leave its thread behind. */
    private static final ThreadLocal<ExecutorService> OWNER = new ThreadLocal<>();

    /** Lanes that tell nobody when they are slow, with the default time-out. */
    public BackgroundTasks() {
        this(shown -> { }, PLUGIN_TIMEOUT);
    }

    /**
     * @param slow          told on the event thread: true when a task has been running for {@link #SLOW}, false
     *                      when no slow task is left
     * @param pluginTimeout how long a task of a retailer's plugin may run
     */
    public BackgroundTasks(Consumer<Boolean> slow, Duration pluginTimeout) {
        this.slow = slow;
        this.pluginTimeout = pluginTimeout;
        this.host = new Lane("tillpoint-background", Optional.empty());
    }

    /** Runs {@code work} in the host's lane; see {@link Lane#run}. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        host.run(work, onSuccess, onFailure);
    }

    /** Runs {@code work} in the host's lane with no answer for the event thread; failures are logged. */
    public void run(Runnable work) {
        host.run(() -> {
            work.run();
            return null;
        }, done -> { }, failed -> { });
    }

    /**
     * The lane of {@code pluginId}, made on first use.
     *
     * @param timed whether its tasks fail after the time-out: true for a retailer's plugin
     */
    public Lane lane(String pluginId, boolean timed) {
        return lanes.computeIfAbsent(pluginId, id -> new Lane("tillpoint-" + id,
                timed ? Optional.of(pluginTimeout) : Optional.empty()));
    }

    /** Lets queued work finish (a sale being stored), for at most a few seconds. */
    @Override
    public void close() {
        timer.shutdownNow();
        host.executor.shutdown();
        lanes.values().forEach(lane -> lane.executor.shutdown());
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        host.awaitEnd(until);
        lanes.values().forEach(lane -> lane.awaitEnd(until));
    }

    private void slowStarted() {
        if (slowTasks.incrementAndGet() == 1) {
            SwingUtilities.invokeLater(() -> slow.accept(slowTasks.get() > 0));
        }
    }

    private void slowEnded() {
        if (slowTasks.decrementAndGet() == 0) {
            SwingUtilities.invokeLater(() -> slow.accept(slowTasks.get() > 0));
        }
    }

    /** One thread of work, in order. */
    public final class Lane {
        private static final int RUNNING = 0;
        private static final int DONE = 1;
        private static final int TIMED_OUT = 2;

        private final String name;
        private final Optional<Duration> timeout;
        private volatile ExecutorService executor;

        private Lane(String name, Optional<Duration> timeout) {
            this.name = name;
            this.timeout = timeout;
            this.executor = newExecutor();
        }

        private ExecutorService newExecutor() {
            AtomicReference<ExecutorService> self = new AtomicReference<>();
            ExecutorService created = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(() -> {
                    OWNER.set(self.get());
                    runnable.run();
                }, name);
                thread.setDaemon(true);
                return thread;
            });
            self.set(created);
            return created;
        }

        /**
         * Runs {@code work} after the lane's earlier work; {@code onSuccess} or {@code onFailure} follows on the event
         * thread, exactly once.
         */
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
            AtomicInteger state = new AtomicInteger(RUNNING);
            AtomicInteger slowShown = new AtomicInteger();
            Runnable body = () -> {
                // Both clocks start when the work starts, not while it waits in the lane behind other work.
                var slowCheck = timer.schedule(() -> {
                    if (state.get() == RUNNING && slowShown.compareAndSet(0, 1)) {
                        slowStarted();
                    }
                }, SLOW.toMillis(), TimeUnit.MILLISECONDS);
                Thread runner = Thread.currentThread();
                ExecutorService running = OWNER.get();
                var deadline = timeout.map(limit -> timer.schedule(() -> {
                    if (state.compareAndSet(RUNNING, TIMED_OUT)) {
                        log.warn("A task of {} did not finish within {} ms: it is abandoned and the lane starts"
                                + " afresh", name, limit.toMillis());
                        runner.interrupt();
                        restartAfter(running);
                        if (slowShown.compareAndSet(1, 2)) {
                            slowEnded();
                        }
                        TimeoutException timedOut = new TimeoutException("It did not finish within "
                                + limit.toSeconds() + " s");
                        SwingUtilities.invokeLater(() -> onFailure.accept(timedOut));
                    }
                }, limit.toMillis(), TimeUnit.MILLISECONDS));
                try {
                    T result = work.call();
                    if (state.compareAndSet(RUNNING, DONE)) {
                        SwingUtilities.invokeLater(() -> onSuccess.accept(result));
                    } else {
                        log.warn("A task of {} finished after its time-out; its result is dropped", name);
                    }
                } catch (Throwable e) {
                    Exception failure = e instanceof Exception exception ? exception
                            : new ExecutionException("The task failed with " + e, e);
                    if (state.compareAndSet(RUNNING, DONE)) {
                        logFailure(failure);
                        SwingUtilities.invokeLater(() -> onFailure.accept(failure));
                    }
                } finally {
                    slowCheck.cancel(false);
                    deadline.ifPresent(check -> check.cancel(false));
                    if (slowShown.compareAndSet(1, 2)) {
                        slowEnded();
                    }
                }
            };
            synchronized (this) {
                executor.execute(body);
            }
        }

        /** Leaves {@code hung}'s thread behind; the work queued behind it runs on a new thread, in its order. */
        private synchronized void restartAfter(ExecutorService hung) {
            if (executor != hung) {
                return;
            }
            executor = newExecutor();
            for (Runnable queued : hung.shutdownNow()) {
                executor.execute(queued);
            }
        }

        private void logFailure(Exception e) {
            Optional<Refusal> refusal = Failures.find(e, Refusal.class);
            if (refusal.isPresent()) {
                // An expected answer (a head cashier must approve, no session is open), not a failure.
                log.info("Refused: {}", refusal.get().getMessage());
            } else {
                log.warn("A task of {} failed", name, e);
            }
        }

        private void awaitEnd(long untilNanos) {
            try {
                if (!executor.awaitTermination(Math.max(0, untilNanos - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    log.warn("Work of {} still running at shutdown", name);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
