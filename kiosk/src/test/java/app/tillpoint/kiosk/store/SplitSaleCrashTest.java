package app.tillpoint.kiosk.store;

import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Sale;
import app.tillpoint.api.sale.Tender;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process dies (as at a power cut: {@link CrashPoint}, {@code Runtime.halt}) in the middle of a split card and
 * cash sale, after its payments were written and before its order, or with everything written but not committed: the
 * next start finds none of that sale, the sale before it intact, and sells again.
 */
class SplitSaleCrashTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sale.payments", "sale.beforeCommit"})
    void aSplitSaleCutOffMidwayLeavesNothingHalfStored(String point) throws Exception {
        long sessionId;
        long committedOrder;
        try (TestTill till = TestTill.in(dir).open()) {
            sessionId = till.open(count(2)).id();
            committedOrder = till.sell(100, "Masala chai", 2).id();
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + CrashPoint.PROPERTY + "=" + point, "-cp", testClassPath(), CrashingSale.class.getName(),
                dir.toString(), "split").redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isEqualTo(99);

        try (TestTill till = TestTill.in(dir).open()) {
            assertThat(till.sales.orders(sessionId)).extracting(order -> order.id()).containsExactly(committedOrder);
            assertThat(till.test.rows("orders")).isEqualTo(1);
            assertThat(till.test.rows("order_lines")).isEqualTo(1);
            assertThat(till.test.rows("order_payments")).isEqualTo(1);
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT count(*) FROM events WHERE kind = 'SALE'"))
                    .isEqualTo(1);
            assertThat(till.sessions.summary(sessionId).cashSales()).isEqualTo(rupees(40));
            assertThat(till.sessions.summary(sessionId).otherMethods()).isEmpty();

            Order again = till.sales.sell(new Sale(till.asha, Cart.empty(TestTill.INR).add(till.product("Samosa")),
                    List.of(Tender.card(TestTill.CARD, rupees(15), "A1B2C3", "4242"))));
            assertThat(till.sales.orders(sessionId)).extracting(order -> order.id())
                    .containsExactly(committedOrder, again.id());
        }
    }

    /** Surefire may start the test JVM through a manifest-only jar; its own property holds the real class path. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        String path = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        return String.join(File.pathSeparator, path.split(File.pathSeparator));
    }
}
