package app.tillpoint.plugins.selling;

import app.tillpoint.api.DatabaseFaultException;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.testing.Fit;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestKioskContext;
import app.tillpoint.api.testing.TestWindow;
import app.tillpoint.api.testing.TouchTheme;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import java.awt.Dimension;
import java.util.List;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static app.tillpoint.api.testing.TestTerminal.paise;
import static app.tillpoint.api.testing.TestTerminal.rupees;
import static app.tillpoint.plugins.selling.SellingShift.CHAI;
import static org.assertj.core.api.Assertions.assertThat;

@GuiTest
class RegisterScreenTest {
    private final TestKioskContext kiosk = SellingShift.kiosk();
    private FrameFixture window;
    private RegisterScreen screen;

    @BeforeAll
    static void installChecks() {
        TouchTheme.install();
    }

    @BeforeEach
    void showRegister(TestWindow testWindow) {
        window = testWindow.showUndecorated(() -> {
            screen = new RegisterScreen(kiosk);
            var component = screen.component();
            screen.shown();
            return component;
        }, new Dimension(1024, 768));
    }

    private JTextComponentFixture quantity(long productId) {
        return window.textBox(Names.CART_LINE_PREFIX + productId + ".quantity");
    }

    private void requireTotal(String text) {
        window.label(Names.CART_TOTAL).requireText(text);
    }

    private void clickInOverlay(String name) {
        GuiActionRunner.execute(() -> ((AbstractButton) kiosk.lastOverlay().find(name)).doClick());
    }

    private String overlayText(String name) {
        return GuiActionRunner.execute(() -> ((JLabel) kiosk.lastOverlay().find(name)).getText());
    }

    @Test
    void theFirstCategoryShowsItsProductsAsLargeTiles() {
        window.toggleButton(Names.CATEGORY_PREFIX + "Drinks").requireSelected();
        JButton chai = window.button(Names.product(1)).requireVisible().target();
        assertThat(chai.getWidth()).isGreaterThanOrEqualTo(96);
        assertThat(chai.getHeight()).isGreaterThanOrEqualTo(72);
        assertThat(GuiActionRunner.execute(() -> chai.getAccessibleContext().getAccessibleName()))
                .isEqualTo("Masala Chai, ₹20.00");
        window.button(Names.product(2)).requireVisible();
        assertThat(window.robot().finder().findAll(c -> Names.product(3).equals(c.getName()))).isEmpty();

        window.toggleButton(Names.CATEGORY_PREFIX + "Snacks").click();
        window.button(Names.product(3)).requireVisible();
        assertThat(window.robot().finder().findAll(c -> Names.product(1).equals(c.getName()))).isEmpty();

        GuiActionRunner.execute(() -> screen.shown());
        window.toggleButton(Names.CATEGORY_PREFIX + "Snacks").requireSelected();
        window.button(Names.product(3)).requireVisible();
    }

    @Test
    void theSameCatalogShownAgainKeepsItsTilesAndAChangedOneIsShownAnew() {
        JButton chai = window.button(Names.product(1)).requireVisible().target();
        GuiActionRunner.execute(() -> screen.shown());
        assertThat(window.button(Names.product(1)).requireVisible().target()).as("no tiles rebuilt").isSameAs(chai);

        kiosk.products = List.of(new Product(1, "Masala Chai", "Drinks", paise(2_500)), SellingShift.COFFEE);
        GuiActionRunner.execute(() -> screen.shown());
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("the new price on the tile") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> window.robot().finder()
                        .findAll(c -> Names.product(1).equals(c.getName()) && c.isShowing()).stream()
                        .map(c -> ((JButton) c).getAccessibleContext().getAccessibleName())
                        .anyMatch("Masala Chai, ₹25.00"::equals));
            }
        }, 5_000);
        assertThat(window.robot().finder().findAll(c -> Names.CATEGORY_PREFIX.concat("Snacks").equals(c.getName())))
                .as("a category without products is gone").isEmpty();
    }

    @Test
    void tilesPlusMinusAndRemoveMakeExactTotals() {
        window.button(Names.PAY_CASH).requireDisabled();
        requireTotal("₹0.00");
        window.button(Names.product(1)).click().click();
        window.button(Names.product(2)).click();
        quantity(1).requireText("2");
        quantity(2).requireText("1");
        requireTotal("₹75.50");
        window.button(Names.PAY_CASH).requireEnabled();

        window.button(Names.CART_PLUS_PREFIX + 2).click();
        requireTotal("₹111.00");
        window.button(Names.CART_MINUS_PREFIX + 1).click();
        window.button(Names.CART_MINUS_PREFIX + 1).click();
        quantity(1).requireText("1");
        requireTotal("₹91.00");

        window.button(Names.CART_REMOVE_PREFIX + 2).click();
        requireTotal("₹20.00");
        assertThat(window.robot().finder().findAll(c -> (Names.CART_LINE_PREFIX + 2).equals(c.getName()))).isEmpty();
        window.button(Names.CART_REMOVE_PREFIX + 1).click();
        requireTotal("₹0.00");
        window.button(Names.PAY_CASH).requireDisabled();
    }

    @Test
    void quantitiesStayWithinOneTo9999() {
        window.button(Names.product(1)).click();
        for (String bad : new String[] {"-3", "99999", "0", "abc", "1.5"}) {
            quantity(1).setText(bad);
            quantity(1).requireText("1");
        }
        quantity(1).click();
        window.button(Names.keypadDigit(1)).click();
        window.button(Names.keypadDigit(2)).click();
        quantity(1).requireText("12");
        requireTotal("₹240.00");

        window.button(Names.KEYPAD_CLEAR).click();
        for (int i = 0; i < 4; i++) {
            window.button(Names.keypadDigit(9)).click();
        }
        window.button(Names.keypadDigit(9)).click();
        quantity(1).requireText("9999");
        requireTotal("₹1,99,980.00");
        window.button(Names.CART_PLUS_PREFIX + 1).click();
        quantity(1).requireText("9999");
        assertThat(kiosk.sales).isEmpty();
    }

    @Test
    void payingStoresTheSaleKicksTheDrawerEmptiesTheCartAndShowsTheChange() {
        window.button(Names.product(1)).click();
        window.toggleButton(Names.CATEGORY_PREFIX + "Snacks").click();
        window.button(Names.product(3)).click();
        requireTotal("₹35.00");
        window.button(Names.PAY_CASH).click();

        assertThat(kiosk.lastOverlay().content).isInstanceOf(PaymentPanel.class);
        clickInOverlay(Names.PAY_QUICK_PREFIX + 5000);
        assertThat(overlayText(Names.PAY_CHANGE)).isEqualTo("Change ₹15.00");
        clickInOverlay(Names.PAY_CONFIRM);

        assertThat(kiosk.sales).singleElement().satisfies(sale -> {
            assertThat(sale.cashier()).isEqualTo(ASHA);
            assertThat(sale.tendered()).isEqualTo(rupees(50));
            assertThat(sale.cart().total()).isEqualTo(rupees(35));
            assertThat(sale.cart().lines()).hasSize(2);
        });
        assertThat(kiosk.lastOverlay().isOpen()).isFalse();
        assertThat(kiosk.drawerKicks).isEqualTo(1);
        assertThat(kiosk.audit).anyMatch(row -> row.startsWith("selling.drawer.kick"));
        requireTotal("₹0.00");
        assertThat(window.robot().finder().findAll(c -> c.getName() != null
                && c.getName().startsWith(Names.CART_LINE_PREFIX) && c.isShowing())).isEmpty();
        assertThat(window.robot().finder().findAll(c -> c instanceof JLabel label && c.isShowing()
                && "Change ₹15.00".equals(label.getText()))).hasSize(1);
        assertThat(kiosk.messages).isEmpty();
    }

    @Test
    void withoutAnOpenSessionTheSaleIsRefusedAndTheCartKept() {
        kiosk.saleFailure = new NoOpenSessionException();
        window.button(Names.product(2)).click();
        window.button(Names.PAY_CASH).click();
        clickInOverlay(Names.PAY_QUICK_PREFIX + 3550);
        clickInOverlay(Names.PAY_CONFIRM);

        assertThat(overlayText(Names.PAY_MESSAGE)).contains("No session is open", "not stored");
        assertThat(kiosk.lastOverlay().isOpen()).isTrue();
        assertThat(GuiActionRunner.execute(() -> kiosk.lastOverlay().find(Names.PAY_CONFIRM).isEnabled()))
                .isTrue();
        assertThat(kiosk.drawerKicks).isZero();
        clickInOverlay(Names.PAY_CANCEL);
        assertThat(kiosk.lastOverlay().isOpen()).isFalse();
        requireTotal("₹35.50");
        quantity(2).requireText("1");
    }

    @Test
    void anotherFailureSaysWhyAndTheCashierCanTryAgain() {
        kiosk.saleFailure = new IllegalStateException("database is locked");
        window.button(Names.product(1)).click();
        window.button(Names.PAY_CASH).click();
        clickInOverlay(Names.PAY_QUICK_PREFIX + 2000);
        clickInOverlay(Names.PAY_CONFIRM);
        assertThat(overlayText(Names.PAY_MESSAGE)).contains("database is locked");
        assertThat(kiosk.audit).anyMatch(row -> row.startsWith("selling.sale.failed"));

        kiosk.saleFailure = null;
        clickInOverlay(Names.PAY_CONFIRM);
        assertThat(kiosk.sales).hasSize(1);
        requireTotal("₹0.00");
    }

    @Test
    void aBusyDatabaseSaysSoKeepsTheCartAndTheSameConfirmStoresItOnce() {
        kiosk.saleFailure = TestKioskContext.databaseFault(DatabaseFaultException.Fault.BUSY);
        window.button(Names.product(2)).click();
        window.button(Names.PAY_CASH).click();
        clickInOverlay(Names.PAY_QUICK_PREFIX + 3550);
        clickInOverlay(Names.PAY_CONFIRM);

        assertThat(overlayText(Names.PAY_MESSAGE)).isEqualTo("The till's database is busy (another program holds it): "
                + "the sale was not stored; try again. The cart is kept.");
        assertThat(kiosk.lastOverlay().isOpen()).isTrue();
        assertThat(kiosk.audit).anyMatch(row -> row.startsWith("selling.sale.notStored"))
                .noneMatch(row -> row.startsWith("selling.sale.failed"));
        assertThat(kiosk.drawerKicks).isZero();
        requireTotal("₹35.50");

        kiosk.saleFailure = null;
        clickInOverlay(Names.PAY_CONFIRM);
        assertThat(kiosk.sales).singleElement().satisfies(sale -> assertThat(sale.cart().lines()).hasSize(1));
        assertThat(kiosk.drawerKicks).isEqualTo(1);
        requireTotal("₹0.00");
    }

    @Test
    void aDrawerThatDoesNotOpenIsReportedButTheSaleIsStored() {
        kiosk.drawerFailure = new DeviceException("not connected");
        window.button(Names.product(1)).click();
        window.button(Names.PAY_CASH).click();
        clickInOverlay(Names.PAY_QUICK_PREFIX + 2000);
        clickInOverlay(Names.PAY_CONFIRM);
        assertThat(kiosk.sales).hasSize(1);
        assertThat(kiosk.messages).containsExactly("Drawer did not open (not connected): open it with the key");
        assertThat(kiosk.audit).anyMatch(row -> row.startsWith("selling.drawer.failed"));
        requireTotal("₹0.00");
    }

    @Test
    void theRegisterWithAFullCartFits1024x768() {
        for (int i = 0; i < 3; i++) {
            window.button(Names.product(1)).click();
            window.button(Names.product(2)).click();
        }
        window.toggleButton(Names.CATEGORY_PREFIX + "Snacks").click();
        window.button(Names.product(3)).click();
        Fit.requireInside(GuiActionRunner.execute(() -> screen.component()));
        JButton pay = window.button(Names.PAY_CASH).target();
        assertThat(pay.getHeight()).isGreaterThanOrEqualTo(48);
        int payBottom = GuiActionRunner.execute(() -> javax.swing.SwingUtilities.convertPoint(pay, 0, pay.getHeight(),
                screen.component()).y);
        assertThat(payBottom).as("the cart fills the screen down to Pay cash").isGreaterThan(768 - 40);
    }

    @Test
    void aProductAndCategoryWrittenInMarkupShowAsThatTextEverywhereOnTheRegister() {
        String markup = "<html><b>Chai</b>";
        String category = "<html><i>Drinks";
        kiosk.products = List.of(new Product(7, markup, category, paise(2_000)));
        GuiActionRunner.execute(() -> screen.shown());

        window.toggleButton(Names.CATEGORY_PREFIX + category).requireText(category);
        JButton tile = window.button(Names.product(7)).target();
        assertThat(GuiActionRunner.execute(() -> tile.getAccessibleContext().getAccessibleName()))
                .isEqualTo(markup + ", ₹20.00");
        window.button(Names.product(7)).click();
        requireTotal("₹20.00");

        List<JComponent> shown = GuiActionRunner.execute(() -> plainTexts(screen.component()));
        assertThat(shown).extracting(c -> c instanceof JLabel l ? l.getText() : ((AbstractButton) c).getText())
                .contains(markup, category);
        assertThat(shown).allSatisfy(c -> assertThat(c.getClientProperty("html")).as("rendered HTML").isNull());
    }

    @Test
    void aCartStopsAtItsLimitWithAMessageAndStaysAsItWas() {
        // The dearest price an import lets in (10^10 paise): a hundred of it is the cart's limit.
        Product gold = new Product(8, "Gold bar", "Drinks", paise(10_000_000_000L));
        Product beyond = new Product(9, "Beyond", "Drinks", paise(Cart.MAX_TOTAL_MINOR_UNITS + 1));
        kiosk.products = List.of(CHAI, gold, beyond);
        GuiActionRunner.execute(() -> screen.shown());
        String limit = "Cart limit ₹10,00,00,00,000.00 reached";

        window.button(Names.product(9)).click();
        window.label(Names.CART_MESSAGE).requireText(limit);
        requireTotal("₹0.00");
        assertThat(window.robot().finder().findAll(c -> (Names.CART_LINE_PREFIX + 9).equals(c.getName()))).isEmpty();

        window.button(Names.product(8)).click();
        quantity(8).click();
        window.button(Names.keypadDigit(1)).click();
        window.button(Names.keypadDigit(0)).click();
        window.button(Names.keypadDigit(1)).click();
        quantity(8).requireText("10");
        window.label(Names.CART_MESSAGE).requireText(limit);
        window.button(Names.KEYPAD_BACK).click();
        window.button(Names.keypadDigit(0)).click();
        window.button(Names.keypadDigit(0)).click();
        quantity(8).requireText("100");
        requireTotal("₹10,00,00,00,000.00");

        window.button(Names.product(1)).click();
        window.label(Names.CART_MESSAGE).requireText(limit);
        window.button(Names.CART_PLUS_PREFIX + 8).click();
        window.label(Names.CART_MESSAGE).requireText(limit);
        quantity(8).requireText("100");
        requireTotal("₹10,00,00,00,000.00");
        assertThat(window.robot().finder().findAll(c -> (Names.CART_LINE_PREFIX + 1).equals(c.getName()))).isEmpty();
        window.button(Names.PAY_CASH).requireEnabled();
    }

    /** Every label and button showing a text, under {@code root}. */
    private static List<JComponent> plainTexts(java.awt.Container root) {
        List<JComponent> found = new java.util.ArrayList<>();
        for (java.awt.Component child : root.getComponents()) {
            if (child instanceof JLabel || child instanceof AbstractButton) {
                found.add((JComponent) child);
            }
            if (child instanceof java.awt.Container container) {
                found.addAll(plainTexts(container));
            }
        }
        return found;
    }
}
