package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static app.tillpoint.api.ui.Names.CART_MESSAGE;
import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.COUNTER_CONFIRM;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.OPENING_CASH;
import static app.tillpoint.api.ui.Names.OPENING_COUNT;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.PAY_CONFIRM;
import static app.tillpoint.api.ui.Names.PAY_QUICK_PREFIX;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.SEARCH;
import static app.tillpoint.api.ui.Names.SEARCH_RESULT_PREFIX;
import static app.tillpoint.api.ui.Names.SEARCH_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Selling by barcode on the demo terminal, through the real kiosk: products scanned as a USB scanner types them (the
 * badge reader's keyboard wedge, shared), an unknown code refused, one product found by its name with Search, paid,
 * and the order stored as sold.
 */
@GuiTest
class BarcodeScanGuiTest {
    @TempDir
    Path dataDir;

    @Test
    void scannedProductsAndOneFoundByNameAreSoldAndStored() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001"); // on the lock screen the same reader reads a badge
            kiosk.tap(OPENING_COUNT);
            kiosk.tap("counter.plus.50000");
            kiosk.tap(COUNTER_CONFIRM);
            kiosk.waitForText(OPENING_CASH, "500.00");
            kiosk.tap(OPENING_OPEN);
            kiosk.waitFor(REGISTER_MENU);

            // Each scan as a cashier scans: the next when the cart shows the last.
            scan(kiosk, "8901234000014", "₹20.00"); // Masala chai, EAN-13
            scan(kiosk, "96385074", "₹35.00"); // Samosa, EAN-8
            scan(kiosk, "04252614", "₹70.00"); // Rasgulla, UPC-E
            scan(kiosk, "TP-CHAI", "₹90.00"); // Masala chai again, Code 128
            scan(kiosk, "012345678905", "₹120.00"); // Lemon soda, UPC-A
            kiosk.scanProduct("4006381333931");
            kiosk.waitForText(CART_MESSAGE, "No product has the barcode 4006381333931");
            kiosk.waitForText(CART_TOTAL, "₹120.00");

            kiosk.tap(SEARCH);
            kiosk.window().textBox(SEARCH_TEXT).enterText("jaleb");
            // Each key refreshes the results: tap only once the last key is in, or the tile tapped is replaced.
            kiosk.waitUntil(SEARCH_TEXT, "jaleb"::equals);
            kiosk.screenshot("register-search");
            kiosk.tap(SEARCH_RESULT_PREFIX + productId(kiosk, "Jalebi (100 g)"));
            kiosk.waitForText(CART_TOTAL, "₹170.00");

            kiosk.tap(PAY_CASH);
            kiosk.tap(PAY_QUICK_PREFIX + 17000);
            kiosk.tap(PAY_CONFIRM);
            kiosk.waitForText(CART_TOTAL, "₹0.00");

            assertThat(kiosk.count("SELECT count(*) FROM orders")).isEqualTo(1);
            assertThat(kiosk.count("SELECT total FROM orders")).isEqualTo(17_000);
            assertThat(kiosk.count("SELECT quantity FROM order_lines WHERE name = 'Masala chai'")).isEqualTo(2);
            for (String name : new String[] {"Samosa", "Rasgulla", "Lemon soda", "Jalebi (100 g)"}) {
                assertThat(kiosk.count("SELECT quantity FROM order_lines WHERE name = ?", name)).as(name).isEqualTo(1);
            }
            assertThat(kiosk.count("SELECT count(*) FROM order_lines")).isEqualTo(5);
            assertThat(kiosk.count("SELECT sum(amount) FROM order_lines")).isEqualTo(17_000);
        }
    }

    private static void scan(TestKiosk kiosk, String code, String total) {
        kiosk.scanProduct(code);
        kiosk.waitForText(CART_TOTAL, total);
    }

    private static long productId(TestKiosk kiosk, String name) throws java.sql.SQLException {
        return kiosk.count("SELECT id FROM products WHERE name = ? AND active = 1", name);
    }
}
