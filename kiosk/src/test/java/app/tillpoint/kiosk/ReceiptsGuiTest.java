package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

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
        PrintedSlips slips = new PrintedSlips(dataDir);
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
            String opening = slips.waitFor("OPENING COUNT");
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
            String receipt = slips.waitFor("Order " + order);
            assertThat(receipt).contains("Tillpoint Demo Store", "12 Usman Road, T. Nagar", "Cashier: Asha",
                    "2 x Masala chai", "Total", "₹40.00", "Paid by cash", "₹50.00", "Change", "₹10.00",
                    "Thank you for shopping with us");
            // GST 5 % included: 40.00 × 2.5 / 105 = 0.952 → ₹0.95 of CGST and of SGST, taxable 40.00 − 1.90.
            assertThat(receipt).containsSubsequence("Tax summary", "Taxable value", "₹38.10", "CGST 2.5%", "₹0.95",
                    "SGST 2.5%", "₹0.95", "Taxes included", "₹1.90", "Thank you for shopping with us");
            slips.keep("receipt", "Order " + order);

            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_PREFIX + "xReport");
            String x = slips.waitFor("X REPORT");
            assertThat(x).contains("Sales, orders: 1", "₹40.00", "Expected cash", "₹1,380.00");
            assertThat(x).containsSubsequence("Tax summary", "Taxable value", "₹38.10", "Taxes included", "₹1.90");
            slips.keep("x-report", "X REPORT");

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

            String z = slips.waitFor("Z REPORT");
            assertThat(z).contains("Counted at closing", "8 x ₹10", "Expected cash", "Counted cash", "₹1,380.00",
                    "Difference", "₹0.00");
            assertThat(z).containsSubsequence("Expected cash", "Tax summary", "Taxable value", "₹38.10", "CGST 2.5%",
                    "₹0.95", "SGST 2.5%", "₹0.95", "Taxes included", "₹1.90", "Counted at closing");
            slips.keep("z-report", "Z REPORT");
        }
    }

    private static void tapTimes(TestKiosk kiosk, String name, int times) {
        for (int i = 0; i < times; i++) {
            kiosk.tap(name);
        }
    }
}
