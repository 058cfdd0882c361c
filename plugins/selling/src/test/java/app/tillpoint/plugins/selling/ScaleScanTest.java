package app.tillpoint.plugins.selling;

import app.tillpoint.api.catalog.Catalog;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.catalog.ScaleBarcode;
import app.tillpoint.api.catalog.ScaleBarcode.Content;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Measure;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scale's label looked up: by its item code under its own prefix, then the store's other prefixes; a weight label
 * on an item not priced per kilogram, an unknown item or a label of nothing refused with the words the cashier reads.
 */
class ScaleScanTest {
    private static final Currency INR = Currency.getInstance("INR");
    private static final ScaleBarcode.Rule WEIGHT = new ScaleBarcode.Rule("21", 5, Content.WEIGHT_GRAMS);
    private static final ScaleBarcode.Rule PRICE = new ScaleBarcode.Rule("22", 5, Content.PRICE_MINOR_UNITS);
    private static final List<ScaleBarcode.Rule> RULES = List.of(WEIGHT, PRICE);
    private static final Product CASHEWS = new Product(1, "Cashews (per kg)", "Dry fruit", Money.of(99_999, INR));
    private static final Product CHEESE = new Product(2, "Cheese wedge", "Dairy", Money.of(85_000, INR));
    /** Cashews known by item 10001 under the weight prefix, the cheese by item 20002 under the price prefix. */
    private static final Catalog CATALOG = catalog(Map.of("2110001000003", CASHEWS, "2220002000008", CHEESE));

    @Test
    void aWeightLabelAddsItsItemWithItsGrams() {
        assertThat(look("2110001012556")).isEqualTo(new ScaleScan(CASHEWS,
                new Measure(Content.WEIGHT_GRAMS, 1_255), null));
    }

    @Test
    void aPriceLabelAddsItsItemWithItsAmountAndFindsAWeighedItemToo() {
        assertThat(look("2220002212500")).isEqualTo(new ScaleScan(CHEESE,
                new Measure(Content.PRICE_MINOR_UNITS, 21_250), null));
        // 22 | 10001 | 07550: the cashews' label printed with its price, ₹75.50.
        assertThat(look("2210001075503")).isEqualTo(new ScaleScan(CASHEWS,
                new Measure(Content.PRICE_MINOR_UNITS, 7_550), null));
    }

    @Test
    void aWeightLabelOfAnItemNotPricedPerKilogramIsRefused() {
        // 21 | 20002 | 00500: half a kilogram of the cheese, which the catalog prices by the piece.
        assertThat(look("2120002005006").refusal())
                .isEqualTo(new ScaleScan.Refusal("scale.notByWeight", "Cheese wedge"));
    }

    @Test
    void anUnknownItemOrALabelOfNothingIsRefused() {
        assertThat(look("2199999010003").refusal()).isEqualTo(new ScaleScan.Refusal("scale.unknownItem", "99999"));
        // 21 | 10001 | 00000: the cashews' own code, as the catalog lists it, weighs nothing.
        assertThat(look("2110001000003").refusal()).isEqualTo(new ScaleScan.Refusal("scale.noWeight",
                "Cashews (per kg)"));
    }

    private static ScaleScan look(String code) {
        return ScaleScan.lookUp(CATALOG, ScaleBarcode.read(code, RULES).orElseThrow(), RULES);
    }

    private static Catalog catalog(Map<String, Product> byCode) {
        return new Catalog() {
            @Override
            public List<Product> products() {
                return List.copyOf(byCode.values());
            }

            @Override
            public List<String> categories() {
                return List.of();
            }

            @Override
            public Optional<Product> byBarcode(String scanned) {
                return Optional.ofNullable(byCode.get(scanned));
            }
        };
    }
}
