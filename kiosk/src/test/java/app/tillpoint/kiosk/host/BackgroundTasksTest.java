package app.tillpoint.kiosk.host;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.ApprovalRequiredException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/** An expected answer from the store is logged as one line, a real failure with its stack trace. */
class BackgroundTasksTest {
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger(BackgroundTasks.class.getName());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logged) {
                logged.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(handler);
    }

    private void runFailing(Exception thrown) throws Exception {
        CountDownLatch answered = new CountDownLatch(1);
        try (BackgroundTasks tasks = new BackgroundTasks()) {
            tasks.run(() -> {
                throw thrown;
            }, result -> { }, failure -> answered.countDown());
            assertThat(answered.await(10, TimeUnit.SECONDS)).isTrue();
        }
        SwingUtilities.invokeAndWait(() -> { });
    }

    @Test
    void aClosingThatNeedsApprovalIsAnAnswerNotAFailure() throws Exception {
        Money difference = Money.of(-5_000, Currency.getInstance("INR"));
        runFailing(new RuntimeException(new ApprovalRequiredException("The difference of -50.00 is more than "
                + "the allowed 0.00", ApprovalAction.CLOSING_DIFFERENCE, difference, difference, difference)));

        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.INFO);
            assertThat(record.getThrown()).isNull();
        });
    }

    @Test
    void aRealFailureIsAWarningWithItsStackTrace() throws Exception {
        runFailing(new IllegalStateException("database is locked"));

        assertThat(logged).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.WARNING);
            assertThat(record.getThrown()).hasMessage("database is locked");
        });
    }

    @Test
    void anErrorReachesOnFailureAndTheLaneGoesOn() throws Exception {
        List<Exception> failures = new CopyOnWriteArrayList<>();
        CountDownLatch next = new CountDownLatch(1);
        try (BackgroundTasks tasks = new BackgroundTasks()) {
            tasks.run(() -> {
                throw new OutOfMemoryError("Java heap space (thrown by the test)");
            }, result -> { }, failures::add);
            tasks.run(() -> "after", result -> next.countDown(), failures::add);

            assertThat(next.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(failures).singleElement().satisfies(failure -> assertThat(failure.getCause())
                .isInstanceOf(OutOfMemoryError.class));
    }

    @Test
    void aSlowPluginsLaneNeverHoldsUpTheHostsOrAnotherPluginsLane() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch sold = new CountDownLatch(2);
        try (BackgroundTasks tasks = new BackgroundTasks()) {
            tasks.lane("retailer-export", true).run(() -> release.await(120, TimeUnit.SECONDS), r -> { }, e -> { });
            tasks.run(() -> "sale", r -> sold.countDown(), e -> { });
            tasks.lane("selling", false).run(() -> "sale", r -> sold.countDown(), e -> { });

            assertThat(sold.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            release.countDown();
        }
    }

    @Test
    void aRetailersTaskTimesOutItsLaneStartsAfreshAndItsLateResultIsDropped() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<String> answers = new CopyOnWriteArrayList<>();
        CountDownLatch answered = new CountDownLatch(2);
        try (BackgroundTasks tasks = new BackgroundTasks(shown -> { }, Duration.ofMillis(300))) {
            BackgroundTasks.Lane lane = tasks.lane("retailer-export", true);
            lane.run(() -> {
                release.await(120, TimeUnit.SECONDS);
                return "late";
            }, answers::add, e -> {
                answers.add(e.getClass().getSimpleName());
                answered.countDown();
            });
            lane.run(() -> "next", r -> {
                answers.add(r);
                answered.countDown();
            }, e -> answers.add("next failed"));

            assertThat(answered.await(10, TimeUnit.SECONDS)).isTrue();
            release.countDown();
            Thread.sleep(200);
            SwingUtilities.invokeAndWait(() -> { });
        }
        assertThat(answers).containsExactlyInAnyOrder("TimeoutException", "next");
    }

    @Test
    void theTimeOutCountsFromWhenTheTaskStartsNotWhileItWaitsInTheLane() throws Exception {
        List<String> answers = new CopyOnWriteArrayList<>();
        CountDownLatch answered = new CountDownLatch(3);
        try (BackgroundTasks tasks = new BackgroundTasks(shown -> { }, Duration.ofMillis(600))) {
            BackgroundTasks.Lane lane = tasks.lane("retailer-export", true);
            for (int i = 1; i <= 3; i++) {
                String name = "task " + i;
                // Each well within the time-out; the last ends long after the time-out counted from submitting it.
                lane.run(() -> {
                    Thread.sleep(300);
                    return name;
                }, result -> {
                    answers.add(result);
                    answered.countDown();
                }, e -> {
                    answers.add(name + " " + e);
                    answered.countDown();
                });
            }

            assertThat(answered.await(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(answers).containsExactly("task 1", "task 2", "task 3");
    }

    @Test
    void aTaskRunningPastTheSlowMarkIsShownUntilItEnds() throws Exception {
        List<Boolean> shown = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        try (BackgroundTasks tasks = new BackgroundTasks(shown::add, Duration.ofSeconds(30))) {
            tasks.run(() -> {
                Thread.sleep(BackgroundTasks.SLOW.toMillis() + 500);
                return "stored";
            }, r -> done.countDown(), e -> { });
            tasks.run(() -> "quick", r -> { }, e -> { });

            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(100);
            SwingUtilities.invokeAndWait(() -> { });
        }
        assertThat(shown).containsExactly(true, false);
    }
}
