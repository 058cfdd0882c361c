package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.devices.escpos.EscPosTestPrinter;
import app.tillpoint.devices.escpos.EscPosTestPrinterPaper;
import app.tillpoint.devices.serial.SocatPair;
import app.tillpoint.kiosk.testkit.TestKiosk;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static app.tillpoint.api.ui.Names.CLOSING_CLOSE;
import static app.tillpoint.api.ui.Names.CLOSING_COUNT;
import static app.tillpoint.api.ui.Names.COUNTER_CONFIRM;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.MENU_CLOSE_SESSION;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.REPORT_CLOSE;
import static app.tillpoint.api.ui.Names.REPORT_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Hindi terminal's slips on an ESC/POS printer, on the real kiosk: the printer is the test printer at the far end of
 * a socat pair. The opening slip and the Z report come with their Hindi rows as raster images as wide as the paper,
 * the store's Latin rows as text, and nothing as "?". The Z report's paper is kept as
 * {@code target/receipts/escpos-hi-z-report.png}.
 */
@GuiTest
class HindiPrintoutGuiTest {
    @TempDir
    Path dataDir;

    @Test
    void aHindiTerminalsOpeningSlipAndZReportPrintTheirHindiRowsAsPictures() throws Exception {
        Files.createDirectories(dataDir.resolve("tty"));
        try (TestKiosk first = TestKiosk.start(dataDir)) {
            first.waitFor(DASHBOARD_NEW_SESSION); // the demo terminal's terminal.json written, then changed below
        }
        try (SocatPair pair = new SocatPair(dataDir.resolve("tty")).start()) {
            hindiWithPrinterOn(pair.devicePath());
            EscPosTestPrinter printer = EscPosTestPrinter.overSerial(pair);
            try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
                kiosk.tap(DASHBOARD_NEW_SESSION);
                kiosk.waitFor(LOCK_SCAN_PROMPT);
                kiosk.scanBadge("1001");
                kiosk.tap(OPENING_OPEN);
                kiosk.waitFor(REGISTER_MENU);
                cuts(printer, 1);

                kiosk.tap(REGISTER_MENU);
                kiosk.tap(MENU_CLOSE_SESSION);
                kiosk.tap(CLOSING_COUNT);
                kiosk.tap(COUNTER_CONFIRM);
                kiosk.tap(CLOSING_CLOSE);
                kiosk.waitFor(REPORT_TEXT);
                kiosk.tap(REPORT_CLOSE);
                cuts(printer, 2);

                assertThat(printer.rasters()).as("the Hindi rows of both slips").hasSizeGreaterThan(6)
                        .allSatisfy(row -> {
                            assertThat(row.width()).isEqualTo(576);
                            assertThat(row.blackDots()).as("not blank").isGreaterThan(50);
                        });
                assertThat(printer.lines()).as("the store's Latin rows stay text")
                        .filteredOn(line -> line.contains("Tillpoint Demo Store")).hasSize(2);
                assertThat(printer.lines()).noneMatch(line -> line.contains("?"));
                // The Z report as the paper shows it, for the README (docs/screenshots/escpos-hi-z-report.png).
                EscPosTestPrinterPaper.write(printer, 2, 576, Path.of("target", "receipts", "escpos-hi-z-report.png"));
            } finally {
                printer.stop();
            }
        }
    }

    /** Makes the demo terminal Hindi, with an 80 mm ESC/POS printer on {@code port}. */
    private void hindiWithPrinterOn(String port) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path file = dataDir.resolve("terminal.json");
        ObjectNode terminal = (ObjectNode) json.readTree(file.toFile());
        terminal.put("locale", "hi-IN");
        ObjectNode printer = json.createObjectNode().put("type", "escpos-serial").put("paperWidth", 80)
                .put("answerMillis", 300);
        printer.putObject("serial").put("port", port).put("baudRate", 115200);
        ((ObjectNode) terminal.path("devices")).set("receiptPrinter", printer);
        json.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), terminal);
    }

    /** Waits up to 20 s until {@code count} slips were cut. */
    private static void cuts(EscPosTestPrinter printer, int count) {
        Pause.pause(new Condition(count + " slips cut") {
            @Override
            public boolean test() {
                return printer.printedCuts() >= count;
            }
        }, Timeout.timeout(20_000));
    }
}
