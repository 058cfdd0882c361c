package app.tillpoint.kiosk.host;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * Notices when one event holds the event thread for longer than a limit (a second): a plugin doing I/O or sleeping
 * in its handler freezes the whole till. It times each event from the moment the event thread starts dispatching it,
 * through an event queue of its own pushed onto the toolkit's; the time an event waited in the queue behind others
 * is not counted, so a long queue of short events blames nobody. When one event runs past the limit, it samples the
 * event thread's stack and blames the plugin whose code is on it, once per event, through {@code onBlocked}.
 */
public final class EventThreadWatchdog implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventThreadWatchdog.class);
    private static final long POLL_MILLIS = 100;

    private final long limitNanos;
    private final Function<StackTraceElement[], Optional<String>> pluginOf;
    private final BlockedListener onBlocked;
    private volatile TimedQueue queue;
    private final Thread thread;
    private volatile boolean running = true;

    /** Told, on the watchdog's thread, which plugin held the event thread and for how long so far. */
    public interface BlockedListener {
        void blocked(String pluginId, Duration heldFor);
    }

    /**
     * @param limit    how long one event may run
     * @param pluginOf the plugin whose code is on a stack, nearest the top first
     */
    public EventThreadWatchdog(Duration limit, Function<StackTraceElement[], Optional<String>> pluginOf,
                               BlockedListener onBlocked) {
        this.limitNanos = limit.toNanos();
        this.pluginOf = pluginOf;
        this.onBlocked = onBlocked;
        this.thread = new Thread(this::watch, "tillpoint-watchdog");
        thread.setDaemon(true);
    }

    /** Starts timing the events dispatched from now on. */
    public void start() {
        EventQueue top = Toolkit.getDefaultToolkit().getSystemEventQueue();
        if (top instanceof TimedQueue timed) {
            // An earlier kiosk of this JVM (a test's) pushed it: one is enough, and every push adds a queue for
            // whoever waits on each queue in turn (a test robot) to wait on.
            queue = timed;
        } else {
            TimedQueue pushed = new TimedQueue();
            top.push(pushed);
            queue = pushed;
        }
        thread.start();
    }

    private void watch() {
        TimedQueue timed = queue;
        long reported = -1;
        while (running) {
            long event = timed.number;
            long started = timed.startedAt;
            Thread eventThread = timed.eventThread;
            long held = System.nanoTime() - started;
            if (started != 0 && held > limitNanos && event != reported && eventThread != null) {
                StackTraceElement[] stack = eventThread.getStackTrace();
                if (timed.number == event) { // still the same event: its stack is the one to blame
                    reported = event;
                    blame(stack, Duration.ofNanos(held));
                }
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void blame(StackTraceElement[] stack, Duration held) {
        Optional<String> plugin = pluginOf.apply(stack);
        if (plugin.isPresent()) {
            onBlocked.blocked(plugin.get(), held);
        } else {
            log.warn("One event has held the event thread for {} ms, in no plugin's code", held.toMillis());
        }
    }

    /**
     * Stops watching. The queue stays pushed, passing events on, for the next watchdog of this JVM: popping it would
     * strand the events that anyone who holds it (a test's robot, a window) posts to it afterwards.
     */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    /**
     * The toolkit's event queue with each dispatch stamped: when the event thread began the event it is in, and which
     * event that is. An event dispatched inside another (a secondary loop) restarts the clock, and so does the return
     * to the outer one: the thread was not stuck meanwhile.
     */
    private static final class TimedQueue extends EventQueue {
        volatile long startedAt; // 0: between events
        volatile long number;
        volatile Thread eventThread;
        // Written by the event thread alone; published through the volatile fields above.
        private long dispatches;
        private int depth;

        @Override
        protected void dispatchEvent(AWTEvent event) {
            eventThread = Thread.currentThread();
            depth++;
            number = ++dispatches;
            startedAt = System.nanoTime();
            try {
                super.dispatchEvent(event);
            } finally {
                depth--;
                number = ++dispatches;
                startedAt = depth > 0 ? System.nanoTime() : 0;
            }
        }
    }
}
