package app.tillpoint.plugins.selling;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.sale.TaxRate;
import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.testing.Fit;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestKioskContext;
import app.tillpoint.api.testing.TestWindow;
import app.tillpoint.api.testing.TouchTheme;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPanel;
import java.awt.Dimension;
import java.util.List;

import static app.tillpoint.api.testing.TestTerminal.paise;
import static org.assertj.core.api.Assertions.assertThat;

/** The register's tax summary under the cart: by rate, included in the prices or added to the total. */
@GuiTest
class CartTaxesTest {
    private static final List<TaxRate> GST_5 = List.of(TaxRate.of("CGST", "2.5"), TaxRate.of("SGST", "2.5"));
    private static final List<TaxRate> GST_18 = List.of(TaxRate.of("CGST", "9"), TaxRate.of("SGST", "9"));
    private static final Product ATTA = new Product(1, "Atta 1 kg", "Drinks", paise(5_200), GST_5);
    private static final Product SHAMPOO = new Product(2, "Shampoo", "Drinks", paise(19_900), GST_18);

    @BeforeAll
    static void installChecks() {
        TouchTheme.install();
    }

    private FrameFixture register(TestWindow testWindow, TaxRule rule) {
        TestKioskContext kiosk = SellingShift.kiosk();
        kiosk.products = List.of(ATTA, SHAMPOO);
        kiosk.taxRule = rule;
        return testWindow.showUndecorated(() -> {
            RegisterScreen screen = new RegisterScreen(kiosk);
            var component = screen.component();
            screen.shown();
            return component;
        }, new Dimension(1024, 768));
    }

    @Test
    void pricesWithGstShowTheTaxesByRateInsideTheTotal(TestWindow testWindow) {
        FrameFixture window = register(testWindow, TaxRule.DEFAULT);
        JPanel taxes = window.robot().finder().findByName(Names.CART_TAXES, JPanel.class, false);
        assertThat(GuiActionRunner.execute(taxes::isVisible)).as("no product added yet").isFalse();

        window.button(Names.product(1)).click();
        window.button(Names.product(1)).click();
        window.button(Names.product(1)).click();
        window.button(Names.product(2)).click();

        // 156.00 × 2.5 / 105 = 3.71 each; 199.00 × 9 / 118 = 15.18 each.
        window.panel(Names.CART_TAXES).requireVisible();
        window.label(Names.CART_TAX_PREFIX + "0.rate").requireText("CGST 2.5%");
        window.label(Names.CART_TAX_PREFIX + "0").requireText("₹3.71");
        window.label(Names.CART_TAX_PREFIX + "1.rate").requireText("SGST 2.5%");
        window.label(Names.CART_TAX_PREFIX + "1").requireText("₹3.71");
        window.label(Names.CART_TAX_PREFIX + "2.rate").requireText("CGST 9%");
        window.label(Names.CART_TAX_PREFIX + "2").requireText("₹15.18");
        window.label(Names.CART_TAX_PREFIX + "3").requireText("₹15.18");
        assertThat(window.robot().finder().findAll(c -> "Taxes included: ₹37.78".equals(
                c instanceof javax.swing.JLabel l ? l.getText() : null))).hasSize(1);
        window.label(Names.CART_TOTAL).requireText("₹355.00");
        Fit.requireInside(GuiActionRunner.execute(() -> ((JFrame) window.target()).getContentPane()));
        JButton pay = window.button(Names.PAY_CASH).target();
        assertThat(pay.getHeight()).as("Pay cash stays a touch target").isGreaterThanOrEqualTo(48);
    }

    @Test
    void pricesWithoutGstAddTheTaxesToTheTotal(TestWindow testWindow) {
        FrameFixture window = register(testWindow, new TaxRule(TaxRule.Prices.EXCLUDED, TaxRule.Rounding.PER_LINE));

        window.button(Names.product(2)).click();

        // 199.00 × 9 % = 17.91 each: 199.00 + 35.82.
        window.label(Names.CART_TAX_PREFIX + "0").requireText("₹17.91");
        window.label(Names.CART_TAX_PREFIX + "1").requireText("₹17.91");
        window.label(Names.CART_TOTAL).requireText("₹234.82");
    }
}
