package app.tillpoint.kiosk.host;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The watchdog times one event from the moment the event thread takes it, not the wait in the queue before it. */
class EventThreadWatchdogTest {
    private final List<String> blamed = new CopyOnWriteArrayList<>();
    private EventThreadWatchdog watchdog;

    @BeforeEach
    void start() {
        watchdog = new EventThreadWatchdog(Duration.ofSeconds(1), EventThreadWatchdogTest::pluginOf,
                (plugin, heldFor) -> blamed.add(plugin + " " + (heldFor.toMillis() >= 1000)));
        watchdog.start();
    }

    @AfterEach
    void stop() {
        watchdog.close();
    }

    @Test
    void aPluginsHandlerThatSleepsOneAndAHalfSecondsIsNamedOnce() throws Exception {
        SwingUtilities.invokeLater(new SleepyHandler(1_500));
        SwingUtilities.invokeAndWait(() -> { });

        assertThat(blamed).containsExactly("sleepy true");
    }

    @Test
    void aLongQueueOfShortEventsBlamesNobody() throws Exception {
        // 40 events of 60 ms: the last waits 2.4 s in the queue, yet none holds the thread for more than 60 ms.
        for (int i = 0; i < 40; i++) {
            SwingUtilities.invokeLater(new ShortHandler(60));
        }
        SwingUtilities.invokeAndWait(() -> { });
        Thread.sleep(300); // one more look by the watchdog

        assertThat(blamed).isEmpty();
    }

    @Test
    void aSlowHandlerAfterAQueueOfShortOnesIsStillNamed() throws Exception {
        for (int i = 0; i < 20; i++) {
            SwingUtilities.invokeLater(new ShortHandler(60));
        }
        SwingUtilities.invokeLater(new SleepyHandler(1_500));
        SwingUtilities.invokeAndWait(() -> { });

        assertThat(blamed).containsExactly("sleepy true");
    }

    /** A plugin's code: "sleepy" or "busy" by its class on the stack. */
    private static Optional<String> pluginOf(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            if (frame.getClassName().equals(SleepyHandler.class.getName())) {
                return Optional.of("sleepy");
            }
            if (frame.getClassName().equals(ShortHandler.class.getName())) {
                return Optional.of("busy");
            }
        }
        return Optional.empty();
    }

    private record SleepyHandler(long millis) implements Runnable {
        @Override
        public void run() {
            pause(millis);
        }
    }

    private record ShortHandler(long millis) implements Runnable {
        @Override
        public void run() {
            pause(millis);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
