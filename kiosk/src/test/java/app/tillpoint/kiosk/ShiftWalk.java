package app.tillpoint.kiosk;

import app.tillpoint.kiosk.testkit.TestKiosk;

import java.util.function.Consumer;

import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.CLOSING_CLOSE;
import static app.tillpoint.api.ui.Names.CLOSING_COUNT;
import static app.tillpoint.api.ui.Names.CLOSING_DIFFERENCE;
import static app.tillpoint.api.ui.Names.COUNTER_CONFIRM;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.LOCK_SELECT_CASHIER;
import static app.tillpoint.api.ui.Names.MENU_CLOSE_SESSION;
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

/**
 * The whole shift on the demo terminal, screen by screen, for the tests of the looks: the dashboard, the lock screen
 * and Select Cashier, the opening with the counter, the register with a sale, the payment, the closing with its count,
 * the report and the dashboard again. {@code atEachScreen} is told each screen's name once it is shown and settled.
 */
final class ShiftWalk {
    private ShiftWalk() {
    }

    static void walk(TestKiosk kiosk, Consumer<String> atEachScreen) throws Exception {
        kiosk.waitFor(DASHBOARD_NEW_SESSION);
        settled(kiosk, atEachScreen, "dashboard");
        kiosk.tap(DASHBOARD_NEW_SESSION);
        kiosk.waitFor(LOCK_SCAN_PROMPT);
        settled(kiosk, atEachScreen, "lock-screen");
        kiosk.tap(LOCK_SELECT_CASHIER);
        settled(kiosk, atEachScreen, "select-cashier");
        kiosk.scanBadge("1001");
        kiosk.waitFor(OPENING_OPEN);
        settled(kiosk, atEachScreen, "opening");
        kiosk.tap(OPENING_COUNT);
        kiosk.waitFor(COUNTER_CONFIRM);
        tapTimes(kiosk, "counter.plus.50000", 2);
        tapTimes(kiosk, "counter.plus.10000", 3);
        tapTimes(kiosk, "counter.plus.1000", 4);
        settled(kiosk, atEachScreen, "counter");
        kiosk.tap(COUNTER_CONFIRM);
        kiosk.waitForText(OPENING_CASH, "1340.00");
        kiosk.tap(OPENING_OPEN);
        kiosk.waitFor(REGISTER_MENU);

        long chai = kiosk.count("SELECT id FROM products WHERE name = ? AND active = 1", "Masala chai");
        long coffee = kiosk.count("SELECT id FROM products WHERE name = ? AND active = 1", "Filter coffee");
        kiosk.tap(product(chai));
        kiosk.tap(product(chai));
        kiosk.tap(product(coffee));
        kiosk.waitForText(CART_TOTAL, "₹65.00");
        settled(kiosk, atEachScreen, "register");
        kiosk.tap(PAY_CASH);
        kiosk.waitFor(PAY_CONFIRM);
        settled(kiosk, atEachScreen, "payment");
        kiosk.tap(PAY_QUICK_PREFIX + 6500);
        kiosk.tap(PAY_CONFIRM);
        kiosk.waitForText(CART_TOTAL, "₹0.00");
        settled(kiosk, atEachScreen, "register-sold");

        // Expected: 1,340 + 65 = 1,405; counted exactly: 2 x ₹500, 4 x ₹100, 1 x ₹5.
        kiosk.tap(REGISTER_MENU);
        settled(kiosk, atEachScreen, "register-menu");
        kiosk.tap(MENU_CLOSE_SESSION);
        kiosk.tap(CLOSING_COUNT);
        kiosk.waitFor(COUNTER_CONFIRM);
        tapTimes(kiosk, "counter.plus.50000", 2);
        tapTimes(kiosk, "counter.plus.10000", 4);
        tapTimes(kiosk, "counter.plus.500", 1);
        kiosk.tap(COUNTER_CONFIRM);
        kiosk.waitForText(CLOSING_DIFFERENCE, "₹0.00");
        settled(kiosk, atEachScreen, "closing");
        kiosk.tap(CLOSING_CLOSE);
        kiosk.waitFor(REPORT_TEXT);
        settled(kiosk, atEachScreen, "report");
        kiosk.tap(REPORT_CLOSE);
        kiosk.waitFor(DASHBOARD_NEW_SESSION);
        settled(kiosk, atEachScreen, "dashboard-after-closing");
    }

    private static void settled(TestKiosk kiosk, Consumer<String> atEachScreen, String screen) {
        kiosk.robot().waitForIdle();
        atEachScreen.accept(screen);
    }

    private static void tapTimes(TestKiosk kiosk, String name, int times) {
        for (int i = 0; i < times; i++) {
            kiosk.tap(name);
        }
    }
}
