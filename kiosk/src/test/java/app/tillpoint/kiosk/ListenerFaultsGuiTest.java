package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.ui.Names;
import app.tillpoint.kiosk.host.TestPlugin;
import app.tillpoint.kiosk.testkit.TestKiosk;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.PAY_CONFIRM;
import static app.tillpoint.api.ui.Names.PAY_QUICK_PREFIX;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's freeze and issue 13's delivery, walked through the real kiosk: a retailer's listener that sleeps 120 s
 * on every event and another that throws {@code OutOfMemoryError} while the cashier sells ten times. The till sells
 * on, the plugins and their other extensions stay, the failures are parked and named, and a head cashier's Retry
 * on the Plugins screen delivers again.
 */
@GuiTest
class ListenerFaultsGuiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path build;

    private static final String LISTENER = """
            import app.tillpoint.api.*;
            import java.nio.file.*;
            @org.pf4j.Extension
            public class %s implements SessionListener {
                private final KioskContext context;
                public %s(KioskContext context) { this.context = context; }
                @Override
                public void on(SessionEvent event) {
                    try {
                        Files.writeString(context.pluginData().resolve("heard.txt"), event.id() + "\\n",
                                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    %s
                }
            }
            """;

    @Test
    void aHangingAndAnOutOfMemoryListenerNeverStopTheTillAndAreParkedNamedAndRetried() throws Exception {
        Path plugins = Files.createDirectories(dataDir.resolve("plugins"));
        TestPlugin.builder("slow-export")
                .source("SlowListener", LISTENER.formatted("SlowListener", "SlowListener",
                        "try { Thread.sleep(120_000); } catch (InterruptedException e) {"
                                + " throw new IllegalStateException(\"given up on\", e); }"))
                .dashboardAction("SlowAction", "slowExport", "Export").build(plugins);
        TestPlugin.builder("greedy")
                .source("GreedyListener", LISTENER.formatted("GreedyListener", "GreedyListener",
                        "throw new OutOfMemoryError(\"Java heap space (thrown by the test)\");"))
                .dashboardAction("GreedyAction", "greedy", "Greedy").build(plugins);
        // A first start writes the demo terminal.json; the test makes delivery impatient for its walk.
        try (TestKiosk first = TestKiosk.start(dataDir)) {
            first.waitFor(DASHBOARD_NEW_SESSION);
        }
        Path config = dataDir.resolve("terminal.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode terminal = (ObjectNode) json.readTree(config.toFile());
        terminal.putObject("delivery").put("timeoutSeconds", 2).put("firstPauseMillis", 100)
                .put("longestPauseSeconds", 1).put("parkAfter", 3);
        json.writeValue(config.toFile(), terminal);

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            Walks.openCountingFiveHundred(kiosk);
            long chai = kiosk.count("SELECT id FROM products WHERE name = 'Masala chai' AND active = 1");
            long started = System.nanoTime();
            for (int sale = 1; sale <= 10; sale++) {
                kiosk.tap(product(chai));
                kiosk.waitForText(CART_TOTAL, "₹20.00");
                kiosk.tap(PAY_CASH);
                kiosk.tap(PAY_QUICK_PREFIX + 2000);
                kiosk.tap(PAY_CONFIRM);
                kiosk.waitForText(CART_TOTAL, "₹0.00");
            }
            long sellingSeconds = (System.nanoTime() - started) / 1_000_000_000;
            assertThat(kiosk.count("SELECT count(*) FROM orders")).isEqualTo(10);
            // One hung listener call alone would be 120 s: the ten sales never waited for one.
            assertThat(sellingSeconds).isLessThan(100);

            kiosk.awaitCount(2, "SELECT count(*) FROM event_deliveries WHERE parked_at IS NOT NULL");
            kiosk.tap(REGISTER_MENU);
            kiosk.tap(Names.MENU_BACKEND);
            String notices = kiosk.waitUntil(Names.DASHBOARD_NOTICES,
                    text -> text.contains("greedy") && text.contains("slow-export"));
            assertThat(notices).contains("OutOfMemoryError").contains("TimeoutException");
            // Neither plugin was disabled: their dashboard actions are there, and they are still started.
            assertThat(kiosk.showing(Names.DASHBOARD_ACTION_PREFIX + "slowExport")).isTrue();
            assertThat(kiosk.showing(Names.DASHBOARD_ACTION_PREFIX + "greedy")).isTrue();
            assertThat(kiosk.kiosk().plugins().startedPlugins()).contains("slow-export 1.0.0", "greedy 1.0.0");
            // The hanging listener heard the opening three times (each try timed out), nothing after it.
            List<String> heard = Files.readAllLines(TestKiosk.pluginData(dataDir, "slow-export").resolve("heard.txt"));
            assertThat(heard).hasSize(3).containsOnly(heard.get(0));
            kiosk.awaitCount(2, "SELECT count(*) FROM audit_events WHERE event = 'listener.failed' "
                    + "AND detail LIKE '%OutOfMemoryError%'");
            kiosk.awaitCount(2, "SELECT count(*) FROM audit_events WHERE event = 'listener.parked'");

            kiosk.tap(Names.DASHBOARD_PLUGINS);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("9001");
            for (char digit : "1234".toCharArray()) {
                kiosk.tap(Names.keypadDigit(digit - '0'));
            }
            kiosk.tap(Names.KEYPAD_OK);
            kiosk.tap(Names.PLUGINS_RETRY_PREFIX + "greedy");
            kiosk.waitForText(Names.PLUGINS_MESSAGE, "Events for greedy are being delivered again.");
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'listener.resumed' "
                    + "AND detail LIKE 'greedy/%Meera%'");
            // Still failing, it is parked again after three more tries; the till never noticed.
            kiosk.awaitCount(2, "SELECT count(*) FROM audit_events WHERE event = 'listener.parked' "
                    + "AND detail LIKE 'greedy/%'");
        }
    }

}
