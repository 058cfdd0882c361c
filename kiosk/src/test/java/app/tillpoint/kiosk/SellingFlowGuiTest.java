package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.CASH_MOVE_AMOUNT;
import static app.tillpoint.api.ui.Names.CASH_MOVE_CONFIRM;
import static app.tillpoint.api.ui.Names.CASH_MOVE_REASON_PREFIX;
import static app.tillpoint.api.ui.Names.CATEGORY_PREFIX;
import static app.tillpoint.api.ui.Names.CLOSING_CLOSE;
import static app.tillpoint.api.ui.Names.CLOSING_COUNT;
import static app.tillpoint.api.ui.Names.CLOSING_DIFFERENCE;
import static app.tillpoint.api.ui.Names.CLOSING_EXPECTED;
import static app.tillpoint.api.ui.Names.CLOSING_REASON_PREFIX;
import static app.tillpoint.api.ui.Names.COUNTER_CONFIRM;
import static app.tillpoint.api.ui.Names.DASHBOARD_LAST_CLOSING;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.KEYPAD_OK;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.MENU_CASH_IN;
import static app.tillpoint.api.ui.Names.MENU_CASH_OUT;
import static app.tillpoint.api.ui.Names.MENU_CLOSE_SESSION;
import static app.tillpoint.api.ui.Names.OPENING_CANCEL;
import static app.tillpoint.api.ui.Names.OPENING_CASH;
import static app.tillpoint.api.ui.Names.OPENING_COUNT;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.PAY_CHANGE;
import static app.tillpoint.api.ui.Names.PAY_CONFIRM;
import static app.tillpoint.api.ui.Names.PAY_QUICK_PREFIX;
import static app.tillpoint.api.ui.Names.PAY_TENDERED;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.REPORT_CLOSE;
import static app.tillpoint.api.ui.Names.REPORT_TEXT;
import static app.tillpoint.api.ui.Names.keypadDigit;
import static app.tillpoint.api.ui.Names.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole shift on the demo terminal, through the real kiosk, plugins and SQLite file: open with a count, sell, move
 * cash, close counting the drawer, and find that count as the next opening's.
 */
@GuiTest
class SellingFlowGuiTest {
    @TempDir
    Path dataDir;


    @Test
    void aShiftFromOpeningToAClosingWithNoDifferenceBecomesTheNextOpening() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            openCountingOneThousandThreeHundredForty(kiosk);

            // Three cash sales: 2 x Masala chai (₹40, exact), Filter coffee (₹25, ₹100 tendered), Samosa (₹15).
            kiosk.tap(product(productId(kiosk, "Masala chai")));
            kiosk.tap(product(productId(kiosk, "Masala chai")));
            kiosk.waitForText(CART_TOTAL, "₹40.00");
            pay(kiosk, () -> kiosk.tap(PAY_QUICK_PREFIX + 4000));
            kiosk.screenshot("12-register-sold");

            kiosk.tap(product(productId(kiosk, "Filter coffee")));
            pay(kiosk, () -> {
                kiosk.tap(PAY_TENDERED);
                typeDigits(kiosk, "100");
                kiosk.waitForText(PAY_CHANGE, "Change ₹75.00");
            });

            kiosk.tap(CATEGORY_PREFIX + "Snacks");
            kiosk.tap(product(productId(kiosk, "Samosa")));
            pay(kiosk, () -> kiosk.tap(PAY_QUICK_PREFIX + 1500));
            kiosk.awaitCount(3, "SELECT count(*) FROM orders");

            moveCash(kiosk, MENU_CASH_IN, "500");
            moveCash(kiosk, MENU_CASH_OUT, "200");
            kiosk.awaitCount(2, "SELECT count(*) FROM cash_moves");

            // Expected: 1,340 + 80 + 500 − 200 = 1,720; counted exactly: 3 x ₹500, 1 x ₹200, 1 x ₹20.
            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_CLOSE_SESSION);
            kiosk.waitForText(CLOSING_EXPECTED, "₹1,720.00");
            kiosk.tap(CLOSING_COUNT);
            tapTimes(kiosk, "counter.plus.50000", 3);
            tapTimes(kiosk, "counter.plus.20000", 1);
            tapTimes(kiosk, "counter.plus.2000", 1);
            kiosk.tap(COUNTER_CONFIRM);
            kiosk.waitForText(CLOSING_DIFFERENCE, "₹0.00");
            kiosk.screenshot("13-closing");
            kiosk.tap(CLOSING_CLOSE);

            kiosk.waitFor(REPORT_TEXT);
            kiosk.screenshot("14-session-report");
            kiosk.tap(REPORT_CLOSE);
            String today = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("en-IN"))
                    .format(LocalDate.now(ZoneId.of("Asia/Kolkata")));
            kiosk.waitForText(DASHBOARD_LAST_CLOSING, "Last closing: ₹1,720.00 on " + today);
            kiosk.screenshot("15-dashboard-after-closing");
            assertThat(kiosk.count("SELECT count(*) FROM sessions WHERE state = 'CLOSED'")).isEqualTo(1);
            assertThat(kiosk.count("SELECT closing_cash FROM sessions")).isEqualTo(172_000);

            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            kiosk.waitForText(OPENING_CASH, "1720.00");
            kiosk.tap(OPENING_CANCEL);
        }
    }

    @Test
    void aClosingDifferenceOverTheLimitIsApprovedByAHeadCashierOnTheSpot() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            openCountingOneThousandThreeHundredForty(kiosk);
            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_CLOSE_SESSION);
            kiosk.waitForText(CLOSING_EXPECTED, "₹1,340.00");
            kiosk.tap(CLOSING_COUNT);
            tapTimes(kiosk, "counter.plus.50000", 2);
            tapTimes(kiosk, "counter.plus.10000", 3);
            kiosk.tap(COUNTER_CONFIRM);
            kiosk.waitForText(CLOSING_DIFFERENCE, "−₹40.00 short");
            kiosk.tap(CLOSING_CLOSE);

            // Over the terminal's allowed difference (₹0.00): a head cashier approves right here.
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            assertThat(kiosk.count("SELECT count(*) FROM sessions WHERE state = 'CLOSED'")).isZero();
            kiosk.scanBadge("9001");
            typeDigits(kiosk, "1234");
            kiosk.tap(KEYPAD_OK);
            kiosk.tap(CLOSING_REASON_PREFIX + 0);
            kiosk.screenshot("16-closing-approval");
            kiosk.tap(CLOSING_CLOSE);

            kiosk.waitFor(REPORT_TEXT);
            assertThat(kiosk.text(REPORT_TEXT)).contains("Meera");
            assertThat(kiosk.count("SELECT count(*) FROM sessions WHERE state = 'CLOSED' AND closing_difference = -4000"))
                    .isEqualTo(1);
            assertThat(kiosk.count("SELECT closing_approved_by FROM sessions")).isEqualTo(kiosk.cashierId("Meera"));
            kiosk.tap(REPORT_CLOSE);
            kiosk.waitFor(DASHBOARD_NEW_SESSION);
        }
    }

    private static void openCountingOneThousandThreeHundredForty(TestKiosk kiosk) {
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
    }

    private static void pay(TestKiosk kiosk, Runnable tender) {
        kiosk.tap(PAY_CASH);
        tender.run();
        kiosk.tap(PAY_CONFIRM);
        kiosk.waitForText(CART_TOTAL, "₹0.00");
    }

    private static void moveCash(TestKiosk kiosk, String entry, String amount) {
        kiosk.tap(REGISTER_MENU);
        kiosk.tap(entry);
        kiosk.tap(CASH_MOVE_AMOUNT);
        typeDigits(kiosk, amount);
        kiosk.tap(CASH_MOVE_REASON_PREFIX + 0);
        kiosk.tap(CASH_MOVE_CONFIRM);
        kiosk.waitFor(REGISTER_MENU);
    }

    private static long productId(TestKiosk kiosk, String name) throws java.sql.SQLException {
        return kiosk.count("SELECT id FROM products WHERE name = ? AND active = 1", name);
    }

    private static void typeDigits(TestKiosk kiosk, String digits) {
        for (char digit : digits.toCharArray()) {
            kiosk.tap(keypadDigit(digit - '0'));
        }
    }

    private static void tapTimes(TestKiosk kiosk, String name, int times) {
        for (int i = 0; i < times; i++) {
            kiosk.tap(name);
        }
    }
}
