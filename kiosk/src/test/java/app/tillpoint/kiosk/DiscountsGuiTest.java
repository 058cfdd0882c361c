package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;

import static app.tillpoint.api.ui.Names.CART_LINE_DISCOUNT_SUFFIX;
import static app.tillpoint.api.ui.Names.CART_LINE_PREFIX;
import static app.tillpoint.api.ui.Names.CART_ORDER_DISCOUNT;
import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.CLOSING_CLOSE;
import static app.tillpoint.api.ui.Names.CLOSING_COUNT;
import static app.tillpoint.api.ui.Names.CLOSING_DIFFERENCE;
import static app.tillpoint.api.ui.Names.COUNTER_CONFIRM;
import static app.tillpoint.api.ui.Names.DISCOUNT_CONFIRM;
import static app.tillpoint.api.ui.Names.DISCOUNT_REASON_PREFIX;
import static app.tillpoint.api.ui.Names.KEYPAD_OK;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.MENU_CLOSE_SESSION;
import static app.tillpoint.api.ui.Names.NUMPAD_DISCOUNT;
import static app.tillpoint.api.ui.Names.NUMPAD_ORDER_DISCOUNT;
import static app.tillpoint.api.ui.Names.NUMPAD_PERCENT;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.PAY_CONFIRM;
import static app.tillpoint.api.ui.Names.PAY_QUICK_PREFIX;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.REPORT_TEXT;
import static app.tillpoint.api.ui.Names.SEARCH;
import static app.tillpoint.api.ui.Names.SEARCH_RESULT_PREFIX;
import static app.tillpoint.api.ui.Names.SEARCH_TEXT;
import static app.tillpoint.api.ui.Names.keypadDigit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's "done when", on the real kiosk of the demo terminal (GST included in the prices, rounded per line; a
 * cashier may discount up to 10 % alone): ten products scanned as a wedge scanner types them, one found by name with
 * the on-screen keyboard, a line discount of 20 % approved by the head cashier on the spot, an order discount of
 * ₹10.00 within the limit, paid; the stored order, its taxes and the session report match this worked example to the
 * paisa:
 *
 * <pre>
 * line            amount   share of ₹10.00   taxed on   CGST = SGST   basis
 * 2 x Masala chai   40.00   1.06 (5 %)          38.94       0.93       37.08
 * 2 x Samosa        30.00   0.80 (5 %)          29.20       0.70       27.80
 * Lemon soda        30.00   0.80 (18 %)         29.20       2.23       24.74
 * Mango lassi       60.00   1.59 (12 %)         58.41       3.13       52.15
 * Masala dosa       56.00   1.49 (5 %)          54.51       1.30       51.91   (70.00 less 20 %, 14.00)
 * Rasgulla          35.00   0.93 (5 %)          34.07       0.81       32.45
 * Gulab jamun       30.00   0.80 (5 %)          29.20       0.70       27.80
 * Mysore pak        45.00   1.20 (5 %)          43.80       1.04       41.72
 * Jalebi (100 g)    50.00   1.33 (5 %)          48.67       1.16       46.35
 * subtotal 376.00, less 10.00 = 366.00 to pay; discounts 24.00
 * </pre>
 *
 * The ₹10.00 spread by the largest remainder: 1000 × amount / 37600 floored (106, 79, 79, 159, 148, 93, 79, 119, 132:
 * 994), the 6 paise left to the largest remainders (Jalebi 36800, Masala dosa 35200, then Samosa, Lemon soda and Gulab
 * jamun at 29600 each, then Mysore pak 25600). Each tax is {@code taxed × 2.5 / 105} (9 / 118, 6 / 112) half-up; by
 * rate: 5 % CGST and SGST 6.64 each on 265.11, 18 % 2.23 each on 24.74, 12 % 3.13 each on 52.15: ₹24.00 in all.
 */
@GuiTest
class DiscountsGuiTest {
    @TempDir
    Path dataDir;

    @Test
    void tenScansASearchAnApprovedDiscountAndAnOrderDiscountArePaidStoredAndReported() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            Walks.openCountingFiveHundred(kiosk);

            scan(kiosk, "8901234000014", "₹20.00"); // Masala chai
            scan(kiosk, "TP-CHAI", "₹40.00"); // Masala chai by its Code 128
            scan(kiosk, "96385074", "₹55.00"); // Samosa, EAN-8
            scan(kiosk, "8901234000052", "₹70.00"); // Samosa again
            scan(kiosk, "012345678905", "₹100.00"); // Lemon soda, UPC-A, GST 18 %
            scan(kiosk, "8901234000045", "₹160.00"); // Mango lassi, GST 12 %
            scan(kiosk, "8901234000076", "₹230.00"); // Masala dosa
            scan(kiosk, "04252614", "₹265.00"); // Rasgulla, UPC-E
            scan(kiosk, "8901234000090", "₹295.00"); // Gulab jamun
            scan(kiosk, "8901234000106", "₹340.00"); // Mysore pak
            kiosk.tap(SEARCH);
            kiosk.window().textBox(SEARCH_TEXT).enterText("jaleb");
            // Each key refreshes the results: tap only once the last key is in, or the tile tapped is replaced.
            kiosk.waitUntil(SEARCH_TEXT, "jaleb"::equals);
            kiosk.tap(SEARCH_RESULT_PREFIX + productId(kiosk, "Jalebi (100 g)"));
            kiosk.waitForText(CART_TOTAL, "₹390.00");

            // Disc on the Masala dosa's line: 20 %, over the demo's 10 %: Meera approves on the spot.
            long dosa = productId(kiosk, "Masala dosa");
            kiosk.tap(CART_LINE_PREFIX + dosa + ".quantity");
            kiosk.tap(NUMPAD_DISCOUNT);
            typeDigits(kiosk, "20");
            kiosk.tap(KEYPAD_OK);
            kiosk.tap(DISCOUNT_REASON_PREFIX + 0); // Damaged
            kiosk.tap(DISCOUNT_CONFIRM);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("9001");
            typeDigits(kiosk, "1234");
            kiosk.tap(KEYPAD_OK);
            kiosk.waitForText(CART_TOTAL, "₹376.00");
            kiosk.waitForText(CART_LINE_PREFIX + dosa + CART_LINE_DISCOUNT_SUFFIX, "Discount 20 %: −₹14.00");

            // Order disc.: an amount (% switched off), ₹10.00 of ₹376.00, within the limit: no approval.
            kiosk.tap(NUMPAD_ORDER_DISCOUNT);
            kiosk.tap(NUMPAD_PERCENT);
            typeDigits(kiosk, "10");
            kiosk.tap(KEYPAD_OK);
            kiosk.tap(DISCOUNT_REASON_PREFIX + 2); // Loyal customer
            kiosk.tap(DISCOUNT_CONFIRM);
            kiosk.waitForText(CART_TOTAL, "₹366.00");
            kiosk.waitForText(CART_ORDER_DISCOUNT, "Order discount: −₹10.00");
            kiosk.screenshot("register-discounts");

            kiosk.tap(PAY_CASH);
            kiosk.tap(PAY_QUICK_PREFIX + 36_600);
            kiosk.tap(PAY_CONFIRM);
            kiosk.waitForText(CART_TOTAL, "₹0.00");

            assertThat(kiosk.count("SELECT total FROM orders")).isEqualTo(36_600);
            assertThat(kiosk.count("SELECT count(*) FROM order_lines")).isEqualTo(9);
            assertThat(kiosk.count("SELECT sum(amount) FROM order_lines")).isEqualTo(39_000);
            assertThat(kiosk.count("SELECT discount FROM order_line_changes c JOIN order_lines l USING (order_id, "
                    + "line_no) WHERE l.name = 'Masala dosa'")).isEqualTo(1_400);
            assertThat(kiosk.count("SELECT discount_approved_by FROM order_line_changes WHERE discount > 0"))
                    .isEqualTo(kiosk.cashierId("Meera"));
            assertThat(kiosk.count("SELECT count(*) FROM approvals WHERE action = 'DISCOUNT' AND amount = 1400 "
                    + "AND used_at IS NOT NULL")).isEqualTo(1);
            long[] shares = {106, 80, 80, 159, 149, 93, 80, 120, 133};
            for (int line = 1; line <= shares.length; line++) {
                assertThat(kiosk.count("SELECT order_discount_share FROM order_line_changes WHERE line_no = ?", line))
                        .as("line " + line).isEqualTo(shares[line - 1]);
            }
            assertThat(kiosk.count("SELECT discount FROM order_discounts WHERE reason = 'Loyal customer' "
                    + "AND subtotal = 37600 AND approved_by IS NULL")).isEqualTo(1_000);
            assertThat(kiosk.count("SELECT sum(tax) FROM order_taxes")).isEqualTo(2_400);
            tax(kiosk, "CGST", 25_000, 26_511, 664);
            tax(kiosk, "SGST", 25_000, 26_511, 664);
            tax(kiosk, "CGST", 90_000, 2_474, 223);
            tax(kiosk, "SGST", 90_000, 2_474, 223);
            tax(kiosk, "CGST", 60_000, 5_215, 313);
            tax(kiosk, "SGST", 60_000, 5_215, 313);
            kiosk.awaitCount(2, "SELECT count(*) FROM audit_events WHERE event = 'sale.discount'");
            assertThat(kiosk.count("SELECT count(*) FROM audit_events WHERE event = 'sale.discount' AND detail LIKE "
                    + "'%Masala dosa%by Asha, approved by Meera: Damaged'")).isEqualTo(1);

            // The session report: 500.00 opened + 366.00 sold = 866.00 counted at closing.
            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_CLOSE_SESSION);
            kiosk.tap(CLOSING_COUNT);
            for (long note : new long[] {50_000, 20_000, 10_000, 5_000, 1_000, 500, 100}) {
                kiosk.tap("counter.plus." + note);
            }
            kiosk.tap(COUNTER_CONFIRM);
            kiosk.waitForText(CLOSING_DIFFERENCE, "₹0.00");
            kiosk.tap(CLOSING_CLOSE);
            kiosk.waitFor(REPORT_TEXT);
            kiosk.screenshot("report-discounts");
            assertThat(kiosk.text(REPORT_TEXT)).contains("Orders: 1, total ₹366.00",
                    "1 x Masala dosa @ ₹70.00 = ₹56.00", "discount −₹14.00: Damaged, approved by Meera",
                    "order discount −₹10.00: Loyal customer", "Discounts: −₹24.00", "Taxes included: ₹24.00",
                    "on ₹265.11: ₹6.64", "on ₹24.74: ₹2.23", "on ₹52.15: ₹3.13");
        }
    }

    private static void tax(TestKiosk kiosk, String name, long ppm, long basis, long tax) throws SQLException {
        assertThat(kiosk.count("SELECT count(*) FROM order_taxes WHERE name = ? AND rate_ppm = ? AND basis = ? "
                + "AND tax = ?", name, ppm, basis, tax)).as(name + " " + ppm).isEqualTo(1);
    }

    private static void scan(TestKiosk kiosk, String code, String total) {
        kiosk.scanProduct(code);
        kiosk.waitForText(CART_TOTAL, total);
    }

    private static void typeDigits(TestKiosk kiosk, String digits) {
        for (char digit : digits.toCharArray()) {
            kiosk.tap(keypadDigit(digit - '0'));
        }
    }

    private static long productId(TestKiosk kiosk, String name) throws SQLException {
        return kiosk.count("SELECT id FROM products WHERE name = ? AND active = 1", name);
    }
}
