package app.tillpoint.kiosk.host;

import app.tillpoint.api.SessionEvent;
import app.tillpoint.api.SessionListener;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.RefundRequest;
import app.tillpoint.api.session.Session;
import app.tillpoint.kiosk.store.SqlEvents;
import app.tillpoint.kiosk.store.TestTill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import static app.tillpoint.kiosk.store.TestTill.count;
import static org.assertj.core.api.Assertions.assertThat;

/** The outbox's delivery walked with listeners that fail, hang, throw errors and are cut off, on a real database. */
class EventDeliveryTest {
    private static final EventDelivery.Settings QUICK = new EventDelivery.Settings(Duration.ofMillis(500),
            Duration.ofMillis(20), Duration.ofMillis(100), 5);

    @TempDir
    Path dir;

    private final List<String> audited = new CopyOnWriteArrayList<>();
    private final AtomicInteger parkedChanges = new AtomicInteger();

    private EventDelivery delivery(TestTill till, EventDelivery.Settings settings) {
        return new EventDelivery(new SqlEvents(till.database, TestTill.TERMINAL),
                (event, detail) -> audited.add(event + " " + detail), till.clock, settings,
                parkedChanges::incrementAndGet);
    }

    /**
     * A listener that keeps the ids it took, in order; {@code first} runs before (it may throw or hang, and then the
     * event counts as not taken).
     */
    private static final class Recording implements SessionListener {
        final List<String> ids = new CopyOnWriteArrayList<>();
        final List<String> calls = new CopyOnWriteArrayList<>();
        final List<SessionEvent.Kind> kinds = new CopyOnWriteArrayList<>();
        private final Consumer<SessionEvent> first;

        Recording(Consumer<SessionEvent> first) {
            this.first = first;
        }

        Recording() {
            this(event -> { });
        }

        @Override
        public void on(SessionEvent event) {
            calls.add(event.id());
            first.accept(event);
            ids.add(event.id());
            kinds.add(event.kind());
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Not within 10 s");
            }
            Thread.sleep(10);
        }
    }

    private static void sellTimes(TestTill till, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            till.sell(100, "Masala chai", 1);
        }
    }

    @Test
    void aPluginListenerHearsARefundOnceAsRefundedAndNeverAsASale() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            List<String> heard = new CopyOnWriteArrayList<>();
            SessionListener listener = new SessionListener() {
                @Override
                public void sold(Session session, Order order) {
                    heard.add("sold " + order.id());
                }

                @Override
                public void refunded(Session session, Refund refund) {
                    heard.add("refunded " + refund.id() + " of " + refund.orderId() + ": " + refund.amount());
                }
            };
            try (EventDelivery delivery = delivery(till, QUICK)) {
                delivery.start(List.of(new EventDelivery.Listener("export", "1.0.0", listener)));
                till.open(count(2));
                Order order = till.sell(100, "Masala chai", 2);
                Refund refund = till.sales.refund(new RefundRequest(till.asha, order.id(),
                        List.of(new RefundLine(1, 1)), Refund.CASH, Optional.empty()));
                delivery.wake();

                waitUntil(() -> heard.size() == 2);
                Thread.sleep(200);
                assertThat(heard).containsExactly("sold " + order.id(),
                        "refunded " + refund.id() + " of " + order.id() + ": " + refund.amount());
            }
        }
    }

    @Test
    void aListenerThatFailsThreeTimesGetsThatEventFourTimesAndEveryOtherOnceInOrder() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            AtomicInteger sales = new AtomicInteger();
            Recording recording = new Recording(event -> {
                if (event.kind() == SessionEvent.Kind.SOLD && sales.incrementAndGet() <= 3) {
                    throw new IllegalStateException("share offline");
                }
            });
            try (EventDelivery delivery = delivery(till, QUICK)) {
                delivery.start(List.of(new EventDelivery.Listener("export", "1.0.0", recording)));
                till.open(count(2));
                delivery.wake();
                sellTimes(till, 3);
                delivery.wake();

                waitUntil(() -> recording.ids.size() == 4);
            }
            List<SessionEvent> stored = new SqlEvents(till.database, TestTill.TERMINAL).after(0, 100);
            List<String> storedIds = stored.stream().map(SessionEvent::id).toList();
            String firstSale = storedIds.get(1);
            assertThat(recording.ids).containsExactlyElementsOf(storedIds);
            assertThat(recording.calls).containsExactly(storedIds.get(0), firstSale, firstSale, firstSale, firstSale,
                    storedIds.get(2), storedIds.get(3));
            assertThat(audited).filteredOn(line -> line.startsWith("listener.failed")).hasSize(3)
                    .allMatch(line -> line.contains("share offline") && line.contains(firstSale));
            assertThat(parkedChanges).hasValue(0);
        }
    }

    @Test
    void aHangingListenerTimesOutIsDeliveredAgainAndNeverHoldsUpTheTillOrAnotherListener() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            CountDownLatch released = new CountDownLatch(1);
            AtomicInteger calls = new AtomicInteger();
            Recording hanging = new Recording(event -> {
                if (calls.incrementAndGet() == 1) {
                    try {
                        // Far longer than the time-out; interrupted when the courier gives up on it.
                        released.await(120, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted", e);
                    }
                }
            });
            Recording healthy = new Recording();
            try (EventDelivery delivery = delivery(till, QUICK)) {
                delivery.start(List.of(new EventDelivery.Listener("hangs", "1.0.0", hanging),
                        new EventDelivery.Listener("healthy", "1.0.0", healthy)));
                long started = System.nanoTime();
                till.open(count(2));
                delivery.wake();
                sellTimes(till, 10);
                delivery.wake();
                long sellingMillis = (System.nanoTime() - started) / 1_000_000;

                waitUntil(() -> healthy.ids.size() == 11);
                waitUntil(() -> hanging.ids.size() == 11);
                // Ten sales on a database with synchronous=FULL: well under the 120 s the listener would hang.
                assertThat(sellingMillis).isLessThan(30_000);
            } finally {
                released.countDown();
            }
            assertThat(hanging.calls.get(0)).isEqualTo(hanging.calls.get(1));
            assertThat(hanging.ids).containsExactlyElementsOf(healthy.ids);
            assertThat(audited).anyMatch(line -> line.startsWith("listener.failed hangs/")
                    && line.contains("TimeoutException"));
        }
    }

    @Test
    void anOutOfMemoryErrorIsAFailureLikeAnyOtherAndTheEventArrivesAfterIt() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            AtomicInteger calls = new AtomicInteger();
            Recording recording = new Recording(event -> {
                if (calls.incrementAndGet() == 1) {
                    throw new OutOfMemoryError("Java heap space (thrown by the test)");
                }
            });
            try (EventDelivery delivery = delivery(till, QUICK)) {
                delivery.start(List.of(new EventDelivery.Listener("greedy", "1.0.0", recording)));
                till.open(count(2));
                sellTimes(till, 2);
                delivery.wake();

                waitUntil(() -> recording.ids.size() == 3);
            }
            assertThat(recording.kinds).containsExactly(SessionEvent.Kind.OPENED, SessionEvent.Kind.SOLD,
                    SessionEvent.Kind.SOLD);
            assertThat(audited).anyMatch(line -> line.contains("OutOfMemoryError"));
        }
    }

    @Test
    void afterTooManyFailuresDeliveryIsParkedUntilAHeadCashierRetries() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            AtomicInteger failuresLeft = new AtomicInteger(5);
            Recording recording = new Recording(event -> {
                if (failuresLeft.getAndDecrement() > 0) {
                    throw new IllegalStateException("ERP down");
                }
            });
            try (EventDelivery delivery = delivery(till, QUICK)) {
                delivery.start(List.of(new EventDelivery.Listener("erp", "1.0.0", recording)));
                till.open(count(2));
                delivery.wake();
                waitUntil(() -> !delivery.parked().isEmpty());
                sellTimes(till, 2);
                delivery.wake();
                Thread.sleep(300);

                assertThat(recording.ids).isEmpty();
                assertThat(recording.calls).hasSize(5);
                assertThat(delivery.parked()).singleElement().satisfies(parked -> {
                    assertThat(parked.pluginId()).isEqualTo("erp");
                    assertThat(parked.waiting()).isEqualTo(3);
                    assertThat(parked.lastError()).contains("ERP down");
                });
                assertThat(parkedChanges).hasValue(1);
                assertThat(audited).anyMatch(line -> line.startsWith("listener.parked erp/"));

                assertThat(delivery.retry("erp", "Meera")).isEqualTo(1);

                waitUntil(() -> recording.ids.size() == 3);
                assertThat(delivery.parked()).isEmpty();
                assertThat(audited).anyMatch(line -> line.startsWith("listener.resumed") && line.contains("Meera"));
            }
        }
    }

    @Test
    void aParkedDeliveryResumesWhenThePluginStartsInAnotherVersion() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            Recording broken = new Recording(event -> {
                throw new IllegalStateException("bug in 1.0.0");
            });
            try (EventDelivery delivery = delivery(till, QUICK)) {
                delivery.start(List.of(new EventDelivery.Listener("erp", "1.0.0", broken)));
                till.open(count(2));
                delivery.wake();
                waitUntil(() -> !delivery.parked().isEmpty());
            }
            Recording fixed = new Recording();
            try (EventDelivery sameVersion = delivery(till, QUICK)) {
                sameVersion.start(List.of(new EventDelivery.Listener("erp", "1.0.0", fixed)));
                Thread.sleep(300);
                assertThat(sameVersion.parked()).hasSize(1);
                assertThat(fixed.calls).isEmpty();
            }
            try (EventDelivery upgraded = delivery(till, QUICK)) {
                upgraded.start(List.of(new EventDelivery.Listener("erp", "1.0.1", fixed)));
                waitUntil(() -> fixed.ids.size() == 1);
                assertThat(upgraded.parked()).isEmpty();
            }
            assertThat(audited).anyMatch(line -> line.startsWith("listener.resumed") && line.contains("1.0.1"));
        }
    }

    @Test
    void anEventWhoseDeliveryWasCutOffIsDeliveredAgainAtTheNextStart() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            CountDownLatch inside = new CountDownLatch(1);
            Recording cutOff = new Recording(event -> {
                inside.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("cut off", e);
                }
            });
            EventDelivery first = delivery(till, EventDelivery.Settings.DEFAULT);
            first.start(List.of(new EventDelivery.Listener("export", "1.0.0", cutOff)));
            till.open(count(2));
            first.wake();
            assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
            // The kiosk stops (or is killed) while the listener is inside: its mark was never moved.
            first.close();

            Recording afterRestart = new Recording();
            try (EventDelivery second = delivery(till, QUICK)) {
                second.start(List.of(new EventDelivery.Listener("export", "1.0.0", afterRestart)));
                waitUntil(() -> afterRestart.ids.size() == 1);
            }
            assertThat(afterRestart.ids).containsExactlyElementsOf(cutOff.calls);
        }
    }

    @Test
    void pausesDoubleUpToTheLongest() {
        EventDelivery.Settings settings = new EventDelivery.Settings(Duration.ofSeconds(30), Duration.ofSeconds(1),
                Duration.ofMinutes(5), 10);

        assertThat(List.of(1, 2, 3, 4, 9, 10, 40)).map(settings::pauseAfter).containsExactly(Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(256),
                Duration.ofMinutes(5), Duration.ofMinutes(5));
    }
}
