package app.tillpoint.kiosk;

import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.config.ConfigLoader;
import app.tillpoint.kiosk.config.TerminalConfig;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.CLOSING_CLOSE;
import static app.tillpoint.api.ui.Names.CLOSING_COUNT;
import static app.tillpoint.api.ui.Names.CLOSING_DIFFERENCE;
import static app.tillpoint.api.ui.Names.CLOSING_MESSAGE;
import static app.tillpoint.api.ui.Names.CLOSING_SETTLED_PREFIX;
import static app.tillpoint.api.ui.Names.CLOSING_SETTLEMENT_PREFIX;
import static app.tillpoint.api.ui.Names.COUNTER_CONFIRM;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.KEYPAD_SIGN;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.MENU_CLOSE_SESSION;
import static app.tillpoint.api.ui.Names.MENU_PREFIX;
import static app.tillpoint.api.ui.Names.OPENING_CASH;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.PAY_APPROVAL_CODE;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.PAY_CONFIRM;
import static app.tillpoint.api.ui.Names.PAY_LAST_FOUR;
import static app.tillpoint.api.ui.Names.PAY_METHOD_PREFIX;
import static app.tillpoint.api.ui.Names.REFUND_AMOUNT;
import static app.tillpoint.api.ui.Names.REFUND_CONFIRM;
import static app.tillpoint.api.ui.Names.REFUND_FIND;
import static app.tillpoint.api.ui.Names.REFUND_LINE_PREFIX;
import static app.tillpoint.api.ui.Names.REFUND_METHOD_PREFIX;
import static app.tillpoint.api.ui.Names.REFUND_ORDER;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.REPORT_CLOSE;
import static app.tillpoint.api.ui.Names.REPORT_TEXT;
import static app.tillpoint.api.ui.Names.keypadDigit;
import static app.tillpoint.api.ui.Names.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A closing whose card total is below zero, through the real kiosk: a ₹40.00 card sale in one session, given back by
 * card in the next, which took only ₹20.00 by card. Its card terminal settles −₹20.00, which the cashier types as it
 * reads it with the settlement keypad's ± key; a sign alone is refused with why and closes nothing.
 */
@GuiTest
class NegativeSettlementGuiTest {
    private static final PaymentMethod CARD = PaymentMethod.of("Card", PaymentMethod.Kind.CARD);

    @TempDir
    Path dataDir;

    @Test
    void aSessionThatGaveBackMoreByCardThanItTookClosesWithTheCardTerminalsSettlementBelowZero() throws Exception {
        new ConfigLoader().load(ConfigLoader.defaultFile(dataDir), TerminalConfig.demo().withPayments(List.of(CARD)));
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            // 1. The first session: two chai, ₹40.00, by card; closed with the card settled exactly.
            Walks.openCountingFiveHundred(kiosk);
            long chai = kiosk.count("SELECT id FROM products WHERE name = 'Masala chai' AND active = 1");
            payByCard(kiosk, chai, 2);
            kiosk.awaitCount(1, "SELECT count(*) FROM orders");
            closeCountingFiveHundred(kiosk);
            kiosk.waitForText(CLOSING_SETTLEMENT_PREFIX + "Card", "Expected ₹40.00");
            typeDigits(kiosk, "40");
            kiosk.waitForText(CLOSING_SETTLEMENT_PREFIX + "Card", "Expected ₹40.00, difference ₹0.00");
            kiosk.tap(CLOSING_CLOSE);
            kiosk.waitFor(REPORT_TEXT);
            kiosk.tap(REPORT_CLOSE);

            // 2. The next session takes ₹20.00 by card and gives the first session's ₹40.00 back by card.
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            kiosk.waitForText(OPENING_CASH, "500.00");
            kiosk.tap(OPENING_OPEN);
            kiosk.waitFor(REGISTER_MENU);
            payByCard(kiosk, chai, 1);
            kiosk.awaitCount(2, "SELECT count(*) FROM orders");
            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_PREFIX + "refund");
            kiosk.tap(REFUND_ORDER);
            typeDigits(kiosk, "1");
            kiosk.tap(REFUND_FIND);
            kiosk.waitFor(REFUND_LINE_PREFIX + 1);
            kiosk.tap(REFUND_LINE_PREFIX + 1);
            typeDigits(kiosk, "2");
            kiosk.waitUntil(REFUND_AMOUNT, text -> text.endsWith("₹40.00"));
            kiosk.tap(REFUND_METHOD_PREFIX + "Card");
            kiosk.tap(REFUND_CONFIRM);
            kiosk.awaitCount(1, "SELECT count(*) FROM refunds WHERE order_id = 1 AND method = 'Card' "
                    + "AND total = -4000");
            kiosk.waitFor(REGISTER_MENU);

            // 3. Its closing: the card expects 20 − 40 = −₹20.00. A sign alone is refused with why; nothing closes.
            closeCountingFiveHundred(kiosk);
            kiosk.waitForText(CLOSING_SETTLEMENT_PREFIX + "Card", "Expected -₹20.00");
            kiosk.tap(CLOSING_SETTLED_PREFIX + "Card");
            kiosk.tap(KEYPAD_SIGN);
            kiosk.waitForText(CLOSING_MESSAGE, "Type the amount, then ± to make it negative");
            assertThat(kiosk.text(CLOSING_SETTLED_PREFIX + "Card")).isEmpty();
            kiosk.tap(CLOSING_CLOSE);
            assertThat(kiosk.count("SELECT count(*) FROM sessions WHERE state = 'OPEN'")).isOne();

            // The card terminal's settlement reads −20.00: 2, 0, ±.
            typeDigits(kiosk, "20");
            kiosk.tap(KEYPAD_SIGN);
            kiosk.waitForText(CLOSING_SETTLED_PREFIX + "Card", "-20");
            kiosk.waitForText(CLOSING_SETTLEMENT_PREFIX + "Card", "Expected -₹20.00, difference ₹0.00");
            kiosk.screenshot("closing-card-below-zero");
            kiosk.tap(CLOSING_CLOSE);

            kiosk.waitFor(REPORT_TEXT);
            assertThat(kiosk.text(REPORT_TEXT)).contains("Card: settled -₹20.00, expected -₹20.00, difference ₹0.00");
            assertThat(kiosk.count("SELECT count(*) FROM session_settlements WHERE session_id = 2 AND method = 'Card' "
                    + "AND expected = -2000 AND settled = -2000 AND difference = 0 AND approved_by IS NULL")).isOne();
            assertThat(kiosk.count("SELECT count(*) FROM sessions WHERE state = 'CLOSED'")).isEqualTo(2);
        }
    }

    /** {@code count} chai paid by card on the card terminal, its approval code and the card's last four typed. */
    private static void payByCard(TestKiosk kiosk, long chai, int count) {
        for (int i = 0; i < count; i++) {
            kiosk.tap(product(chai));
        }
        kiosk.waitForText(CART_TOTAL, "₹" + 20 * count + ".00");
        kiosk.tap(PAY_CASH);
        kiosk.tap(PAY_METHOD_PREFIX + "Card");
        kiosk.window().textBox(PAY_APPROVAL_CODE).setText("A1B2C3");
        kiosk.window().textBox(PAY_LAST_FOUR).setText("4242");
        kiosk.tap(PAY_CONFIRM);
        kiosk.waitForText(CART_TOTAL, "₹0.00");
    }

    /** Close Session from the register's menu, the drawer counted as its ₹500 bill. */
    private static void closeCountingFiveHundred(TestKiosk kiosk) {
        kiosk.tap(REGISTER_MENU);
        kiosk.tap(MENU_CLOSE_SESSION);
        kiosk.tap(CLOSING_COUNT);
        kiosk.tap("counter.plus.50000");
        kiosk.tap(COUNTER_CONFIRM);
        kiosk.waitForText(CLOSING_DIFFERENCE, "₹0.00");
    }

    private static void typeDigits(TestKiosk kiosk, String digits) {
        for (char digit : digits.toCharArray()) {
            kiosk.tap(keypadDigit(digit - '0'));
        }
    }
}
