package app.tillpoint.kiosk.host;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.SwingUtilities;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Notices when the event thread is held for longer than a limit (a second): a plugin doing I/O or sleeping there
 * freezes the whole till. It pings the event thread, and when a ping is late it samples the event thread's stack and
 * blames the plugin whose code is on it, once per freeze, through {@code onBlocked}.
 */
public final class EventThreadWatchdog implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventThreadWatchdog.class);
    private static final long PING_MILLIS = 200;

    private final long limitNanos;
    private final Function<StackTraceElement[], Optional<String>> pluginOf;
    private final BlockedListener onBlocked;
    private final AtomicLong pingSentAt = new AtomicLong();
    private final Thread thread;
    private volatile Thread eventThread;
    private volatile boolean running = true;

    /** Told, on the watchdog's thread, which plugin held the event thread and for how long so far. */
    public interface BlockedListener {
        void blocked(String pluginId, Duration heldFor);
    }

    public EventThreadWatchdog(Duration limit, Function<StackTraceElement[], Optional<String>> pluginOf,
                               BlockedListener onBlocked) {
        this.limitNanos = limit.toNanos();
        this.pluginOf = pluginOf;
        this.onBlocked = onBlocked;
        this.thread = new Thread(this::watch, "tillpoint-watchdog");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    private void watch() {
        boolean reported = false;
        while (running) {
            long sent = pingSentAt.get();
            if (sent == 0) {
                pingSentAt.set(System.nanoTime());
                SwingUtilities.invokeLater(() -> {
                    eventThread = Thread.currentThread();
                    pingSentAt.set(0);
                });
                reported = false;
            } else if (!reported && System.nanoTime() - sent > limitNanos && eventThread != null) {
                Duration held = Duration.ofNanos(System.nanoTime() - sent);
                Optional<String> plugin = pluginOf.apply(eventThread.getStackTrace());
                if (plugin.isPresent()) {
                    onBlocked.blocked(plugin.get(), held);
                } else {
                    log.warn("The event thread has been busy for {} ms", held.toMillis());
                }
                reported = true;
            }
            try {
                Thread.sleep(PING_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
