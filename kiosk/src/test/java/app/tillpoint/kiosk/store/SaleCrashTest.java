package app.tillpoint.kiosk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static app.tillpoint.kiosk.store.TestTill.count;
import static org.assertj.core.api.Assertions.assertThat;

/** The process killed (SIGKILL) between a sale's start and its commit leaves none of that sale. */
class SaleCrashTest {

    @TempDir
    Path dir;

    @Test
    void aSaleKilledBeforeItsCommitLeavesNoTraceAndTheSaleBeforeItIsIntact() throws Exception {
        long sessionId;
        long committedOrder;
        try (TestTill till = TestTill.in(dir).open()) {
            sessionId = till.open(count(2)).id();
            committedOrder = till.sell(100, "Masala chai", 2).id();
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", testClassPath(), CrashingSale.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = output.readLine()) != null && !line.equals(CrashingSale.MARKER)) {
                seen.append(line).append('\n');
            }
            assertThat(line).as("the child's output:\n" + seen).isEqualTo(CrashingSale.MARKER);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (TestTill till = TestTill.in(dir).open()) {
            assertThat(till.sales.orders(sessionId)).extracting(order -> order.id()).containsExactly(committedOrder);
            assertThat(till.sales.orders(sessionId).get(0).lines()).hasSize(1);
            assertThat(till.test.rows("orders")).isEqualTo(1);
            assertThat(till.test.rows("order_lines")).isEqualTo(1);
            assertThat(till.test.rows("order_payments")).isEqualTo(1);
            assertThat(TestDatabase.queryLong(till.test.file(),
                    "SELECT count(*) FROM audit_events WHERE event = 'sale.cash'")).isEqualTo(1);
            assertThat(till.sessions.summary(sessionId).cashSales()).isEqualTo(TestTill.rupees(40));
        }
    }

    /** Surefire may start the test JVM through a manifest-only jar; its own property holds the real class path. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return String.join(File.pathSeparator, path.split(File.pathSeparator));
    }
}
