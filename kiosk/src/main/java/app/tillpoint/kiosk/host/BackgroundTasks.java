package app.tillpoint.kiosk.host;

import app.tillpoint.api.Refusal;
import app.tillpoint.api.flow.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.SwingUtilities;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One background thread for database and device work, in the order given; results come back on the event thread.
 * One thread is enough for a till and keeps every money-changing action in order.
 */
public final class BackgroundTasks implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BackgroundTasks.class);
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tillpoint-background");
        thread.setDaemon(true);
        return thread;
    });

    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                SwingUtilities.invokeLater(() -> onSuccess.accept(result));
            } catch (Exception e) {
                Optional<Refusal> refusal = Failures.find(e, Refusal.class);
                if (refusal.isPresent()) {
                    // An expected answer (a head cashier must approve, no session is open), not a failure.
                    log.info("Refused: {}", refusal.get().getMessage());
                } else {
                    log.warn("Background task failed", e);
                }
                SwingUtilities.invokeLater(() -> onFailure.accept(e));
            }
        });
    }

    /** Runs {@code work} in the background with no answer for the event thread; failures are logged. */
    public void run(Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("Background task failed", e);
            }
        });
    }

    /** Lets queued work finish (a sale being stored), for at most a few seconds. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                log.warn("Background work still running at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
