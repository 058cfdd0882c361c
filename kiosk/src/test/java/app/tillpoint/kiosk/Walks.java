package app.tillpoint.kiosk;

import app.tillpoint.kiosk.testkit.TestKiosk;

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
import static app.tillpoint.api.ui.Names.product;

/** Walks the kiosk's GUI tests share, as a cashier taps them. */
final class Walks {
    private Walks() {
    }

    /** New Session as Asha (badge 1001), the drawer counted as one ₹500 bill, Open Session: the register shows. */
    static void openCountingFiveHundred(TestKiosk kiosk) {
        kiosk.tap(DASHBOARD_NEW_SESSION);
        kiosk.waitFor(LOCK_SCAN_PROMPT);
        kiosk.scanBadge("1001");
        kiosk.tap(OPENING_COUNT);
        kiosk.tap("counter.plus.50000");
        kiosk.tap(COUNTER_CONFIRM);
        kiosk.waitForText(OPENING_CASH, "500.00");
        kiosk.tap(OPENING_OPEN);
        kiosk.waitFor(REGISTER_MENU);
    }

    /**
     * On the register of a session without orders: two Masala chai (line 1) and a Mango lassi (line 2), ₹100.00,
     * paid with a ₹100 bill; returns the order's id once it is stored.
     */
    static long sellTwoChaiAndALassiForCash(TestKiosk kiosk) throws java.sql.SQLException {
        long lassi = kiosk.count("SELECT id FROM products WHERE name = 'Mango lassi' AND active = 1");
        long chai = kiosk.count("SELECT id FROM products WHERE name = 'Masala chai' AND active = 1");
        kiosk.tap(product(chai));
        kiosk.tap(product(chai));
        kiosk.tap(product(lassi));
        kiosk.waitForText(CART_TOTAL, "₹100.00");
        kiosk.tap(PAY_CASH);
        kiosk.tap(PAY_QUICK_PREFIX + 10000);
        kiosk.tap(PAY_CONFIRM);
        kiosk.waitForText(CART_TOTAL, "₹0.00");
        kiosk.awaitCount(1, "SELECT count(*) FROM orders");
        return kiosk.count("SELECT id FROM orders");
    }
}
