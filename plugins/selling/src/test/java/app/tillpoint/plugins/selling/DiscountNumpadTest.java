package app.tillpoint.plugins.selling;

import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.terminal.DiscountLimits;
import app.tillpoint.api.terminal.TerminalPolicy;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestKioskContext;
import app.tillpoint.api.testing.TestTerminal;
import app.tillpoint.api.testing.TestWindow;
import app.tillpoint.api.testing.TouchTheme;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.AbstractButton;
import java.awt.Dimension;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.api.testing.TestTerminal.rupees;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's numpad in Disc, Price and Order disc. mode (Odoo's): a discount within the terminal's 10 % applies
 * after its reason; over it a head cashier approves for the amount off or the new price; a discount of 0 takes one
 * back at once; a bad entry is refused with a message and the cart stays as it was.
 */
@GuiTest
class DiscountNumpadTest {
    private final TestKioskContext kiosk = SellingShift.kiosk();
    private FrameFixture window;
    private RegisterScreen screen;

    @BeforeAll
    static void installChecks() {
        TouchTheme.install();
    }

    @BeforeEach
    void showRegisterWithTwoChais(TestWindow testWindow) {
        kiosk.withPolicy(new TerminalPolicy(rupees(100), false, rupees(5_000), SellingShift.MOVE_REASONS,
                List.of("Counting error"), rupees(10_000), rupees(0), false, false, Duration.ZERO,
                new DiscountLimits(1000, 1000, List.of("Damaged", "Staff"))));
        window = testWindow.showUndecorated(() -> {
            screen = new RegisterScreen(kiosk);
            var component = screen.component();
            screen.shown();
            return component;
        }, new Dimension(1024, 768));
        window.button(Names.product(1)).click().click(); // 2 × ₹20.00
        window.label(Names.CART_TOTAL).requireText("₹40.00");
    }

    @Test
    void aDiscountWithinTheLimitAppliesAfterItsReasonAndShowsUnderTheLine() {
        window.textBox(Names.CART_LINE_PREFIX + 1 + ".quantity").click();
        window.toggleButton(Names.NUMPAD_DISCOUNT).click();
        type("10");

        reasonAndApply(0);

        window.label(Names.CART_TOTAL).requireText("₹36.00");
        window.label(Names.CART_LINE_PREFIX + 1 + Names.CART_LINE_DISCOUNT_SUFFIX).requireText("Discount 10 %: −₹4.00");
        assertThat(kiosk.approvalRequests).isEmpty();
        assertThat(kiosk.audit).anyMatch(a -> a.equals("selling.discount: Masala Chai: 4.00 off 40.00 by Asha: "
                + "Damaged"));
        // Back in Qty mode: the keypad types the quantity again, and a percentage stays a percentage of it.
        window.toggleButton(Names.NUMPAD_QUANTITY).requireSelected();
        window.button(Names.CART_PLUS_PREFIX + 1).click();
        window.label(Names.CART_TOTAL).requireText("₹54.00");
    }

    @Test
    void aDiscountedCartCarriedIntoAnotherCashiersLanguageKeepsItsDiscount() {
        window.textBox(Names.CART_LINE_PREFIX + 1 + ".quantity").click();
        window.toggleButton(Names.NUMPAD_DISCOUNT).click();
        type("10");
        reasonAndApply(0);
        window.label(Names.CART_TOTAL).requireText("₹36.00");

        // A cashier of another language takes the till: the register is built again, the cart carried as it was.
        GuiActionRunner.execute(() -> screen.localeChanged(java.util.Locale.forLanguageTag("hi-IN")));

        window.label(Names.CART_TOTAL).requireText("₹36.00");
        window.label(Names.CART_LINE_PREFIX + 1 + Names.CART_LINE_DISCOUNT_SUFFIX).requireVisible();
    }

    @Test
    void overTheLimitAHeadCashierApprovesTheAmountOff() {
        kiosk.approving(Optional.of(TestTerminal.MEERA));
        window.textBox(Names.CART_LINE_PREFIX + 1 + ".quantity").click();
        window.toggleButton(Names.NUMPAD_DISCOUNT).click();
        type("25");

        reasonAndApply(1);

        assertThat(kiosk.approvalRequests).singleElement().satisfies(request -> {
            assertThat(request.action()).isEqualTo(ApprovalAction.DISCOUNT);
            assertThat(request.amount()).contains(rupees(10));
            assertThat(request.reason()).isEqualTo("Staff");
        });
        window.label(Names.CART_TOTAL).requireText("₹30.00");
        // An approved percentage is for ₹10.00 off: one more chai changes that, so the discount goes.
        window.button(Names.CART_PLUS_PREFIX + 1).click();
        window.label(Names.CART_TOTAL).requireText("₹60.00");
        assertThat(GuiActionRunner.execute(() -> window.robot().finder().findByName(Names.CART_LINE_PREFIX + 1
                + Names.CART_LINE_DISCOUNT_SUFFIX, javax.swing.JLabel.class, false).isVisible())).isFalse();
    }

    @Test
    void aPriceLoweredPastTheLimitAndNotApprovedLeavesTheCartAsItWas() {
        window.textBox(Names.CART_LINE_PREFIX + 1 + ".quantity").click();
        window.toggleButton(Names.NUMPAD_PRICE).click();
        type("15");

        reasonAndApply(0);

        assertThat(kiosk.approvalRequests).singleElement().satisfies(request -> {
            assertThat(request.action()).isEqualTo(ApprovalAction.PRICE_OVERRIDE);
            assertThat(request.amount()).contains(rupees(15));
        });
        window.label(Names.CART_TOTAL).requireText("₹40.00");
    }

    @Test
    void anOrderDiscountAsAnAmountWithinTheLimit() {
        window.toggleButton(Names.NUMPAD_ORDER_DISCOUNT).click();
        window.toggleButton(Names.NUMPAD_PERCENT).click();
        type("4");

        reasonAndApply(0);

        window.label(Names.CART_TOTAL).requireText("₹36.00");
        window.label(Names.CART_ORDER_DISCOUNT).requireText("Order discount: −₹4.00");
    }

    @Test
    void aDiscountOfZeroTakesTheDiscountBackAtOnceWithoutAReason() {
        window.textBox(Names.CART_LINE_PREFIX + 1 + ".quantity").click();
        window.toggleButton(Names.NUMPAD_DISCOUNT).click();
        type("10");
        reasonAndApply(0);
        window.label(Names.CART_TOTAL).requireText("₹36.00");
        int overlays = kiosk.overlays.size();

        window.toggleButton(Names.NUMPAD_DISCOUNT).click();
        type("0");
        window.button(Names.KEYPAD_OK).click();

        window.label(Names.CART_TOTAL).requireText("₹40.00");
        assertThat(GuiActionRunner.execute(() -> window.robot().finder().findByName(Names.CART_LINE_PREFIX + 1
                + Names.CART_LINE_DISCOUNT_SUFFIX, javax.swing.JLabel.class, false).isVisible())).isFalse();
        window.toggleButton(Names.NUMPAD_QUANTITY).requireSelected();
        assertThat(kiosk.overlays).as("no reason asked").hasSize(overlays);
        assertThat(kiosk.approvalRequests).isEmpty();
    }

    @Test
    void badEntriesAreRefusedWithAMessageAndChangeNothing() {
        int overlays = kiosk.overlays.size();
        // No line selected (the selected one removed): Disc has nothing to act on.
        window.button(Names.product(2)).click();
        window.button(Names.CART_REMOVE_PREFIX + 2).click();
        window.toggleButton(Names.NUMPAD_DISCOUNT).click();
        type("5");
        window.button(Names.KEYPAD_OK).click();
        window.label(Names.CART_MESSAGE).requireText("Tap a line of the cart first");

        window.textBox(Names.CART_LINE_PREFIX + 1 + ".quantity").click();
        window.toggleButton(Names.NUMPAD_DISCOUNT).click();
        window.button(Names.KEYPAD_OK).click();
        window.label(Names.CART_MESSAGE).requireText("Type a number, then OK");
        type("150");
        window.button(Names.KEYPAD_OK).click();
        assertThat(window.label(Names.CART_MESSAGE).text()).startsWith("Not applied: A discount is a percentage");
        window.toggleButton(Names.NUMPAD_DISCOUNT).click();
        window.toggleButton(Names.NUMPAD_PERCENT).click();
        type("41");
        window.button(Names.KEYPAD_OK).click();
        assertThat(window.label(Names.CART_MESSAGE).text())
                .isEqualTo("Not applied: A discount of 41.00 is more than the 40.00 it is taken from");

        window.label(Names.CART_TOTAL).requireText("₹40.00");
        assertThat(kiosk.overlays).hasSize(overlays);
        assertThat(kiosk.approvalRequests).isEmpty();
    }

    private void type(String digits) {
        for (char digit : digits.toCharArray()) {
            window.button(Names.keypadDigit(digit - '0')).click();
        }
    }

    /** OK on the keypad, the reason tile {@code reason} in the dialog, Apply. */
    private void reasonAndApply(int reason) {
        window.button(Names.KEYPAD_OK).click();
        GuiActionRunner.execute(() -> {
            ((AbstractButton) kiosk.lastOverlay().find(Names.DISCOUNT_REASON_PREFIX + reason)).doClick();
            ((AbstractButton) kiosk.lastOverlay().find(Names.DISCOUNT_CONFIRM)).doClick();
        });
    }
}
