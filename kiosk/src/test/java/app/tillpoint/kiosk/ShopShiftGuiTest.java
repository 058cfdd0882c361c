package app.tillpoint.kiosk;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.QrCodes;
import app.tillpoint.kiosk.config.ConfigLoader;
import app.tillpoint.kiosk.config.TerminalConfig;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Currency;
import java.util.List;

import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.CLOSING_CLOSE;
import static app.tillpoint.api.ui.Names.CLOSING_COUNT;
import static app.tillpoint.api.ui.Names.CLOSING_DIFFERENCE;
import static app.tillpoint.api.ui.Names.CLOSING_EXPECTED;
import static app.tillpoint.api.ui.Names.CLOSING_REASON_PREFIX;
import static app.tillpoint.api.ui.Names.CLOSING_SETTLED_PREFIX;
import static app.tillpoint.api.ui.Names.CLOSING_SETTLEMENT_PREFIX;
import static app.tillpoint.api.ui.Names.COUNTER_CONFIRM;
import static app.tillpoint.api.ui.Names.KEYPAD_CLEAR;
import static app.tillpoint.api.ui.Names.KEYPAD_OK;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.MENU_CLOSE_SESSION;
import static app.tillpoint.api.ui.Names.MENU_PREFIX;
import static app.tillpoint.api.ui.Names.PAY_ADD;
import static app.tillpoint.api.ui.Names.PAY_APPROVAL_CODE;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.PAY_CHANGE;
import static app.tillpoint.api.ui.Names.PAY_CONFIRM;
import static app.tillpoint.api.ui.Names.PAY_LAST_FOUR;
import static app.tillpoint.api.ui.Names.PAY_METHOD_PREFIX;
import static app.tillpoint.api.ui.Names.PAY_QUICK_PREFIX;
import static app.tillpoint.api.ui.Names.PAY_REFERENCE;
import static app.tillpoint.api.ui.Names.PAY_UPI_NOTE;
import static app.tillpoint.api.ui.Names.PAY_UPI_QR;
import static app.tillpoint.api.ui.Names.REFUND_AMOUNT;
import static app.tillpoint.api.ui.Names.REFUND_CONFIRM;
import static app.tillpoint.api.ui.Names.REFUND_FIND;
import static app.tillpoint.api.ui.Names.REFUND_LINE_PREFIX;
import static app.tillpoint.api.ui.Names.REFUND_METHOD_PREFIX;
import static app.tillpoint.api.ui.Names.REFUND_ORDER;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.REPORT_TEXT;
import static app.tillpoint.api.ui.Names.keypadDigit;
import static app.tillpoint.api.ui.Names.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's whole shift as a shop runs it, through the real kiosk on a terminal that takes cash, a card terminal, UPI
 * and vouchers: a cash sale, a card sale, a UPI sale (its QR code read back to the exact {@code upi://pay} link), a
 * split cash and card sale with change from the cash, a refund of part of the UPI sale back to UPI, an X report from
 * the menu, and a closing with each method's expected total, settlement and difference, a head cashier approving the
 * card's. The receipt, the X report and the Z report are read back from the simulated printer.
 */
@GuiTest
class ShopShiftGuiTest {
    private static final Currency INR = Currency.getInstance("INR");
    private static final PaymentMethod CARD = PaymentMethod.of("Card", PaymentMethod.Kind.CARD);
    private static final PaymentMethod UPI = PaymentMethod.upi("UPI", "tillpoint.demo@okaxis", "Tillpoint Demo Store");
    private static final PaymentMethod VOUCHER = PaymentMethod.of("Voucher", PaymentMethod.Kind.OTHER);

    @TempDir
    Path dataDir;

    @Test
    void aShiftWithCashCardUpiSplitARefundAndAnXReportClosesEachMethod() throws Exception {
        new ConfigLoader().load(ConfigLoader.defaultFile(dataDir), TerminalConfig.demo()
                .withPayments(List.of(CARD, UPI, VOUCHER)));
        PrintedSlips slips = new PrintedSlips(dataDir);
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            Walks.openCountingFiveHundred(kiosk);
            long chai = kiosk.count("SELECT id FROM products WHERE name = 'Masala chai' AND active = 1");

            // 1. Cash: ₹20.00, the exact amount; the drawer opens.
            kiosk.tap(product(chai));
            kiosk.waitForText(CART_TOTAL, "₹20.00");
            kiosk.tap(PAY_CASH);
            kiosk.tap(PAY_QUICK_PREFIX + 2000);
            kiosk.tap(PAY_CONFIRM);
            kiosk.awaitCount(1, "SELECT count(*) FROM orders");

            // 2. Card: ₹20.00 charged on the card terminal, its approval code and the card's last four typed.
            kiosk.waitForText(CART_TOTAL, "₹0.00");
            kiosk.tap(product(chai));
            kiosk.tap(PAY_CASH);
            kiosk.tap(PAY_METHOD_PREFIX + "Card");
            kiosk.window().textBox(PAY_APPROVAL_CODE).setText("A1B2C3");
            kiosk.window().textBox(PAY_LAST_FOUR).setText("4242");
            kiosk.waitForText(PAY_CHANGE, "No change");
            kiosk.screenshot("payments-card");
            kiosk.tap(PAY_CONFIRM);
            kiosk.awaitCount(2, "SELECT count(*) FROM orders");
            assertThat(kiosk.count("SELECT drawer_kick FROM orders WHERE id = 2")).isZero();
            assertThat(kiosk.count("SELECT count(*) FROM order_payments WHERE order_id = 2 AND kind = 'CARD' "
                    + "AND approval_code = 'A1B2C3' AND last_four = '4242' AND amount = 2000")).isOne();

            // 3. UPI: ₹40.00; the QR code on the screen is the exact link, the customer's app pays it.
            kiosk.waitForText(CART_TOTAL, "₹0.00");
            kiosk.tap(product(chai));
            kiosk.tap(product(chai));
            kiosk.waitForText(CART_TOTAL, "₹40.00");
            kiosk.tap(PAY_CASH);
            kiosk.tap(PAY_METHOD_PREFIX + "UPI");
            String note = kiosk.waitUntil(PAY_UPI_NOTE, text -> text.startsWith("Note: CHN LS Terminal 01 "))
                    .substring("Note: ".length());
            String link = QrCodes.decode(kiosk.find(PAY_UPI_QR));
            assertThat(link).isEqualTo(UPI.upiLink(Money.ofMajor(40, INR), note))
                    .isEqualTo("upi://pay?pa=tillpoint.demo%40okaxis&pn=Tillpoint%20Demo%20Store&am=40.00&tn="
                            + note.replace(" ", "%20"));
            kiosk.screenshot("payments-upi");
            kiosk.window().textBox(PAY_REFERENCE).setText("412345678901");
            kiosk.tap(PAY_CONFIRM);
            kiosk.awaitCount(3, "SELECT count(*) FROM orders");
            assertThat(kiosk.count("SELECT count(*) FROM order_payments WHERE order_id = 3 AND kind = 'UPI' "
                    + "AND reference = '412345678901' AND vpa = 'tillpoint.demo@okaxis' AND amount = 4000")).isOne();

            // 4. Split: ₹100.00, ₹60.00 by card, then ₹50.00 cash: ₹10.00 change, from the cash.
            kiosk.waitForText(CART_TOTAL, "₹0.00");
            for (int i = 0; i < 5; i++) {
                kiosk.tap(product(chai));
            }
            kiosk.waitForText(CART_TOTAL, "₹100.00");
            kiosk.tap(PAY_CASH);
            kiosk.tap(PAY_METHOD_PREFIX + "Card");
            kiosk.tap(KEYPAD_CLEAR);
            typeDigits(kiosk, "60");
            kiosk.window().textBox(PAY_APPROVAL_CODE).setText("778899");
            kiosk.window().textBox(PAY_LAST_FOUR).setText("0005");
            kiosk.tap(PAY_ADD);
            typeDigits(kiosk, "50");
            kiosk.waitForText(PAY_CHANGE, "Change ₹10.00");
            kiosk.screenshot("payments-split");
            kiosk.tap(PAY_CONFIRM);
            kiosk.awaitCount(4, "SELECT count(*) FROM orders");
            assertThat(kiosk.count("SELECT change_given FROM orders WHERE id = 4")).isEqualTo(1000);
            assertThat(kiosk.count("SELECT drawer_kick FROM orders WHERE id = 4")).isOne();
            assertThat(kiosk.count("SELECT sum(amount) FROM order_payments WHERE order_id = 4")).isEqualTo(11_000);

            String split = slips.waitFor("Order 4");
            assertThat(split).contains("5 x Masala chai", "₹100.00", "Card", "₹60.00", "Cash", "₹50.00", "Change",
                    "₹10.00");

            // 5. A refund: one of the UPI sale's two chai goes back to UPI, ₹20.00 (under the demo's ₹5,000.00
            // limit, so no head cashier); the drawer stays shut and the UPI settlement expects ₹20.00 less.
            kiosk.waitForText(CART_TOTAL, "₹0.00");
            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_PREFIX + "refund");
            kiosk.tap(REFUND_ORDER);
            typeDigits(kiosk, "3");
            kiosk.tap(REFUND_FIND);
            kiosk.waitFor(REFUND_LINE_PREFIX + 1);
            kiosk.tap(REFUND_LINE_PREFIX + 1);
            kiosk.tap(keypadDigit(1));
            kiosk.waitUntil(REFUND_AMOUNT, text -> text.endsWith("₹20.00"));
            kiosk.tap(REFUND_METHOD_PREFIX + "UPI");
            kiosk.screenshot("shift-refund");
            kiosk.tap(REFUND_CONFIRM);
            kiosk.awaitCount(1, "SELECT count(*) FROM refunds WHERE order_id = 3 AND method = 'UPI' AND total = -2000 "
                    + "AND approved_by IS NULL");
            kiosk.waitFor(REGISTER_MENU);

            // 6. An X report: the totals so far, printed, changing nothing.
            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_PREFIX + "xReport");
            String x = slips.waitFor("X REPORT");
            assertThat(x).containsSubsequence("Sales, orders: 4", "₹180.00", "Cash sales", "₹60.00",
                    "Card sales less refunds", "₹80.00", "UPI sales less refunds", "₹20.00", "Refunds: 1",
                    "Refunds in cash", "₹0.00", "Expected cash", "₹560.00");
            assertThat(kiosk.count("SELECT count(*) FROM sessions WHERE state = 'OPEN'")).isOne();

            // 7. Closing: cash expected 500 + 20 + 40 (of the split, after the change) = ₹560.00, counted exactly;
            // Card expected 20 + 60 = ₹80.00 but settled ₹75.00: ₹5.00 short, over the demo's ₹0.00, so a head
            // cashier approves that method's difference; UPI expected 40 − 20 refunded = ₹20.00, settled exactly.
            kiosk.waitForText(CART_TOTAL, "₹0.00");
            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_CLOSE_SESSION);
            kiosk.waitForText(CLOSING_EXPECTED, "₹560.00");
            kiosk.tap(CLOSING_COUNT);
            kiosk.tap("counter.plus.50000");
            kiosk.tap("counter.plus.5000");
            kiosk.tap("counter.plus.1000");
            kiosk.tap(COUNTER_CONFIRM);
            kiosk.waitForText(CLOSING_DIFFERENCE, "₹0.00");
            kiosk.waitForText(CLOSING_SETTLEMENT_PREFIX + "Card", "Expected ₹80.00");
            kiosk.waitForText(CLOSING_SETTLEMENT_PREFIX + "UPI", "Expected ₹20.00");
            kiosk.window().textBox(CLOSING_SETTLED_PREFIX + "Card").setText("75");
            kiosk.window().textBox(CLOSING_SETTLED_PREFIX + "UPI").setText("20");
            kiosk.waitForText(CLOSING_SETTLEMENT_PREFIX + "Card", "Expected ₹80.00, difference −₹5.00 short");
            kiosk.waitForText(CLOSING_SETTLEMENT_PREFIX + "UPI", "Expected ₹20.00, difference ₹0.00");
            kiosk.screenshot("payments-closing");
            assertThat(LayoutCheck.of(kiosk.kiosk().frame(), 48)).as("the closing with two methods, nothing cut off")
                    .isEmpty();
            kiosk.tap(CLOSING_CLOSE);

            kiosk.waitFor(LOCK_SCAN_PROMPT);
            assertThat(kiosk.count("SELECT count(*) FROM sessions WHERE state = 'CLOSED'")).isZero();
            assertThat(kiosk.count("SELECT count(*) FROM session_settlements")).isZero();
            kiosk.scanBadge("9001");
            typeDigits(kiosk, "1234");
            kiosk.tap(KEYPAD_OK);
            kiosk.waitFor(CLOSING_REASON_PREFIX + 0);
            assertThat(LayoutCheck.of(kiosk.kiosk().frame(), 48)).as("the closing with its reasons, nothing cut off")
                    .isEmpty();
            kiosk.tap(CLOSING_REASON_PREFIX + 0);
            kiosk.tap(CLOSING_CLOSE);

            kiosk.waitFor(REPORT_TEXT);
            assertThat(kiosk.text(REPORT_TEXT)).contains("Card ₹80.00", "UPI ₹20.00",
                    "Card: settled ₹75.00, expected ₹80.00, difference −₹5.00 short",
                    "  Approved by Meera: Counting error",
                    "UPI: settled ₹20.00, expected ₹20.00, difference ₹0.00",
                    "Paid in Card ₹60.00 (approval 778899, card *0005), Cash ₹50.00");
            kiosk.screenshot("payments-report");
            assertThat(kiosk.count("SELECT count(*) FROM session_settlements")).isEqualTo(2);
            assertThat(kiosk.count("SELECT approved_by FROM session_settlements WHERE method = 'Card' "
                    + "AND difference = -500")).isEqualTo(kiosk.cashierId("Meera"));
            assertThat(kiosk.count("SELECT count(*) FROM session_settlements WHERE method = 'UPI' "
                    + "AND approved_by IS NULL")).isOne();
            assertThat(kiosk.count("SELECT expected_cash FROM sessions")).isEqualTo(56_000);

            String z = slips.waitFor("Z REPORT");
            assertThat(z).containsSubsequence("Cash sales", "₹60.00", "Card sales less refunds", "₹80.00",
                    "UPI sales less refunds", "₹20.00", "Refunds: 1", "Expected cash", "₹560.00", "Counted cash", "₹560.00", "Difference", "₹0.00",
                    "Card", "Expected", "₹80.00", "Settled", "₹75.00", "Difference", "-₹5.00",
                    "Approved by Meera: Counting error", "UPI", "Expected", "₹20.00", "Settled", "₹20.00", "Difference",
                    "₹0.00");
        }
    }


    private static void typeDigits(TestKiosk kiosk, String digits) {
        for (char digit : digits.toCharArray()) {
            kiosk.tap(keypadDigit(digit - '0'));
        }
    }
}
