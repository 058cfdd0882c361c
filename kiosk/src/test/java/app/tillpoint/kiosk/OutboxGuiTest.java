package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.ui.Names;
import app.tillpoint.kiosk.host.TestPlugin;
import app.tillpoint.kiosk.office.OfficeCredentials;
import app.tillpoint.kiosk.testkit.TestKiosk;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * The head cashier's outbox screen through the real kiosk at 800×600, on its real SQLite file: an office whose
 * server does not answer (sales wait for it, its failure named), a listener that takes every event, and one that is
 * held back after failing, retried from the screen, which then shows it caught up without being opened again.
 */
@GuiTest
class OutboxGuiTest {
    @TempDir
    Path dataDir;

    /** Writes each event to heard.txt; throws while its plugin data holds a file "fail". */
    private static final String LISTENER = """
            import app.tillpoint.api.*;
            import java.nio.file.*;
            @org.pf4j.Extension
            public class %1$s implements SessionListener {
                private final KioskContext context;
                public %1$s(KioskContext context) { this.context = context; }
                @Override
                public void on(SessionEvent event) {
                    if (Files.exists(context.pluginData().resolve("fail"))) {
                        throw new IllegalStateException("the share is offline (thrown by the test)");
                    }
                    try {
                        Files.writeString(context.pluginData().resolve("heard.txt"), event.id() + "\\n",
                                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
            """;

    @Test
    void theOutboxShowsWhatWaitsForTheOfficeAndEachListenerAndRetriesAHeldBackOne() throws Exception {
        Path plugins = Files.createDirectories(dataDir.resolve("plugins"));
        TestPlugin.builder("ledger").source("LedgerListener", LISTENER.formatted("LedgerListener"))
                .dashboardAction("LedgerAction", "ledger", "Ledger").build(plugins);
        TestPlugin.builder("erp").source("ErpListener", LISTENER.formatted("ErpListener"))
                .dashboardAction("ErpAction", "erp", "ERP").build(plugins);
        try (TestKiosk first = TestKiosk.start(dataDir)) {
            first.waitFor(DASHBOARD_NEW_SESSION);
        }
        Path failing = Files.createDirectories(TestKiosk.pluginData(dataDir, "erp")).resolve("fail");
        Files.writeString(failing, "");
        // An office on a port where nothing listens: every try fails at once, as with the server down.
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Path config = dataDir.resolve("terminal.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode terminal = (ObjectNode) json.readTree(config.toFile());
        String terminalId = terminal.get("id").asText();
        Path credentials = dataDir.resolve("office.credentials");
        new OfficeCredentials("OUTBOX", terminalId, OfficeCredentials.roleName("OUTBOX", terminalId), "secret")
                .write(credentials);
        terminal.putObject("office").put("url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/office")
                .put("credentials", credentials.toString());
        terminal.putObject("delivery").put("timeoutSeconds", 2).put("firstPauseMillis", 100)
                .put("longestPauseSeconds", 1).put("parkAfter", 3);
        json.writeValue(config.toFile(), terminal);

        try (TestKiosk kiosk = TestKiosk.start(dataDir, "--size", "800x600")) {
            Walks.openCountingFiveHundred(kiosk);
            long chai = kiosk.count("SELECT id FROM products WHERE name = 'Masala chai' AND active = 1");
            for (int sale = 1; sale <= 3; sale++) {
                kiosk.tap(product(chai));
                kiosk.waitForText(CART_TOTAL, "₹20.00");
                kiosk.tap(PAY_CASH);
                kiosk.tap(PAY_QUICK_PREFIX + 2000);
                kiosk.tap(PAY_CONFIRM);
                kiosk.waitForText(CART_TOTAL, "₹0.00");
            }
            kiosk.awaitCount(1, "SELECT count(*) FROM event_deliveries WHERE parked_at IS NOT NULL");
            kiosk.tap(REGISTER_MENU);
            kiosk.tap(Names.MENU_BACKEND);

            kiosk.tap(Names.DASHBOARD_OUTBOX);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("9001");
            for (char digit : "1234".toCharArray()) {
                kiosk.tap(Names.keypadDigit(digit - '0'));
            }
            kiosk.tap(Names.KEYPAD_OK);
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'outbox.screen' "
                    + "AND detail LIKE '%Meera%'");

            // The opening and three sales: four events, none of them in the office.
            assertThat(kiosk.waitUntil(Names.OUTBOX_MARK_PREFIX + "office", text -> !text.isBlank()))
                    .isEqualTo("Has taken no event yet · 4 waiting");
            assertThat(kiosk.waitUntil(Names.OUTBOX_FAILURE_PREFIX + "office", text -> text.contains("refused")))
                    .startsWith("Last failure at ");
            String ledger = "ledger/test.ledger.LedgerListener";
            assertThat(kiosk.text(Names.OUTBOX_MARK_PREFIX + ledger)).startsWith("Has taken up to event 4 (of ")
                    .endsWith(" · 0 waiting");
            assertThat(kiosk.text(Names.OUTBOX_FAILURE_PREFIX + ledger)).isEqualTo("No failure");
            assertThat(kiosk.showing(Names.OUTBOX_RETRY_PREFIX + ledger)).isFalse();
            assertThat(kiosk.showing(Names.OUTBOX_RETRY_PREFIX + "office")).isFalse();
            String erp = "erp/test.erp.ErpListener";
            assertThat(kiosk.text(Names.OUTBOX_MARK_PREFIX + erp)).isEqualTo("Has taken no event yet · 4 waiting");
            assertThat(kiosk.text(Names.OUTBOX_FAILURE_PREFIX + erp)).startsWith("Held back since ")
                    .contains("Last failure at ").contains("IllegalStateException: the share is offline");
            kiosk.requireInsideWindow(Names.OUTBOX_RETRY_PREFIX + erp);
            kiosk.requireInsideWindow(Names.OUTBOX_BACK);
            kiosk.screenshot("20-outbox-screen");

            // The share is back; the head cashier retries: the screen, left open, shows the listener caught up.
            Files.delete(failing);
            kiosk.tap(Names.OUTBOX_RETRY_PREFIX + erp);
            kiosk.waitForText(Names.OUTBOX_MESSAGE, "Events for erp are being delivered again.");
            assertThat(kiosk.waitUntil(Names.OUTBOX_MARK_PREFIX + erp, text -> text.endsWith(" · 0 waiting")))
                    .startsWith("Has taken up to event 4 (of ");
            kiosk.waitForText(Names.OUTBOX_FAILURE_PREFIX + erp, "No failure");
            assertThat(kiosk.showing(Names.OUTBOX_RETRY_PREFIX + erp)).isFalse();
            assertThat(Files.readAllLines(TestKiosk.pluginData(dataDir, "erp").resolve("heard.txt"))).hasSize(4);
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'listener.resumed' "
                    + "AND detail LIKE 'erp/%Meera%'");
            // The office still waits for all four; nothing was lost or sent on the way.
            assertThat(kiosk.text(Names.OUTBOX_MARK_PREFIX + "office"))
                    .isEqualTo("Has taken no event yet · 4 waiting");

            kiosk.tap(Names.OUTBOX_BACK);
            kiosk.waitFor(Names.DASHBOARD_OUTBOX);
        }
    }
}
