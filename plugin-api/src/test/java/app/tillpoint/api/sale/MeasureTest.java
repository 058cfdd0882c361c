package app.tillpoint.api.sale;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.catalog.ScaleBarcode;
import app.tillpoint.api.catalog.ScaleBarcode.Content;
import app.tillpoint.api.money.Money;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Weighed and price-labelled cart lines, worked to the paisa: the weight times the price per kilogram rounded half up,
 * the label's amount as it is, the taxes of such a line by the terminal's rule, and what a measured line refuses.
 */
class MeasureTest {
    private static final Currency INR = Currency.getInstance("INR");
    private static final List<TaxRate> GST_5 = List.of(TaxRate.of("CGST", "2.5"), TaxRate.of("SGST", "2.5"));
    private static final List<TaxRate> GST_12 = List.of(TaxRate.of("CGST", "6"), TaxRate.of("SGST", "6"));
    /** ₹999.99 a kilogram. */
    private static final Product CASHEWS = new Product(1, "Cashews (per kg)", "Dry fruit", paise(99_999), GST_5);
    private static final Product CHEESE = new Product(2, "Cheese wedge", "Dairy", paise(85_000), GST_12);
    private static final Product TEA = new Product(3, "Tea", "Drinks", paise(2_000));

    @Test
    void aWeightIsThePricePerKilogramTimesTheGramsRoundedHalfUp() {
        // 99,999 × 1,255 = 125,498,745 thousandths of a paisa: 125,498.745 → 125,499 paise, ₹1,254.99.
        assertThat(weight(1_255).amount(paise(99_999))).isEqualTo(paise(125_499));
        // 10,050 × 50 = 502,500: exactly half a paisa over 502, up to 503.
        assertThat(weight(50).amount(paise(10_050))).isEqualTo(paise(503));
        // 10,050 × 49 = 492,450: 492.45 → 492.
        assertThat(weight(49).amount(paise(10_050))).isEqualTo(paise(492));
        // A whole kilogram is the price itself.
        assertThat(weight(1_000).amount(paise(99_999))).isEqualTo(paise(99_999));
    }

    @Test
    void aPriceLabelIsItsAmountWhateverTheProductCosts() {
        assertThat(new Measure(Content.PRICE_MINOR_UNITS, 21_250).amount(paise(85_000))).isEqualTo(paise(21_250));
    }

    @Test
    void aScaleBarcodeAndItsMeasureAgree() {
        ScaleBarcode.Rule grams = new ScaleBarcode.Rule("21", 5, Content.WEIGHT_GRAMS);
        ScaleBarcode scanned = ScaleBarcode.read("2110001012556", List.of(grams)).orElseThrow();

        assertThat(Measure.of(scanned)).isEqualTo(weight(1_255));
        assertThat(scanned.amount(paise(99_999))).isEqualTo(weight(1_255).amount(paise(99_999)));
    }

    @Test
    void aScaleOfTwoDecimalsCountsTensOfGramsAndOneOfWholeRupeesHundredsOfPaise() {
        ScaleBarcode.Rule tens = new ScaleBarcode.Rule("21", 5, Content.WEIGHT_GRAMS, 10);
        ScaleBarcode.Rule rupees = new ScaleBarcode.Rule("22", 5, Content.PRICE_MINOR_UNITS, 100);

        // 21 | 10001 | 00126 | check: 1.26 kg.
        assertThat(ScaleBarcode.read("2110001001260", List.of(tens)).orElseThrow().value()).isEqualTo(1_260);
        // 22 | 20002 | 00212 | check: ₹212.
        assertThat(ScaleBarcode.read("2220002002125", List.of(rupees)).orElseThrow().value()).isEqualTo(21_200);
        assertThatThrownBy(() -> new ScaleBarcode.Rule("21", 5, Content.WEIGHT_GRAMS, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("steps of 1, 10, 100 or 1000");
    }

    @Test
    void aLabelOfNothingIsRefused() {
        assertThatThrownBy(() -> new Measure(Content.WEIGHT_GRAMS, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weigh or cost something");
    }

    @Test
    void aCartOfAWeighedAndALabelledLineTaxesEachByItsRates() {
        Cart cart = Cart.empty(INR).add(CASHEWS, weight(1_255))
                .add(CHEESE, new Measure(Content.PRICE_MINOR_UNITS, 21_250));

        assertThat(cart.lines()).extracting(CartLine::amount).containsExactly(paise(125_499), paise(21_250));
        assertThat(cart.total()).isEqualTo(paise(146_749));
        // Included, per line: 125,499 × 2.5 / 105 = 2,988.07 → 2,988 for CGST and SGST, basis 125,499 − 5,976;
        // 21,250 × 6 / 112 = 1,138.39 → 1,138 each, basis 21,250 − 2,276.
        assertThat(cart.taxes().lines()).containsExactly(
                new TaxLine(TaxRate.of("CGST", "2.5"), paise(119_523), paise(2_988)),
                new TaxLine(TaxRate.of("SGST", "2.5"), paise(119_523), paise(2_988)),
                new TaxLine(TaxRate.of("CGST", "6"), paise(18_974), paise(1_138)),
                new TaxLine(TaxRate.of("SGST", "6"), paise(18_974), paise(1_138)));
    }

    @Test
    void withPricesExcludingTaxTheWeighedAmountIsTheBasis() {
        Cart cart = Cart.empty(INR, new TaxRule(TaxRule.Prices.EXCLUDED, TaxRule.Rounding.PER_LINE))
                .add(CASHEWS, weight(1_255));

        // 125,499 × 2.5 % = 3,137.475 → 3,137 each: 125,499 + 6,274 = 131,773.
        assertThat(cart.taxes().tax()).isEqualTo(paise(6_274));
        assertThat(cart.total()).isEqualTo(paise(131_773));
    }

    @Test
    void twoLabelsOfOneProductAddUpOnItsLine() {
        Cart cart = Cart.empty(INR).add(CASHEWS, weight(1_255)).add(CASHEWS, weight(750));

        assertThat(cart.lines()).containsExactly(new CartLine(CASHEWS, 1, weight(2_005)));
        // 99,999 × 2,005 = 200,497,995 → 200,497.995 → ₹2,004.98.
        assertThat(cart.total()).isEqualTo(paise(200_498));
    }

    @Test
    void aMeasuredLineIsNeverCountedAndACountedOneNeverMeasured() {
        Cart weighed = Cart.empty(INR).add(CASHEWS, weight(1_255));
        Cart counted = Cart.empty(INR).add(TEA);

        assertThatThrownBy(() -> weighed.withQuantity(CASHEWS.id(), 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("scan its label again");
        assertThatThrownBy(() -> weighed.add(CASHEWS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> weighed.add(CASHEWS, new Measure(Content.PRICE_MINOR_UNITS, 100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("measured the other way");
        assertThatThrownBy(() -> counted.add(TEA, weight(500))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("counted in pieces");
        assertThatThrownBy(() -> new CartLine(CASHEWS, 2, weight(500))).isInstanceOf(IllegalArgumentException.class);
        assertThat(weighed.lines()).containsExactly(new CartLine(CASHEWS, 1, weight(1_255)));
    }

    @Test
    void aWeighedCartPastTheLimitIsRefusedAndStaysAsItWas() {
        Product gold = new Product(4, "Gold (per kg)", "Metal", paise(20_000_000_000L));
        Cart cart = Cart.empty(INR);

        // ₹20 crore a kilogram × 99.999 kg passes ₹1,000 crore.
        assertThatThrownBy(() -> cart.add(gold, weight(99_999))).isInstanceOf(CartLimitException.class);
        assertThat(cart.isEmpty()).isTrue();
    }

    @Test
    void aWeightReadsInKilogramsInTheTerminalsLocale() {
        assertThat(weight(1_255).kilograms(Locale.forLanguageTag("en-IN"))).isEqualTo("1.255");
        assertThat(weight(50).kilograms(Locale.GERMANY)).isEqualTo("0,050");
    }

    private static Measure weight(long grams) {
        return new Measure(Content.WEIGHT_GRAMS, grams);
    }

    private static Money paise(long paise) {
        return Money.of(paise, INR);
    }
}
