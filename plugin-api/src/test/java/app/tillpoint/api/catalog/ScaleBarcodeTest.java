package app.tillpoint.api.catalog;

import app.tillpoint.api.catalog.ScaleBarcode.Content;
import app.tillpoint.api.catalog.ScaleBarcode.Rule;
import app.tillpoint.api.money.Money;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Weight and price barcodes, each against a worked example. */
class ScaleBarcodeTest {
    private static final Currency INR = Currency.getInstance("INR");
    /** A store's scales: 21 + 5 item digits + grams; 22 + 5 item digits + paise. */
    private static final List<Rule> STORE = List.of(new Rule("21", 5, Content.WEIGHT_GRAMS),
            new Rule("22", 5, Content.PRICE_MINOR_UNITS));

    @Test
    void aWeightIsReadAndPricedPerKilogram() {
        // 21 | 12345 | 01250 | 6: item 12345, 1,250 g. At ₹240.00 a kg: 24000 × 1250 / 1000 = 30000 paise.
        ScaleBarcode code = ScaleBarcode.read("2112345012506", STORE).orElseThrow();

        assertThat(code.itemCode()).isEqualTo("12345");
        assertThat(code.value()).isEqualTo(1_250);
        assertThat(code.productCode()).isEqualTo("2112345000008");
        assertThat(code.amount(Money.of(24_000, INR))).isEqualTo(Money.of(30_000, INR));
    }

    @Test
    void aWeightsAmountIsRoundedHalfUpToThePaisa() {
        // 453 g at ₹199.99 a kg: 19999 × 453 = 9,059,547 thousandths of a paisa → 9059.547 → 9060 paise, ₹90.60.
        ScaleBarcode code = ScaleBarcode.read("2112345004532", STORE).orElseThrow();

        assertThat(code.amount(Money.of(19_999, INR))).isEqualTo(Money.of(9_060, INR));
        // Exactly half a paisa goes up: 500 g at ₹0.01 a kg is 0.5 paise → 1 paisa.
        ScaleBarcode half = ScaleBarcode.read("2112345005003", STORE).orElseThrow();
        assertThat(half.amount(Money.of(1, INR))).isEqualTo(Money.of(1, INR));
        assertThat(code.amount(Money.of(1, INR))).isEqualTo(Money.of(0, INR)); // 0.453 paise: down
    }

    @Test
    void aPriceIsTheLinesAmount() {
        // 22 | 00777 | 04990 | 7: item 00777, ₹49.90 whatever the product's own price.
        ScaleBarcode code = ScaleBarcode.read("2200777049907", STORE).orElseThrow();

        assertThat(code.itemCode()).isEqualTo("00777");
        assertThat(code.productCode()).isEqualTo("2200777000007");
        assertThat(code.amount(Money.of(100, INR))).isEqualTo(Money.of(4_990, INR));
    }

    @Test
    void otherCodesAreNoScalesAndAMisreadIsRefused() {
        assertThat(ScaleBarcode.read("8901234000014", STORE)).isEmpty(); // an ordinary EAN-13
        assertThat(ScaleBarcode.read("2312345012509", STORE)).isEmpty(); // a prefix the store does not use
        assertThat(ScaleBarcode.read("211234501250", STORE)).isEmpty(); // 12 digits
        assertThatThrownBy(() -> ScaleBarcode.read("2112345012507", STORE))
                .hasMessage("EAN-13 2112345012507: the check digit is 7, it should be 6");
    }

    @Test
    void aRuleMustFitThirteenDigits() {
        assertThatThrownBy(() -> new Rule("21", 8, Content.WEIGHT_GRAMS))
                .hasMessage("Prefix 21 and 8 item digits leave 2 digits for the value; it needs at least 3");
        assertThatThrownBy(() -> new Rule("31", 5, Content.WEIGHT_GRAMS))
                .hasMessage("A scale's prefix is 1 to 3 digits starting with 2, not 31");
    }
}
