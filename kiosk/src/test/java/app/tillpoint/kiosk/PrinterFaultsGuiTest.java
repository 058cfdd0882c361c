package app.tillpoint.kiosk;

import app.tillpoint.api.device.ReceiptPrinter.State;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.devices.escpos.EscPosTestPrinter;
import app.tillpoint.devices.serial.SocatPair;
import app.tillpoint.kiosk.testkit.TestKiosk;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.NOTICE_TEXT;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.PAY_CONFIRM;
import static app.tillpoint.api.ui.Names.PAY_QUICK_PREFIX;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printer's faults as a cashier meets them, on the real kiosk with the receipts plugin and the ESC/POS serial
 * driver: the printer is a test printer at the far end of a socat pseudo-terminal pair that parses what it is sent and
 * answers the status requests as out of paper, cover open, or not at all. The sales are stored and the register goes
 * on, the cashier is told once, and when the printer is back every waiting slip prints, each once.
 */
@GuiTest
class PrinterFaultsGuiTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest
    @CsvSource({"PAPER_OUT, out of paper", "COVER_OPEN, the cover is open", "OFFLINE, it is offline"})
    void whileThePrinterCannotPrintSalesGoOnAndTheirReceiptsPrintOnceWhenItIsBack(State fault, String said)
            throws Exception {
        Files.createDirectories(dataDir.resolve("tty"));
        try (TestKiosk first = TestKiosk.start(dataDir)) {
            first.waitFor(DASHBOARD_NEW_SESSION); // the demo terminal's terminal.json written, then changed below
        }
        try (SocatPair pair = new SocatPair(dataDir.resolve("tty")).start()) {
            printerOn(pair.devicePath());
            EscPosTestPrinter printer = EscPosTestPrinter.overSerial(pair);
            printer.state = fault;
            try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
                kiosk.tap(DASHBOARD_NEW_SESSION);
                kiosk.waitFor(LOCK_SCAN_PROMPT);
                kiosk.scanBadge("1001");
                kiosk.tap(OPENING_OPEN);
                kiosk.waitFor(REGISTER_MENU);
                // The opening slip cannot print: the cashier reads why, and goes on.
                kiosk.waitUntil(NOTICE_TEXT, text -> text.contains(said));
                kiosk.screenshot("printer-" + fault.name().toLowerCase(java.util.Locale.ROOT));

                long chai = kiosk.count("SELECT id FROM products WHERE name = ? AND active = 1", "Masala chai");
                for (int sale = 1; sale <= 2; sale++) {
                    kiosk.tap(product(chai));
                    kiosk.waitForText(CART_TOTAL, "₹20.00");
                    kiosk.tap(PAY_CASH);
                    kiosk.tap(PAY_QUICK_PREFIX + 5000);
                    kiosk.tap(PAY_CONFIRM);
                    kiosk.waitForText(CART_TOTAL, "₹0.00");
                    assertThat(kiosk.count("SELECT count(*) FROM orders")).isEqualTo(sale);
                }
                assertThat(printer.lines()).noneMatch(line -> line.contains("Masala chai"));
                long firstOrder = kiosk.count("SELECT min(id) FROM orders");
                long secondOrder = kiosk.count("SELECT max(id) FROM orders");

                printer.state = State.READY;
                kiosk.waitUntil(NOTICE_TEXT, text -> text.startsWith("The printer is back"));
                List<String> lines = printedUntil(printer, "Order " + secondOrder);
                assertThat(lines).filteredOn(line -> line.contains("OPENING COUNT")).hasSize(1);
                assertThat(lines).filteredOn(line -> line.contains("Order " + firstOrder)).hasSize(1);
                assertThat(lines).filteredOn(line -> line.contains("Order " + secondOrder)).hasSize(1);
                // The audit is written by its own queue: the rows come a moment after the notices.
                kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'printer.fault'");
                kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'printer.back'");
            } finally {
                printer.stop();
            }
        }
    }

    /** Writes the demo terminal's printer as an ESC/POS printer on {@code port}, quick to call a silent one offline. */
    private void printerOn(String port) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path file = dataDir.resolve("terminal.json");
        ObjectNode terminal = (ObjectNode) json.readTree(file.toFile());
        ObjectNode printer = json.createObjectNode().put("type", "escpos-serial").put("paperWidth", 58)
                .put("answerMillis", 300);
        printer.putObject("serial").put("port", port).put("baudRate", 19200);
        ((ObjectNode) terminal.path("devices")).set("receiptPrinter", printer);
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), terminal);
    }

    /** The lines printed, once one holds {@code marker} (at most 20 s). */
    private static List<String> printedUntil(EscPosTestPrinter printer, String marker) {
        Pause.pause(new Condition("a printed line with \"" + marker + "\"") {
            @Override
            public boolean test() {
                return printer.lines().stream().anyMatch(line -> line.contains(marker));
            }
        }, Timeout.timeout(20_000));
        return printer.lines();
    }
}
