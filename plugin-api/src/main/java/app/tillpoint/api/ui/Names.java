package app.tillpoint.api.ui;

import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;

/**
 * The stable component names ({@link java.awt.Component#setName}) of every interactive component of the kiosk and
 * its bundled plugins, in one place, for tests and retailers' automation. The README lists them too.
 */
public final class Names {
    public static final String DASHBOARD_TERMINAL_NAME = "dashboard.terminalName";
    public static final String DASHBOARD_STATUS = "dashboard.status";
    public static final String DASHBOARD_LAST_CLOSING = "dashboard.lastClosing";
    public static final String DASHBOARD_NOTICES = "dashboard.notices";
    public static final String DASHBOARD_DEVICES = "dashboard.devices";
    public static final String DASHBOARD_ACTION_PREFIX = "dashboard.action.";
    public static final String DASHBOARD_NEW_SESSION = DASHBOARD_ACTION_PREFIX + "newSession";
    public static final String DASHBOARD_CONTINUE_SELLING = DASHBOARD_ACTION_PREFIX + "continueSelling";

    public static final String LOCK_SCAN_PROMPT = "lock.scanPrompt";
    public static final String LOCK_PURPOSE = "lock.purpose";
    public static final String LOCK_SELECT_CASHIER = "lock.selectCashier";
    public static final String LOCK_CASHIER_PREFIX = "lock.cashier.";
    public static final String LOCK_MESSAGE = "lock.message";
    public static final String LOCK_CANCEL = "lock.cancel";
    public static final String LOCK_PIN = "lock.pin";

    public static final String KEYPAD_PREFIX = "keypad.";
    public static final String KEYPAD_BACK = "keypad.back";
    public static final String KEYPAD_CLEAR = "keypad.clear";
    public static final String KEYPAD_OK = "keypad.ok";
    public static final String KEYPAD_DOT = "keypad.dot";

    public static final String OPENING_CASH = "opening.cash";
    public static final String OPENING_COUNT = "opening.count";
    public static final String OPENING_MISMATCH = "opening.mismatch";
    public static final String OPENING_NOTE = "opening.note";
    public static final String OPENING_MESSAGE = "opening.message";
    public static final String OPENING_OPEN = "opening.open";
    public static final String OPENING_CANCEL = "opening.cancel";

    public static final String COUNTER_TOTAL = "counter.total";
    public static final String COUNTER_MESSAGE = "counter.message";
    public static final String COUNTER_CONFIRM = "counter.confirm";
    public static final String COUNTER_CANCEL = "counter.cancel";

    public static final String REGISTER_TERMINAL = "register.terminal";
    public static final String REGISTER_SESSION = "register.session";
    public static final String REGISTER_CASHIER = "register.cashier";
    public static final String REGISTER_OPENED_AT = "register.openedAt";
    public static final String REGISTER_OPENING_CASH = "register.openingCash";
    public static final String REGISTER_MENU = "register.menu";

    public static final String MENU_PREFIX = "menu.";
    public static final String MENU_BACKEND = "menu.backend";
    public static final String MENU_LOCK = "menu.lock";

    // Since API 1.1: selling, cash moves, closing, the session report.
    public static final String DASHBOARD_CLOSE_SESSION = DASHBOARD_ACTION_PREFIX + "closeSession";
    public static final String MENU_CLOSE_SESSION = "menu.closeSession";
    public static final String MENU_CASH_IN = "menu.cashIn";
    public static final String MENU_CASH_OUT = "menu.cashOut";
    public static final String MENU_REPORT = "menu.report";

    public static final String PRODUCT_PREFIX = "product.";
    public static final String CATEGORY_PREFIX = "category.";
    public static final String CART_LINE_PREFIX = "cart.line.";
    public static final String CART_PLUS_PREFIX = "cart.plus.";
    public static final String CART_MINUS_PREFIX = "cart.minus.";
    public static final String CART_REMOVE_PREFIX = "cart.remove.";
    public static final String CART_TOTAL = "cart.total";
    public static final String PAY_CASH = "pay.cash";
    public static final String PAY_TENDERED = "pay.tendered";
    public static final String PAY_QUICK_PREFIX = "pay.quick.";
    public static final String PAY_CHANGE = "pay.change";
    public static final String PAY_CONFIRM = "pay.confirm";
    public static final String PAY_CANCEL = "pay.cancel";
    public static final String PAY_MESSAGE = "pay.message";

    public static final String CASH_MOVE_AMOUNT = "cashMove.amount";
    public static final String CASH_MOVE_REASON_PREFIX = "cashMove.reason.";
    public static final String CASH_MOVE_REASON_TEXT = "cashMove.reasonText";
    public static final String CASH_MOVE_CONFIRM = "cashMove.confirm";
    public static final String CASH_MOVE_CANCEL = "cashMove.cancel";
    public static final String CASH_MOVE_MESSAGE = "cashMove.message";

    public static final String CLOSING_ORDERS = "closing.orders";
    public static final String CLOSING_BREAKDOWN = "closing.breakdown";
    public static final String CLOSING_EXPECTED = "closing.expected";
    public static final String CLOSING_COUNT = "closing.count";
    public static final String CLOSING_COUNTED = "closing.counted";
    public static final String CLOSING_DIFFERENCE = "closing.difference";
    public static final String CLOSING_NOTE = "closing.note";
    public static final String CLOSING_MESSAGE = "closing.message";
    public static final String CLOSING_REASON_PREFIX = "closing.reason.";
    public static final String CLOSING_CLOSE = "closing.close";
    public static final String CLOSING_CANCEL = "closing.cancel";

    public static final String REPORT_TEXT = "report.text";
    public static final String REPORT_CLOSE = "report.close";

    public static final String DASHBOARD_PLUGINS = "dashboard.plugins";
    public static final String DASHBOARD_EXIT = "dashboard.exit";
    /** {@code plugins.state.<pluginId>}, {@code plugins.toggle.<pluginId>} on the head cashier's plugins screen. */
    public static final String PLUGINS_STATE_PREFIX = "plugins.state.";
    public static final String PLUGINS_TOGGLE_PREFIX = "plugins.toggle.";
    public static final String PLUGINS_MESSAGE = "plugins.message";
    public static final String PLUGINS_BACK = "plugins.back";

    public static final String MESSAGE_TEXT = "message.text";
    public static final String MESSAGE_OK = "message.ok";

    /** {@code keyboard.<key>}: a key of the on-screen {@link Keyboard}. @since 1.2 */
    public static final String KEYBOARD_PREFIX = "keyboard.";

    /** First-run screen: the step shown ("1 of 4 · Name"). @since 1.2 */
    public static final String FIRST_RUN_STEP = "firstRun.step";
    /** First-run screen: the first head cashier's name. @since 1.2 */
    public static final String FIRST_RUN_NAME = "firstRun.name";
    /** First-run screen: whether their badge was read. @since 1.2 */
    public static final String FIRST_RUN_BADGE = "firstRun.badge";
    /** First-run screen: their PIN, and the PIN typed again. @since 1.2 */
    public static final String FIRST_RUN_PIN = "firstRun.pin";
    public static final String FIRST_RUN_PIN_AGAIN = "firstRun.pinAgain";
    /** First-run screen: what is wrong, or what to do. @since 1.2 */
    public static final String FIRST_RUN_MESSAGE = "firstRun.message";
    /** First-run screen: Next (Create on the last step) and Back. @since 1.2 */
    public static final String FIRST_RUN_NEXT = "firstRun.next";
    public static final String FIRST_RUN_BACK = "firstRun.back";

    /** Register: what was stored before the kiosk restarted ("Stored before the restart: order 12 …"). @since 1.2 */
    public static final String REGISTER_RECOVERED = "register.recovered";
    /** Dashboard: a security alert, such as too many wrong PINs in an hour. @since 1.2 */
    public static final String DASHBOARD_ALERT = "dashboard.alert";

    private Names() {
    }

    /** {@code keypad.0} … {@code keypad.9}. */
    public static String keypadDigit(int digit) {
        return KEYPAD_PREFIX + digit;
    }

    /** {@code product.<productId>}: the product's tile on the register. */
    public static String product(long productId) {
        return PRODUCT_PREFIX + productId;
    }

    /** {@code lock.cashier.<cashierId>}. */
    public static String lockCashier(long cashierId) {
        return LOCK_CASHIER_PREFIX + cashierId;
    }

    /** {@code counter.qty.<key>}: the quantity field of a denomination. */
    public static String counterQty(CashCount count, Denomination denomination) {
        return "counter.qty." + denominationKey(count, denomination);
    }

    public static String counterPlus(CashCount count, Denomination denomination) {
        return "counter.plus." + denominationKey(count, denomination);
    }

    public static String counterMinus(CashCount count, Denomination denomination) {
        return "counter.minus." + denominationKey(count, denomination);
    }

    /**
     * The denomination's value in minor units (50000 for ₹500); a coin that shares its value with a bill of the same
     * count gets {@code .coin} after it (the ₹20 coin beside the ₹20 bill: {@code 2000.coin}).
     */
    public static String denominationKey(CashCount count, Denomination denomination) {
        return denomination.minorUnits() + (count.sharesValueWithBill(denomination) ? ".coin" : "");
    }
}
