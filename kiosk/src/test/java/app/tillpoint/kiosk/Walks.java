package app.tillpoint.kiosk;

import app.tillpoint.kiosk.testkit.TestKiosk;

import static app.tillpoint.api.ui.Names.COUNTER_CONFIRM;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.OPENING_CASH;
import static app.tillpoint.api.ui.Names.OPENING_COUNT;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;

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
}
