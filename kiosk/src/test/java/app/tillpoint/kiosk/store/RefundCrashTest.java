package app.tillpoint.kiosk.store;

import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.RefundRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process killed (SIGKILL) between a refund's start and its commit leaves none of that refund, nor its outbox
 * event: the two are stored together or not at all.
 */
class RefundCrashTest {

    @TempDir
    Path dir;

    @Test
    void aRefundKilledBeforeItsCommitLeavesNoTraceAndTheLineCanStillBeRefunded() throws Exception {
        long sessionId;
        Order order;
        try (TestTill till = TestTill.in(dir).open()) {
            sessionId = till.open(count(2)).id();
            order = till.sell(100, "Masala chai", 2);
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", testClassPath(), CrashingRefund.class.getName(), dir.toString(), Long.toString(order.id()))
                .redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = output.readLine()) != null && !line.equals(CrashingRefund.MARKER)) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the child's output:\n" + seen).isEqualTo(CrashingRefund.MARKER);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (TestTill till = TestTill.in(dir).open()) {
            assertThat(till.test.rows("refunds")).isZero();
            assertThat(till.test.rows("refund_lines")).isZero();
            assertThat(TestDatabase.queryLong(till.test.file(),
                    "SELECT count(*) FROM audit_events WHERE event = 'refund'")).isZero();
            assertThat(till.sessions.summary(sessionId).expectedCash()).isEqualTo(rupees(1040));
            assertThat(till.sales.refundable(order.id()).orElseThrow().left(1)).isEqualTo(2);
            // Nor its event (V17): the outbox holds the opening and the sale only.
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT count(*) FROM events WHERE kind = 'REFUND'"))
                    .isZero();
            assertThat(till.test.rows("events")).isEqualTo(2);

            // Given again after the restart, the refund is stored with its one event.
            Refund refund = till.sales.refund(new RefundRequest(till.asha, order.id(),
                    List.of(new RefundLine(1, 1)), Refund.CASH, Optional.empty()));
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT refund_id FROM events WHERE kind = 'REFUND'"))
                    .isEqualTo(refund.id());
        }
    }

    /** Surefire may start the test JVM through a manifest-only jar; its own property holds the real class path. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return String.join(File.pathSeparator, path.split(File.pathSeparator));
    }
}
