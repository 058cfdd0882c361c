package app.tillpoint.api.ui;

import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;

/**
 * The stable component names ({@link java.awt.Component#setName}) of every interactive component of the kiosk and
 * its bundled plugins, in one place, for tests and retailers' automation. The README lists them too.
 */
public final class Names {
    /** Dashboard: the terminal's name, at the top of the terminal card. @since 1.0 */
    public static final String DASHBOARD_TERMINAL_NAME = "dashboard.terminalName";
    /** Dashboard: the session's state, "No open session" or "Open since 09:12 · opened by Asha". @since 1.0 */
    public static final String DASHBOARD_STATUS = "dashboard.status";
    /** Dashboard: "Last closing: ₹12,340.00 on 25 Nov 2026", or "No session closed yet". @since 1.0 */
    public static final String DASHBOARD_LAST_CLOSING = "dashboard.lastClosing";
    /** Dashboard: each plugin that could not be used, and why, one a line; hidden when there is none. @since 1.0 */
    public static final String DASHBOARD_NOTICES = "dashboard.notices";
    /** Dashboard: the state of the badge reader and the cash drawer ("Cash drawer: simulated"). @since 1.0 */
    public static final String DASHBOARD_DEVICES = "dashboard.devices";
    /**
     * {@code dashboard.action.<id>}: the button of a {@link app.tillpoint.api.DashboardAction} on the terminal card,
     * by its {@link app.tillpoint.api.DashboardAction#id() id}. @since 1.0
     */
    public static final String DASHBOARD_ACTION_PREFIX = "dashboard.action.";
    /** Dashboard: New Session (session-opening), while the terminal has no open session. @since 1.0 */
    public static final String DASHBOARD_NEW_SESSION = DASHBOARD_ACTION_PREFIX + "newSession";
    /** Dashboard: Continue Selling (continue-selling), while the terminal has an open session. @since 1.0 */
    public static final String DASHBOARD_CONTINUE_SELLING = DASHBOARD_ACTION_PREFIX + "continueSelling";

    /** Lock screen: the prompt, "Scan your badge", or "Asha, enter your PIN" while a PIN is entered. @since 1.0 */
    public static final String LOCK_SCAN_PROMPT = "lock.scanPrompt";
    /** Lock screen: what the cashier identifies for, e.g. "New Session", above the prompt. @since 1.0 */
    public static final String LOCK_PURPOSE = "lock.purpose";
    /** Lock screen: Select Cashier, which lists a tile for every active cashier. @since 1.0 */
    public static final String LOCK_SELECT_CASHIER = "lock.selectCashier";
    /** {@code lock.cashier.<cashierId>}: a cashier's tile on the lock screen; see {@link #lockCashier}. @since 1.0 */
    public static final String LOCK_CASHIER_PREFIX = "lock.cashier.";
    /** Lock screen: what happened, e.g. "Badge not recognised" or "Wrong PIN: 2 attempts left". @since 1.0 */
    public static final String LOCK_MESSAGE = "lock.message";
    /** Lock screen: Cancel, which answers that nobody identified. @since 1.0 */
    public static final String LOCK_CANCEL = "lock.cancel";
    /** Lock screen: the PIN field, typed on the keypad below it. @since 1.0 */
    public static final String LOCK_PIN = "lock.pin";

    /** {@code keypad.<key>}: a key of the on-screen {@link Keypad}; see {@link #keypadDigit}. @since 1.0 */
    public static final String KEYPAD_PREFIX = "keypad.";
    /** Keypad: ⌫, which deletes the last character of the field. @since 1.0 */
    public static final String KEYPAD_BACK = "keypad.back";
    /** Keypad: C, which empties the field. @since 1.0 */
    public static final String KEYPAD_CLEAR = "keypad.clear";
    /** Keypad: OK, the wide bottom key; it does what the screen says (the lock screen checks the PIN). @since 1.0 */
    public static final String KEYPAD_OK = "keypad.ok";
    /** Keypad: the decimal point, only on a keypad for amounts. @since 1.0 */
    public static final String KEYPAD_DOT = "keypad.dot";
    /** Keypad: ±, which puts a minus sign before the field's text or takes it away; only where asked. @since 1.5 */
    public static final String KEYPAD_SIGN = "keypad.sign";

    /** Opening control: Opening cash, typed on the keypad or filled from the count or the last closing. @since 1.0 */
    public static final String OPENING_CASH = "opening.cash";
    /** Opening control: the currency button (₹ for INR), which opens the cash counter; hidden without it. @since 1.0 */
    public static final String OPENING_COUNT = "opening.count";
    /**
     * Opening control: how the opening cash differs from the count or the last closing count, and whether a head
     * cashier approves it; hidden when nothing differs. @since 1.0
     */
    public static final String OPENING_MISMATCH = "opening.mismatch";
    /** Opening control: the opening note, with the count's lines written in. @since 1.0 */
    public static final String OPENING_NOTE = "opening.note";
    /** Opening control: what is wrong with the amount, or that a head cashier approves the opening. @since 1.0 */
    public static final String OPENING_MESSAGE = "opening.message";
    /** Opening control: Open Session. @since 1.0 */
    public static final String OPENING_OPEN = "opening.open";
    /** Opening control: Cancel. @since 1.0 */
    public static final String OPENING_CANCEL = "opening.cancel";

    /** Cash counter: the running total of the count. @since 1.0 */
    public static final String COUNTER_TOTAL = "counter.total";
    /** Cash counter: why a quantity typed was refused. @since 1.0 */
    public static final String COUNTER_MESSAGE = "counter.message";
    /** Cash counter: Confirm, which hands the count back to the opening or the closing dialog. @since 1.0 */
    public static final String COUNTER_CONFIRM = "counter.confirm";
    /** Cash counter: Cancel, which hands back no count. @since 1.0 */
    public static final String COUNTER_CANCEL = "counter.cancel";

    /** Register header: the terminal's name. @since 1.0 */
    public static final String REGISTER_TERMINAL = "register.terminal";
    /** Register header: the session number, "Session 12". @since 1.0 */
    public static final String REGISTER_SESSION = "register.session";
    /** Register header: the cashier at the till, or "Nobody at the till". @since 1.0 */
    public static final String REGISTER_CASHIER = "register.cashier";
    /** Register header: when the session was opened, "Opened 09:12" (with the date if not today). @since 1.0 */
    public static final String REGISTER_OPENED_AT = "register.openedAt";
    /** Register header: the opening cash as confirmed, "Opening cash ₹2,000.00". @since 1.0 */
    public static final String REGISTER_OPENING_CASH = "register.openingCash";
    /** Register header: the top-right menu button (☰), which lists the menu entries. @since 1.0 */
    public static final String REGISTER_MENU = "register.menu";
    /** Register header: the time now, HH:mm in the terminal's zone. @since 1.3 */
    public static final String REGISTER_CLOCK = "register.clock";
    /** Register header: the cash drawer's state as an icon (the warning icon while it cannot be used). @since 1.3 */
    public static final String REGISTER_DRAWER = "register.drawer";
    /**
     * Register header: the back office link as an icon (synced or sending; the warning icon while offline or
     * refused), hidden without a back office. @since 1.4
     */
    public static final String REGISTER_LINK = "register.link";

    /**
     * {@code menu.<id>}: an entry of the register's menu, a {@link app.tillpoint.api.MenuEntry}, by its
     * {@link app.tillpoint.api.MenuEntry#id() id}. @since 1.0
     */
    public static final String MENU_PREFIX = "menu.";
    /** Register menu: Backend (continue-selling): the dashboard, with the session left open. @since 1.0 */
    public static final String MENU_BACKEND = "menu.backend";
    /** Register menu: Lock (badge-login): the cashier leaves the till and the next one identifies. @since 1.0 */
    public static final String MENU_LOCK = "menu.lock";

    // Since API 1.1: selling, cash moves, closing, the session report.
    /** Dashboard: Close Session (session-closing), while the terminal has an open session. @since 1.1 */
    public static final String DASHBOARD_CLOSE_SESSION = DASHBOARD_ACTION_PREFIX + "closeSession";
    /** Register menu: Close Session (session-closing), for the cashier at the till. @since 1.1 */
    public static final String MENU_CLOSE_SESSION = "menu.closeSession";
    /** Register menu: Cash in (selling), the cash in / cash out dialog for cash put into the drawer. @since 1.1 */
    public static final String MENU_CASH_IN = "menu.cashIn";
    /** Register menu: Cash out (selling), the cash in / cash out dialog for cash taken out. @since 1.1 */
    public static final String MENU_CASH_OUT = "menu.cashOut";
    /** Register menu: Session report (session-closing), the open session's report so far. @since 1.1 */
    public static final String MENU_REPORT = "menu.report";

    /** {@code product.<productId>}: a product's tile on the register; see {@link #product}. @since 1.1 */
    public static final String PRODUCT_PREFIX = "product.";
    /** {@code category.<name>}: a category's tab above the product tiles on the register, by its name. @since 1.1 */
    public static final String CATEGORY_PREFIX = "category.";
    /**
     * {@code cart.line.<productId>}: a line of the register's cart; its quantity field, typed on the keypad, is
     * {@code cart.line.<productId>.quantity}. @since 1.1
     */
    public static final String CART_LINE_PREFIX = "cart.line.";
    /** {@code cart.plus.<productId>}: + on a cart line, one more of the product. @since 1.1 */
    public static final String CART_PLUS_PREFIX = "cart.plus.";
    /** {@code cart.minus.<productId>}: − on a cart line, one fewer of the product. @since 1.1 */
    public static final String CART_MINUS_PREFIX = "cart.minus.";
    /** {@code cart.remove.<productId>}: ✕ on a cart line, which removes the line. @since 1.1 */
    public static final String CART_REMOVE_PREFIX = "cart.remove.";
    /** Register: the cart's total. @since 1.1 */
    public static final String CART_TOTAL = "cart.total";
    /**
     * Register: the cart's taxes by rate, above the total; empty while no line carries a rate. @since 1.3
     */
    public static final String CART_TAXES = "cart.taxes";
    /**
     * {@code cart.tax.<n>}: the tax of the cart's n-th rate (from 0), such as "₹3.71"; its rate, such as "CGST 2.5%",
     * is {@code cart.tax.<n>.rate}. @since 1.3
     */
    public static final String CART_TAX_PREFIX = "cart.tax.";
    /**
     * Register: the message above the total, why a tap or a key changed nothing (a quantity out of range, a cart over
     * its limit). @since 1.2
     */
    public static final String CART_MESSAGE = "cart.message";
    /** Register: Pay cash, under the cart: the payment dialog; enabled while the cart is not empty. @since 1.1 */
    public static final String PAY_CASH = "pay.cash";
    /** Register: Search, beside the categories: the search panel. @since 1.3 */
    public static final String SEARCH = "search";
    /** Search panel: the text field, a part of a product's name; the on-screen keyboard opens for it. @since 1.3 */
    public static final String SEARCH_TEXT = "search.text";
    /**
     * {@code search.category.<name>}: a category's chip in the search panel, which keeps the products of that
     * category; {@code search.category.} alone is All. @since 1.3
     */
    public static final String SEARCH_CATEGORY_PREFIX = "search.category.";
    /** {@code search.result.<productId>}: a product found, as a tile; a tap adds it to the cart. @since 1.3 */
    public static final String SEARCH_RESULT_PREFIX = "search.result.";
    /** Search panel: "No product matches", when nothing does. @since 1.3 */
    public static final String SEARCH_NONE = "search.none";
    /** Search panel: Close, back to the register. @since 1.3 */
    public static final String SEARCH_CLOSE = "search.close";
    /** Register: Qty, the numpad's mode that types the selected line's quantity (the default). @since 1.4 */
    public static final String NUMPAD_QUANTITY = "numpad.quantity";
    /** Register: Disc, the numpad's mode that types a discount for the selected line. @since 1.4 */
    public static final String NUMPAD_DISCOUNT = "numpad.discount";
    /** Register: Price, the numpad's mode that types a new unit price for the selected line. @since 1.4 */
    public static final String NUMPAD_PRICE = "numpad.price";
    /** Register: Order disc., the numpad's mode that types a discount for the whole order. @since 1.4 */
    public static final String NUMPAD_ORDER_DISCOUNT = "numpad.orderDiscount";
    /** Register: the field a discount or price is typed into, above the keypad; OK takes it. @since 1.4 */
    public static final String NUMPAD_ENTRY = "numpad.entry";
    /** Register: % or the currency's symbol beside the entry: whether a discount is a percentage or an amount. @since 1.4 */
    public static final String NUMPAD_PERCENT = "numpad.percent";
    /** Register: the order discount under the lines, when there is one. @since 1.4 */
    public static final String CART_ORDER_DISCOUNT = "cart.orderDiscount";
    /** {@code cart.line.<productId>.discount}: a line's discount and the price it had, when changed. @since 1.4 */
    public static final String CART_LINE_DISCOUNT_SUFFIX = ".discount";
    /** {@code discount.reason.<index>}: a reason of the terminal's list in the discount dialog. @since 1.4 */
    public static final String DISCOUNT_REASON_PREFIX = "discount.reason.";
    /** Discount dialog: a reason typed on the on-screen keyboard. @since 1.4 */
    public static final String DISCOUNT_REASON_TEXT = "discount.reasonText";
    /** Discount dialog: Apply: the discount or price, asking a head cashier when over the limit. @since 1.4 */
    public static final String DISCOUNT_CONFIRM = "discount.confirm";
    /** Discount dialog: Cancel, the cart as it was. @since 1.4 */
    public static final String DISCOUNT_CANCEL = "discount.cancel";
    /** Discount dialog: why Apply did nothing. @since 1.4 */
    public static final String DISCOUNT_MESSAGE = "discount.message";
    /** Payment dialog: Tendered, the cash the customer handed over, typed on the keypad. @since 1.1 */
    public static final String PAY_TENDERED = "pay.tendered";
    /**
     * {@code pay.quick.<minorUnits>}: a quick button of the payment dialog that puts that amount in Tendered: the
     * exact total, then the round amounts a customer is likely to hand. @since 1.1
     */
    public static final String PAY_QUICK_PREFIX = "pay.quick.";
    /** Payment dialog: "Change ₹40.00", "Short ₹60.00", or "Enter the amount tendered". @since 1.1 */
    public static final String PAY_CHANGE = "pay.change";
    /** Payment dialog: Confirm, which stores the sale; enabled once Tendered covers the total. @since 1.1 */
    public static final String PAY_CONFIRM = "pay.confirm";
    /** Payment dialog: Cancel, back to the cart. @since 1.1 */
    public static final String PAY_CANCEL = "pay.cancel";
    /** Payment dialog: why a key was refused, or why the sale was not stored. @since 1.1 */
    public static final String PAY_MESSAGE = "pay.message";
    /**
     * {@code pay.method.<name>}: a payment method's button in the payment dialog (Cash, then the terminal's others),
     * shown when the terminal takes more than cash. @since 1.4
     */
    public static final String PAY_METHOD_PREFIX = "pay.method.";
    /** Payment dialog: what was paid so far in other methods and what is left to pay (split tender). @since 1.4 */
    public static final String PAY_PAID = "pay.paid";
    /** Payment dialog, card: the card terminal's approval code, typed by the cashier. @since 1.4 */
    public static final String PAY_APPROVAL_CODE = "pay.approvalCode";
    /** Payment dialog, card: the last four digits of the card, typed by the cashier. @since 1.4 */
    public static final String PAY_LAST_FOUR = "pay.lastFour";
    /** Payment dialog, UPI and other methods: the reference (UPI reference, voucher number), optional. @since 1.4 */
    public static final String PAY_REFERENCE = "pay.reference";
    /** Payment dialog, UPI: the QR code of the {@code upi://pay} link for the amount, for the customer. @since 1.4 */
    public static final String PAY_UPI_QR = "pay.upiQr";
    /** Payment dialog, UPI: the transaction note the QR code carries ({@code tn=}), the sale's reference. @since 1.4 */
    public static final String PAY_UPI_NOTE = "pay.upiNote";
    /** Payment dialog: Add payment, which keeps the amount in the chosen method and asks for the rest. @since 1.4 */
    public static final String PAY_ADD = "pay.add";

    /** Cash in / cash out dialog: the amount, typed on the keypad. @since 1.1 */
    public static final String CASH_MOVE_AMOUNT = "cashMove.amount";
    /**
     * {@code cashMove.reason.<n>}: in the cash in / cash out dialog, the tile of the terminal's cash move reason
     * {@code n}, from 0 in the policy's order. @since 1.1
     */
    public static final String CASH_MOVE_REASON_PREFIX = "cashMove.reason.";
    /** Cash in / cash out dialog: a reason typed, alone or after the tile picked ("Supplier paid: milk"). @since 1.1 */
    public static final String CASH_MOVE_REASON_TEXT = "cashMove.reasonText";
    /** Cash in / cash out dialog: Confirm, which stores the cash move. @since 1.1 */
    public static final String CASH_MOVE_CONFIRM = "cashMove.confirm";
    /** Cash in / cash out dialog: Cancel. @since 1.1 */
    public static final String CASH_MOVE_CANCEL = "cashMove.cancel";
    /** Cash in / cash out dialog: what is missing, or why the cash move was not stored. @since 1.1 */
    public static final String CASH_MOVE_MESSAGE = "cashMove.message";

    /** Refund dialog: the original order's number, typed on the keypad. @since 1.4 */
    public static final String REFUND_ORDER = "refund.order";
    /** Refund dialog: Find, which looks the order up. @since 1.4 */
    public static final String REFUND_FIND = "refund.find";
    /**
     * {@code refund.line.<n>}: in the refund dialog, how many of line {@code n} (from 1, as on the receipt) go
     * back. @since 1.4
     */
    public static final String REFUND_LINE_PREFIX = "refund.line.";
    /**
     * {@code refund.method.<METHOD>}: in the refund dialog, the tile of a method the money may go back by, such as
     * {@code refund.method.CASH}. @since 1.4
     */
    public static final String REFUND_METHOD_PREFIX = "refund.method.";
    /** Refund dialog: what goes back, as the lines chosen come to. @since 1.4 */
    public static final String REFUND_AMOUNT = "refund.amount";
    /** Refund dialog: Refund, which stores it. @since 1.4 */
    public static final String REFUND_CONFIRM = "refund.confirm";
    /** Refund dialog: Cancel. @since 1.4 */
    public static final String REFUND_CANCEL = "refund.cancel";
    /** Refund dialog: what is missing, or why the refund was not stored. @since 1.4 */
    public static final String REFUND_MESSAGE = "refund.message";

    /**
     * Closing dialog: the session's orders, "12 orders, ₹4,560.00"; only their number under a blind close, until the
     * count is recorded. @since 1.1
     */
    public static final String CLOSING_ORDERS = "closing.orders";
    /**
     * Closing dialog: opening + cash sales + cash in − cash out; under a blind close, hidden until the count is
     * recorded. @since 1.1
     */
    public static final String CLOSING_BREAKDOWN = "closing.breakdown";
    /** Closing dialog: the expected cash; under a blind close, hidden until the count is recorded. @since 1.1 */
    public static final String CLOSING_EXPECTED = "closing.expected";
    /** Closing dialog: Count the drawer, which opens the cash counter. @since 1.1 */
    public static final String CLOSING_COUNT = "closing.count";
    /** Closing dialog: the counted cash, or "Not counted yet". @since 1.1 */
    public static final String CLOSING_COUNTED = "closing.counted";
    /** Closing dialog: the difference, counted − expected, once the count is recorded. @since 1.1 */
    public static final String CLOSING_DIFFERENCE = "closing.difference";
    /** Closing dialog: the closing note, with the count's lines written in. @since 1.1 */
    public static final String CLOSING_NOTE = "closing.note";
    /** Closing dialog: what is missing or refused, e.g. that a head cashier must approve the difference. @since 1.1 */
    public static final String CLOSING_MESSAGE = "closing.message";
    /**
     * {@code closing.settled.<method>}: at closing, the settlement total of a payment method other than cash, typed
     * from the card terminal's or the UPI app's settlement. @since 1.4
     */
    public static final String CLOSING_SETTLED_PREFIX = "closing.settled.";
    /** {@code closing.settlement.<method>}: at closing, a method's expected total and its difference. @since 1.4 */
    public static final String CLOSING_SETTLEMENT_PREFIX = "closing.settlement.";
    /**
     * {@code closing.reason.<n>}: in the closing dialog, the tile of the terminal's closing reason {@code n}, from 0 in
     * the policy's order; shown once a head cashier approved the difference. @since 1.1
     */
    public static final String CLOSING_REASON_PREFIX = "closing.reason.";
    /** Closing dialog: Close Session. @since 1.1 */
    public static final String CLOSING_CLOSE = "closing.close";
    /** Closing dialog: Cancel. @since 1.1 */
    public static final String CLOSING_CANCEL = "closing.cancel";

    /** Session report: the report's text, read-only. @since 1.1 */
    public static final String REPORT_TEXT = "report.text";
    /** Session report: Close. @since 1.1 */
    public static final String REPORT_CLOSE = "report.close";

    /** Dashboard: Plugins, which shows the plugins screen once a head cashier has identified. @since 1.1 */
    public static final String DASHBOARD_PLUGINS = "dashboard.plugins";
    /** Dashboard: Exit, which leaves the kiosk once a head cashier has identified. @since 1.1 */
    public static final String DASHBOARD_EXIT = "dashboard.exit";
    /**
     * {@code plugins.state.<pluginId>}, {@code plugins.toggle.<pluginId>} on the head cashier's plugins screen.
     * @since 1.1
     */
    public static final String PLUGINS_STATE_PREFIX = "plugins.state.";
    /** {@code plugins.toggle.<pluginId>}: Enable or Disable, from the next start, on the plugins screen. @since 1.1 */
    public static final String PLUGINS_TOGGLE_PREFIX = "plugins.toggle.";
    /**
     * Prefix of the Plugins screen's Retry button for a plugin whose events are held back, followed by the id.
     *
     * @since 1.2
     */
    public static final String PLUGINS_RETRY_PREFIX = "plugins.retry.";
    /** "Still working… nothing is lost", shown while a change takes longer than two seconds. @since 1.2 */
    public static final String WORKING = "kiosk.working";
    /** Plugins screen: that changes take effect at the next start, or why a change was not saved. @since 1.1 */
    public static final String PLUGINS_MESSAGE = "plugins.message";
    /** Plugins screen: Back, to the dashboard. @since 1.1 */
    public static final String PLUGINS_BACK = "plugins.back";

    /** Dashboard: Outbox, which shows the outbox screen once a head cashier has identified. @since 1.2 */
    public static final String DASHBOARD_OUTBOX = "dashboard.outbox";
    /**
     * {@code outbox.mark.<consumer>}: on the head cashier's outbox screen, how far a reader of the outbox got (the
     * last event it took, when it happened) and how many events wait for it; {@code <consumer>} is {@code office} or
     * {@code <plugin id>/<listener class>}. @since 1.2
     */
    public static final String OUTBOX_MARK_PREFIX = "outbox.mark.";
    /** {@code outbox.failure.<consumer>}: its last failure and when, and whether it is held back. @since 1.2 */
    public static final String OUTBOX_FAILURE_PREFIX = "outbox.failure.";
    /** {@code outbox.retry.<consumer>}: Retry, for a listener whose events are held back. @since 1.2 */
    public static final String OUTBOX_RETRY_PREFIX = "outbox.retry.";
    /** Outbox screen: what a Retry did, or why the outbox could not be read. @since 1.2 */
    public static final String OUTBOX_MESSAGE = "outbox.message";
    /** Outbox screen: Back, to the dashboard. @since 1.2 */
    public static final String OUTBOX_BACK = "outbox.back";

    /** Message dialog ({@link app.tillpoint.api.terminal.Navigator#message}): the text. @since 1.0 */
    public static final String MESSAGE_TEXT = "message.text";
    /** Message dialog: OK, which closes it. @since 1.0 */
    public static final String MESSAGE_OK = "message.ok";
    /** Notice ({@link app.tillpoint.api.terminal.Navigator#notice}): the text, at the foot of the window. @since 1.3 */
    public static final String NOTICE_TEXT = "notice.text";
    /** Notice: OK, which hides it before its time. @since 1.3 */
    public static final String NOTICE_OK = "notice.ok";

    /** {@code keyboard.<key>}: a key of the on-screen {@link Keyboard}. @since 1.2 */
    public static final String KEYBOARD_PREFIX = "keyboard.";
    /** The kiosk's on-screen keyboard, docked in the window while a text field has the focus. @since 1.2 */
    public static final String KEYBOARD = "keyboard";

    /** First-run screen: the step shown ("1 of 4 · Name"). @since 1.2 */
    public static final String FIRST_RUN_STEP = "firstRun.step";
    /** First-run screen: the first head cashier's name. @since 1.2 */
    public static final String FIRST_RUN_NAME = "firstRun.name";
    /** First-run screen: whether their badge was read. @since 1.2 */
    public static final String FIRST_RUN_BADGE = "firstRun.badge";
    /** First-run screen: their PIN. @since 1.2 */
    public static final String FIRST_RUN_PIN = "firstRun.pin";
    /** First-run screen: their PIN, typed again. @since 1.2 */
    public static final String FIRST_RUN_PIN_AGAIN = "firstRun.pinAgain";
    /** First-run screen: what is wrong, or what to do. @since 1.2 */
    public static final String FIRST_RUN_MESSAGE = "firstRun.message";
    /** First-run screen: Next (Create on the last step). @since 1.2 */
    public static final String FIRST_RUN_NEXT = "firstRun.next";
    /** First-run screen: Back, to the step before. @since 1.2 */
    public static final String FIRST_RUN_BACK = "firstRun.back";

    /** Register: what was stored before the kiosk restarted ("Stored before the restart: order 12 …"). @since 1.2 */
    public static final String REGISTER_RECOVERED = "register.recovered";
    /** Dashboard: a security alert, such as too many wrong PINs in an hour. @since 1.2 */
    public static final String DASHBOARD_ALERT = "dashboard.alert";
    /** Dashboard: "To close", shown while a session has been open for more than a day. @since 1.2 */
    public static final String DASHBOARD_TO_CLOSE = "dashboard.toClose";

    /** Host's PIN pad (when no plugin identifies cashiers): what the head cashier is asked for. @since 1.2 */
    public static final String HOST_PIN_PURPOSE = "hostPin.purpose";
    /** {@code hostPin.cashier.<cashierId>}: a head cashier's name on the host's PIN pad. @since 1.2 */
    public static final String HOST_PIN_CASHIER_PREFIX = "hostPin.cashier.";
    /** Host's PIN pad: the PIN field, typed on the keypad below it. @since 1.2 */
    public static final String HOST_PIN_PIN = "hostPin.pin";
    /** Host's PIN pad: what happened, e.g. "Asha is not a head cashier". @since 1.2 */
    public static final String HOST_PIN_MESSAGE = "hostPin.message";
    /** Host's PIN pad: Cancel, back to the dashboard. @since 1.2 */
    public static final String HOST_PIN_CANCEL = "hostPin.cancel";

    private Names() {
    }

    /**
     * {@code keypad.0} … {@code keypad.9}: a digit key of the {@link Keypad}.
     *
     * @param digit 0 to 9; not checked
     * @return the name of that digit's key
     * @since 1.0
     */
    public static String keypadDigit(int digit) {
        return KEYPAD_PREFIX + digit;
    }

    /**
     * {@code product.<productId>}: the product's tile on the register.
     *
     * @param productId the product's {@link app.tillpoint.api.catalog.Product#id() id} in the catalog
     * @return the name of its tile
     * @since 1.1
     */
    public static String product(long productId) {
        return PRODUCT_PREFIX + productId;
    }

    /**
     * {@code lock.cashier.<cashierId>}: the cashier's tile on the lock screen, after Select Cashier.
     *
     * @param cashierId the cashier's {@link app.tillpoint.api.cashier.Cashier#id() id}
     * @return the name of their tile
     * @since 1.0
     */
    public static String lockCashier(long cashierId) {
        return LOCK_CASHIER_PREFIX + cashierId;
    }

    /**
     * {@code counter.qty.<key>}: the quantity field of a denomination in the cash counter.
     *
     * @param count        the count being shown, which tells a coin that shares its value with a bill
     * @param denomination one of the count's denominations
     * @return the field's name, with the {@link #denominationKey} of the denomination
     * @since 1.0
     */
    public static String counterQty(CashCount count, Denomination denomination) {
        return "counter.qty." + denominationKey(count, denomination);
    }

    /**
     * {@code counter.plus.<key>}: + beside a denomination's quantity in the cash counter, one more.
     *
     * @param count        the count being shown, which tells a coin that shares its value with a bill
     * @param denomination one of the count's denominations
     * @return the button's name, with the {@link #denominationKey} of the denomination
     * @since 1.0
     */
    public static String counterPlus(CashCount count, Denomination denomination) {
        return "counter.plus." + denominationKey(count, denomination);
    }

    /**
     * {@code counter.minus.<key>}: − beside a denomination's quantity in the cash counter, one fewer.
     *
     * @param count        the count being shown, which tells a coin that shares its value with a bill
     * @param denomination one of the count's denominations
     * @return the button's name, with the {@link #denominationKey} of the denomination
     * @since 1.0
     */
    public static String counterMinus(CashCount count, Denomination denomination) {
        return "counter.minus." + denominationKey(count, denomination);
    }

    /**
     * The denomination's value in minor units (50000 for ₹500); a coin that shares its value with a bill of the same
     * count gets {@code .coin} after it (the ₹20 coin beside the ₹20 bill: {@code 2000.coin}).
     *
     * @param count        the count the denomination is shown in
     * @param denomination the denomination; need not be one of the count's
     * @return the key that ends the counter's names of that denomination
     * @since 1.0
     */
    public static String denominationKey(CashCount count, Denomination denomination) {
        return denomination.minorUnits() + (count.sharesValueWithBill(denomination) ? ".coin" : "");
    }
}
