package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.CLOSING_CLOSE;
import static app.tillpoint.api.ui.Names.CLOSING_COUNT;
import static app.tillpoint.api.ui.Names.CLOSING_DIFFERENCE;
import static app.tillpoint.api.ui.Names.COUNTER_CONFIRM;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.MENU_CLOSE_SESSION;
import static app.tillpoint.api.ui.Names.MENU_PREFIX;
import static app.tillpoint.api.ui.Names.OPENING_CASH;
import static app.tillpoint.api.ui.Names.OPENING_COUNT;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.PAY_CONFIRM;
import static app.tillpoint.api.ui.Names.PAY_QUICK_PREFIX;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.REPORT_CLOSE;
import static app.tillpoint.api.ui.Names.REPORT_TEXT;
import static app.tillpoint.api.ui.Names.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the demo terminal's simulated printer prints over a shift, through the real kiosk and the receipts plugin: the
 * opening count slip, the receipt of a sale, an X report from the register's menu, the Z report at closing. The
 * pictures are kept in {@code target/receipts/}, where the README's come from.
 */
@GuiTest
class ReceiptsGuiTest {
    @TempDir
    Path dataDir;

    @Test
    void aShiftPrintsTheOpeningSlipTheReceiptAnXReportAndTheZReport() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            kiosk.tap(OPENING_COUNT);
            tapTimes(kiosk, "counter.plus.50000", 2);
            tapTimes(kiosk, "counter.plus.10000", 3);
            tapTimes(kiosk, "counter.plus.1000", 4);
            kiosk.tap(COUNTER_CONFIRM);
            kiosk.waitForText(OPENING_CASH, "1340.00");
            kiosk.tap(OPENING_OPEN);
            kiosk.waitFor(REGISTER_MENU);
            String opening = printed("OPENING COUNT");
            assertThat(opening).contains("Tillpoint Demo Store", "GSTIN 33AAACT1234F1Z5", "2 x ₹500", "₹1,000.00",
                    "Opening cash", "₹1,340.00");

            long chai = kiosk.count("SELECT id FROM products WHERE name = ? AND active = 1", "Masala chai");
            kiosk.tap(product(chai));
            kiosk.tap(product(chai));
            kiosk.waitForText(CART_TOTAL, "₹40.00");
            kiosk.tap(PAY_CASH);
            kiosk.tap(PAY_QUICK_PREFIX + 5000);
            kiosk.tap(PAY_CONFIRM);
            kiosk.waitForText(CART_TOTAL, "₹0.00");
            long order = kiosk.count("SELECT max(id) FROM orders");
            String receipt = printed("Order " + order);
            assertThat(receipt).contains("Tillpoint Demo Store", "12 Usman Road, T. Nagar", "Cashier: Asha",
                    "2 x Masala chai", "Total", "₹40.00", "Paid by cash", "₹50.00", "Change", "₹10.00",
                    "Thank you for shopping with us");
            // GST 5 % included: 40.00 × 2.5 / 105 = 0.952 → ₹0.95 of CGST and of SGST, taxable 40.00 − 1.90.
            assertThat(receipt).containsSubsequence("Tax summary", "Taxable value", "₹38.10", "CGST 2.5%", "₹0.95",
                    "SGST 2.5%", "₹0.95", "Taxes included", "₹1.90", "Thank you for shopping with us");
            keep("receipt", "Order " + order);

            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_PREFIX + "xReport");
            String x = printed("X REPORT");
            assertThat(x).contains("Sales, orders: 1", "₹40.00", "Expected cash", "₹1,380.00");
            assertThat(x).containsSubsequence("Tax summary", "Taxable value", "₹38.10", "Taxes included", "₹1.90");
            keep("x-report", "X REPORT");

            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_CLOSE_SESSION);
            kiosk.tap(CLOSING_COUNT);
            tapTimes(kiosk, "counter.plus.50000", 2);
            tapTimes(kiosk, "counter.plus.10000", 3);
            tapTimes(kiosk, "counter.plus.1000", 8);
            kiosk.tap(COUNTER_CONFIRM);
            kiosk.waitForText(CLOSING_DIFFERENCE, "₹0.00");
            kiosk.tap(CLOSING_CLOSE);
            kiosk.waitFor(REPORT_TEXT);
            kiosk.tap(REPORT_CLOSE);

            String z = printed("Z REPORT");
            assertThat(z).contains("Counted at closing", "8 x ₹10", "Expected cash", "Counted cash", "₹1,380.00",
                    "Difference", "₹0.00");
            assertThat(z).containsSubsequence("Expected cash", "Tax summary", "Taxable value", "₹38.10", "CGST 2.5%",
                    "₹0.95", "SGST 2.5%", "₹0.95", "Taxes included", "₹1.90", "Counted at closing");
            keep("z-report", "Z REPORT");
        }
    }

    /** The text of the printed job that holds {@code marker}, waiting up to 20 s for it to come out. */
    private String printed(String marker) {
        String[] found = new String[1];
        Pause.pause(new Condition("a printed slip with \"" + marker + "\" in " + dataDir.resolve("printed")) {
            @Override
            public boolean test() {
                found[0] = find(marker).map(ReceiptsGuiTest::read).orElse(null);
                return found[0] != null;
            }
        }, Timeout.timeout(20_000));
        return found[0];
    }

    private Optional<Path> find(String marker) {
        Path folder = dataDir.resolve("printed");
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            return texts.stream().filter(f -> read(f).contains(marker)).reduce((first, second) -> second);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the slip's picture and text as {@code target/receipts/<name>.png} and {@code .txt}. */
    private void keep(String name, String marker) throws IOException {
        Path text = find(marker).orElseThrow();
        Path picture = text.resolveSibling(text.getFileName().toString().replace(".txt", ".png"));
        Path kept = Files.createDirectories(Path.of("target", "receipts"));
        Files.copy(text, kept.resolve(name + ".txt"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(picture, kept.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void tapTimes(TestKiosk kiosk, String name, int times) {
        for (int i = 0; i < times; i++) {
            kiosk.tap(name);
        }
    }
}
