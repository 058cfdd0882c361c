package app.tillpoint.kiosk.store;

import app.tillpoint.api.SessionEvent;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.TaxLine;
import app.tillpoint.api.sale.TaxRate;
import app.tillpoint.api.sale.TaxRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import static app.tillpoint.kiosk.store.TestTill.INR;
import static app.tillpoint.kiosk.store.TestTill.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An order stores its taxes by rate in its own transaction, the listeners' event and the session's CSV carry them:
 * India's GST worked example (3 × ₹52.00 at 5 %, ₹349.00 at 12 %, 2 × ₹199.00 at 18 %), checked to the paisa.
 */
class SaleTaxesTest {
    private static final TaxRule EXCLUDED = new TaxRule(TaxRule.Prices.EXCLUDED, TaxRule.Rounding.PER_LINE);

    @TempDir
    Path dir;

    @Test
    void pricesWithTaxStoreTheTaxesBesideTheOrderAndTheEventCarriesThem() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            importGroceries(till);
            till.open(count(2));

            Order sold = till.sell(1000, "Atta 1 kg", 3, "Ghee 500 ml", 1, "Shampoo", 2);

            // 156.00 × 2.5 / 105 = 3.71; 349.00 × 6 / 112 = 18.70; 398.00 × 9 / 118 = 30.36 (each, CGST and SGST).
            List<TaxLine> expected = List.of(
                    line("CGST", "2.5", 14_858, 371), line("SGST", "2.5", 14_858, 371),
                    line("CGST", "6", 31_160, 1_870), line("SGST", "6", 31_160, 1_870),
                    line("CGST", "9", 33_728, 3_036), line("SGST", "9", 33_728, 3_036));
            assertThat(sold.total()).isEqualTo(paise(90_300));
            assertThat(sold.taxes().lines()).isEqualTo(expected);
            assertThat(sold.taxes().tax()).isEqualTo(paise(10_554));

            Order stored = till.sales.orders(sold.sessionId()).get(0);
            assertThat(stored.taxes()).isEqualTo(sold.taxes());
            assertThat(stored.total()).isEqualTo(paise(90_300));
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT sum(tax) FROM order_taxes")).isEqualTo(10_554);
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT count(*) FROM order_taxes WHERE prices = "
                    + "'INCLUDED'")).isEqualTo(6);

            List<SessionEvent> events = new SqlEvents(till.database, TestTill.TERMINAL).after(0, 10);
            SessionEvent sale = events.stream().filter(e -> e.kind() == SessionEvent.Kind.SOLD).findFirst()
                    .orElseThrow();
            assertThat(sale.order().orElseThrow().taxes().lines()).isEqualTo(expected);
        }
    }

    @Test
    void theSessionsCsvAddsItsOrdersTaxesByRate() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            importGroceries(till);
            long session = till.open(count(2)).id();
            till.sell(1000, "Atta 1 kg", 3, "Ghee 500 ml", 1, "Shampoo", 2);
            // One more shampoo: 199.00 × 9 / 118 = 15.1780 → 15.18 each on 199.00 − 30.36 = 168.64.
            till.sell(200, "Shampoo", 1);

            SessionCsv report = SessionCsv.of(till.database, till.sessions, till.sales, session).orElseThrow();

            assertThat(report.taxes().tax()).isEqualTo(paise(10_554 + 3_036));
            assertThat(report.csvLines(ZoneId.of("Asia/Kolkata"))).containsSubsequence(
                    "summary," + session + ",,,,orders,2,,1102.00,INR,",
                    "summary," + session + ",,,,tax CGST 2.5%,,,3.71,INR,basis 148.58",
                    "summary," + session + ",,,,tax SGST 2.5%,,,3.71,INR,basis 148.58",
                    "summary," + session + ",,,,tax CGST 6%,,,18.70,INR,basis 311.60",
                    "summary," + session + ",,,,tax SGST 6%,,,18.70,INR,basis 311.60",
                    "summary," + session + ",,,,tax CGST 9%,,,45.54,INR,basis 505.92",
                    "summary," + session + ",,,,tax SGST 9%,,,45.54,INR,basis 505.92",
                    "summary," + session + ",,,,cash sales,,,1102.00,INR,");
        }
    }

    @Test
    void pricesWithoutTaxAddTheTaxToWhatIsPaid() throws Exception {
        try (TestTill till = TestTill.in(dir).taxRule(EXCLUDED).open()) {
            importGroceries(till);
            till.open(count(2));

            Order sold = till.sell(1100, "Atta 1 kg", 3, "Ghee 500 ml", 1, "Shampoo", 2);

            // 156.00 × 2.5 % = 3.90; 349.00 × 6 % = 20.94; 398.00 × 9 % = 35.82 (each): 121.32 on 903.00.
            assertThat(sold.taxes().tax()).isEqualTo(paise(12_132));
            assertThat(sold.total()).isEqualTo(paise(102_432));
            assertThat(sold.change()).isEqualTo(paise(110_000 - 102_432));
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT amount FROM order_payments")).isEqualTo(110_000);
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT total FROM orders")).isEqualTo(102_432);
            assertThat(till.sales.orders(sold.sessionId()).get(0).taxes().prices())
                    .isEqualTo(TaxRule.Prices.EXCLUDED);

            Cart cart = Cart.empty(INR, EXCLUDED).add(till.product("Shampoo"));
            assertThatThrownBy(() -> new CashSale(till.asha, cart, paise(19_900)))
                    .as("the shelf price is less than the total with its tax")
                    .hasMessage("Tendered INR 199.00 is less than the total INR 234.82");
        }
    }

    @Test
    void aCartOfAnotherRuleOrWithOldRatesIsRefusedAndNothingIsStored() throws Exception {
        try (TestTill till = TestTill.in(dir).taxRule(EXCLUDED).open()) {
            importGroceries(till);
            till.open(count(2));
            Cart included = Cart.empty(INR).add(till.product("Shampoo"));

            assertThatThrownBy(() -> till.sales.sellForCash(new CashSale(till.asha, included, paise(50_000))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("This terminal works out taxes with prices excluded of tax, rounded per line; the "
                            + "cart does not. Nothing was sold.");

            Cart old = Cart.empty(INR, EXCLUDED).add(till.product("Shampoo"));
            till.catalog.replace(List.of(new CatalogImport.Entry(2, "Shampoo", "Care", paise(19_900))
                    .withTaxes(List.of(TaxRate.of("IGST", "18")))), "new.csv");
            assertThatThrownBy(() -> till.sales.sellForCash(new CashSale(till.asha, old, paise(50_000))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The taxes of Shampoo changed from [CGST 9%, SGST 9%] to [IGST 18%]: remove it and "
                            + "add it again. Nothing was sold.");

            assertThat(till.test.rows("orders")).isZero();
            assertThat(till.test.rows("order_taxes")).isZero();
        }
    }

    @Test
    void aSaleWhoseTaxesCannotBeStoredStoresNothing() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            importGroceries(till);
            till.open(count(2));
            TestDatabase.failInsertsInto(till.database, "order_taxes", "NEW.rate_ppm = 90000");

            assertThatThrownBy(() -> till.sell(1000, "Atta 1 kg", 1, "Shampoo", 1))
                    .isInstanceOf(StoreException.class).hasMessageContaining("no insert into order_taxes");

            assertThat(till.test.rows("orders")).isZero();
            assertThat(till.test.rows("order_lines")).isZero();
            assertThat(till.test.rows("order_taxes")).isZero();
            assertThat(till.test.rows("order_payments")).isZero();
            assertThat(till.test.rows("events")).as("the session's opening only").isEqualTo(1);
            assertThat(till.told).noneMatch(event -> event.startsWith("sold"));
        }
    }

    @Test
    void storedTaxesAreNeverChangedOrRemoved() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            importGroceries(till);
            till.open(count(2));
            till.sell(200, "Shampoo", 1);

            try (var connection = till.test.raw(); var statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("UPDATE order_taxes SET tax = 0"))
                        .hasMessageContaining("Order taxes are never changed");
                assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM order_taxes"))
                        .hasMessageContaining("Order taxes are never removed");
            }
        }
    }

    /** The worked example's products, with India's GST as CGST and SGST. */
    static void importGroceries(TestTill till) {
        till.catalog.replace(List.of(
                new CatalogImport.Entry(2, "Atta 1 kg", "Grocery", paise(5_200)).withTaxes(DemoData.gst("5")),
                new CatalogImport.Entry(3, "Ghee 500 ml", "Grocery", paise(34_900)).withTaxes(DemoData.gst("12")),
                new CatalogImport.Entry(4, "Shampoo", "Care", paise(19_900))
                        .withTaxes(DemoData.gst("18"))), "groceries.csv");
    }

    static TaxLine line(String name, String percent, long basis, long tax) {
        return new TaxLine(TaxRate.of(name, percent), paise(basis), paise(tax));
    }

    static Money paise(long paise) {
        return Money.of(paise, INR);
    }
}
