package app.tillpoint.kiosk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SqlAuditTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-11-26T09:00:00Z");

    @Test
    void writesEveryEventInTheOrderRecordedAndFlushesOnClose() throws Exception {
        TestDatabase test = TestDatabase.in(dir);
        try (Database database = test.open()) {
            SqlAudit audit = new SqlAudit(database, clock);
            for (int i = 0; i < 500; i++) {
                audit.record("test.event", "number " + i);
            }
            audit.close();

            assertThat(TestDatabase.queryLong(test.file(), "SELECT count(*) FROM audit_events")).isEqualTo(500);
            List<String> details = new SqlAudit(database, clock).recent(500).stream().map(AuditEvent::detail).toList();
            assertThat(details).containsExactlyElementsOf(
                    IntStream.iterate(499, i -> i >= 0, i -> i - 1).mapToObj(i -> "number " + i).toList());
        }
    }

    @Test
    void recordNeverWaitsForTheDatabase() throws Exception {
        try (Database database = TestDatabase.in(dir).open(); SqlAudit audit = new SqlAudit(database, clock)) {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread busy = new Thread(() -> database.inTransaction(connection -> {
                holding.countDown();
                await(release);
                return null;
            }));
            busy.start();
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();

            long start = System.nanoTime();
            audit.record("drawer.kick", "while the database is busy");
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(500);

            release.countDown();
            busy.join();
            assertThat(audit.recent(1)).singleElement().satisfies(event -> {
                assertThat(event.event()).isEqualTo("drawer.kick");
                assertThat(event.at()).isEqualTo(clock.instant());
                assertThat(event.cashierId()).isEmpty();
            });
        }
    }

    @Test
    void anEventForAnUnknownCashierIsStillKept() {
        try (Database database = TestDatabase.in(dir).open(); SqlAudit audit = new SqlAudit(database, clock)) {
            audit.record("before", "");
            audit.record("login.failed", "PIN for a cashier since removed", 777);
            audit.record("after", "");

            assertThat(audit.recent(10)).extracting(AuditEvent::event).containsExactly("after", "login.failed", "before");
        }
    }

    @Test
    void eventsAfterCloseDoNotThrow() {
        try (Database database = TestDatabase.in(dir).open()) {
            SqlAudit audit = new SqlAudit(database, clock);
            audit.close();
            audit.record("late", "goes to the log");
            audit.close();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
