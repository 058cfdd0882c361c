package app.tillpoint.kiosk;

import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.config.ConfigLoader;
import app.tillpoint.kiosk.config.TerminalConfig;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static app.tillpoint.api.ui.Names.CART_TAX_PREFIX;
import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.PAY_CONFIRM;
import static app.tillpoint.api.ui.Names.PAY_QUICK_PREFIX;
import static app.tillpoint.api.ui.Names.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo terminal's GST through the real kiosk: two products of different rates in the cart, the summary by rate on
 * the register, and the taxes stored with the order to the paisa.
 */
@GuiTest
class TaxesGuiTest {
    @TempDir
    Path dataDir;

    @Test
    void theCartShowsItsGstByRateAndTheOrderStoresIt() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            Walks.openCountingFiveHundred(kiosk);

            // 2 × Masala chai at 5 % GST: 40.00 × 2.5 / 105 = 0.9524 → ₹0.95 each of CGST and SGST.
            // Lemon soda at 18 %: 30.00 × 9 / 118 = 2.2881 → ₹2.29 each. The prices include them: ₹70.00.
            kiosk.tap(product(productId(kiosk, "Masala chai")));
            kiosk.tap(product(productId(kiosk, "Masala chai")));
            kiosk.tap(product(productId(kiosk, "Lemon soda")));
            kiosk.waitForText(CART_TOTAL, "₹70.00");
            kiosk.waitForText(CART_TAX_PREFIX + "0.rate", "CGST 2.5%");
            kiosk.waitForText(CART_TAX_PREFIX + "0", "₹0.95");
            kiosk.waitForText(CART_TAX_PREFIX + "1.rate", "SGST 2.5%");
            kiosk.waitForText(CART_TAX_PREFIX + "1", "₹0.95");
            kiosk.waitForText(CART_TAX_PREFIX + "2.rate", "CGST 9%");
            kiosk.waitForText(CART_TAX_PREFIX + "2", "₹2.29");
            kiosk.waitForText(CART_TAX_PREFIX + "3.rate", "SGST 9%");
            kiosk.waitForText(CART_TAX_PREFIX + "3", "₹2.29");
            kiosk.screenshot("taxes-cart");

            kiosk.tap(PAY_CASH);
            kiosk.tap(PAY_QUICK_PREFIX + 7000);
            kiosk.tap(PAY_CONFIRM);
            kiosk.waitForText(CART_TOTAL, "₹0.00");
            kiosk.awaitCount(1, "SELECT count(*) FROM orders");

            assertThat(kiosk.count("SELECT total FROM orders")).isEqualTo(7_000);
            assertThat(kiosk.count("SELECT count(*) FROM order_taxes")).isEqualTo(4);
            assertThat(kiosk.count("SELECT sum(tax) FROM order_taxes")).isEqualTo(648);
            assertThat(kiosk.count("SELECT tax FROM order_taxes WHERE name = 'CGST' AND rate_ppm = 25000"))
                    .isEqualTo(95);
            assertThat(kiosk.count("SELECT basis FROM order_taxes WHERE name = 'SGST' AND rate_ppm = 25000"))
                    .as("40.00 − 1.90").isEqualTo(3_810);
            assertThat(kiosk.count("SELECT tax FROM order_taxes WHERE name = 'SGST' AND rate_ppm = 90000"))
                    .isEqualTo(229);
            assertThat(kiosk.count("SELECT basis FROM order_taxes WHERE name = 'CGST' AND rate_ppm = 90000"))
                    .as("30.00 − 4.58").isEqualTo(2_542);
        }
    }

    @Test
    void aTerminalWhosePricesExcludeGstAddsItToWhatIsPaid() throws Exception {
        new ConfigLoader().load(ConfigLoader.defaultFile(dataDir), TerminalConfig.demo()
                .withTaxes(new TaxRule(TaxRule.Prices.EXCLUDED, TaxRule.Rounding.PER_LINE)));
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            Walks.openCountingFiveHundred(kiosk);

            // Lemon soda ₹30.00 plus 18 % GST: 30.00 × 9 % = ₹2.70 each of CGST and SGST, ₹35.40 to pay.
            kiosk.tap(product(productId(kiosk, "Lemon soda")));
            kiosk.waitForText(CART_TAX_PREFIX + "0", "₹2.70");
            kiosk.waitForText(CART_TAX_PREFIX + "1", "₹2.70");
            kiosk.waitForText(CART_TOTAL, "₹35.40");

            kiosk.tap(PAY_CASH);
            kiosk.tap(PAY_QUICK_PREFIX + 3540);
            kiosk.tap(PAY_CONFIRM);
            kiosk.waitForText(CART_TOTAL, "₹0.00");
            kiosk.awaitCount(1, "SELECT count(*) FROM orders");

            assertThat(kiosk.count("SELECT total FROM orders")).isEqualTo(3_540);
            assertThat(kiosk.count("SELECT amount FROM order_payments")).isEqualTo(3_540);
            assertThat(kiosk.count("SELECT sum(tax) FROM order_taxes WHERE prices = 'EXCLUDED'")).isEqualTo(540);
        }
    }


    private static long productId(TestKiosk kiosk, String name) throws java.sql.SQLException {
        return kiosk.count("SELECT id FROM products WHERE name = ? AND active = 1", name);
    }
}
