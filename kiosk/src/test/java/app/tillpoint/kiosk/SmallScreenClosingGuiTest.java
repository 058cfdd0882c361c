package app.tillpoint.kiosk;

import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.config.ConfigLoader;
import app.tillpoint.kiosk.config.TerminalConfig;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.List;

import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.CLOSING_CLOSE;
import static app.tillpoint.api.ui.Names.CLOSING_COUNT;
import static app.tillpoint.api.ui.Names.CLOSING_DIFFERENCE;
import static app.tillpoint.api.ui.Names.CLOSING_SETTLED_PREFIX;
import static app.tillpoint.api.ui.Names.CLOSING_SETTLEMENT_PREFIX;
import static app.tillpoint.api.ui.Names.COUNTER_CONFIRM;
import static app.tillpoint.api.ui.Names.MENU_CLOSE_SESSION;
import static app.tillpoint.api.ui.Names.PAY_APPROVAL_CODE;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.PAY_CONFIRM;
import static app.tillpoint.api.ui.Names.PAY_LAST_FOUR;
import static app.tillpoint.api.ui.Names.PAY_METHOD_PREFIX;
import static app.tillpoint.api.ui.Names.PAY_REFERENCE;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.REPORT_TEXT;
import static app.tillpoint.api.ui.Names.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The closing of a terminal that takes a card and UPI, on an old 800x600 screen: with a settlement row and keypad for
 * each method the dialog is taller than the window, so it scrolls instead of being cut off, and Close Session is
 * reached and stores the closing.
 */
@GuiTest
class SmallScreenClosingGuiTest {
    @TempDir
    Path dataDir;

    @Test
    void aClosingWithTwoMethodsScrollsAt800x600AndNothingIsCutOff() throws Exception {
        new ConfigLoader().load(ConfigLoader.defaultFile(dataDir), TerminalConfig.demo().withPayments(List.of(
                PaymentMethod.of("Card", PaymentMethod.Kind.CARD),
                PaymentMethod.upi("UPI", "tillpoint.demo@okaxis", "Tillpoint Demo Store"))));
        try (TestKiosk kiosk = TestKiosk.start(dataDir, "--size", "800x600")) {
            Walks.openCountingFiveHundred(kiosk);
            long chai = kiosk.count("SELECT id FROM products WHERE name = 'Masala chai' AND active = 1");
            kiosk.tap(product(chai));
            kiosk.tap(PAY_CASH);
            kiosk.tap(PAY_METHOD_PREFIX + "Card");
            kiosk.window().textBox(PAY_APPROVAL_CODE).setText("A1B2C3");
            kiosk.window().textBox(PAY_LAST_FOUR).setText("4242");
            kiosk.tap(PAY_CONFIRM);
            kiosk.awaitCount(1, "SELECT count(*) FROM orders");
            kiosk.waitForText(CART_TOTAL, "₹0.00");
            kiosk.tap(product(chai));
            kiosk.tap(PAY_CASH);
            kiosk.tap(PAY_METHOD_PREFIX + "UPI");
            kiosk.window().textBox(PAY_REFERENCE).setText("412345678901");
            kiosk.tap(PAY_CONFIRM);
            kiosk.awaitCount(2, "SELECT count(*) FROM orders");
            kiosk.waitForText(CART_TOTAL, "₹0.00");

            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_CLOSE_SESSION);
            kiosk.waitFor(CLOSING_SETTLEMENT_PREFIX + "UPI");
            kiosk.screenshot("closing-800x600");
            assertThat(LayoutCheck.of(kiosk.kiosk().frame(), 48)).as("the closing at 800x600").isEmpty();
            assertThat(GuiActionRunner.execute(() -> ((JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class,
                    kiosk.find(CLOSING_CLOSE))).getHorizontalScrollBar().isShowing()))
                    .as("the closing fits 800 px across: it scrolls up and down only").isFalse();
            kiosk.tap(CLOSING_COUNT);
            kiosk.tap("counter.plus.50000");
            kiosk.tap(COUNTER_CONFIRM);
            kiosk.waitForText(CLOSING_DIFFERENCE, "₹0.00");
            kiosk.window().textBox(CLOSING_SETTLED_PREFIX + "Card").setText("20");
            kiosk.window().textBox(CLOSING_SETTLED_PREFIX + "UPI").setText("20");
            kiosk.waitForText(CLOSING_SETTLEMENT_PREFIX + "UPI", "Expected ₹20.00, difference ₹0.00");
            assertThat(LayoutCheck.of(kiosk.kiosk().frame(), 48)).as("the closing counted at 800x600").isEmpty();
            kiosk.tap(CLOSING_CLOSE);

            kiosk.waitFor(REPORT_TEXT);
            assertThat(kiosk.count("SELECT count(*) FROM session_settlements WHERE difference = 0")).isEqualTo(2);
        }
    }
}
