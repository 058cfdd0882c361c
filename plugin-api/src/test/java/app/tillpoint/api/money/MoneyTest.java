package app.tillpoint.api.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static final Currency INR = Currency.getInstance("INR");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Locale EN_IN = Locale.forLanguageTag("en-IN");
    private static final Locale DE_DE = Locale.forLanguageTag("de-DE");

    // --- arithmetic ---

    @Test
    void addsSubtractsAndMultipliesExactly() {
        Money a = Money.parse("0.10", INR);
        Money b = Money.parse("0.20", INR);

        assertThat(a.plus(b)).isEqualTo(Money.parse("0.30", INR));
        assertThat(b.minus(a)).isEqualTo(Money.of(10, INR));
        assertThat(a.minus(b)).isEqualTo(Money.of(-10, INR));
        assertThat(a.minus(b).isNegative()).isTrue();
        assertThat(a.times(3)).isEqualTo(Money.of(30, INR));
        assertThat(Money.ofMajor(500, INR).times(9_999)).isEqualTo(Money.ofMajor(4_999_500, INR));
        assertThat(Money.zero(INR).isZero()).isTrue();
    }

    @Test
    void overflowThrowsInsteadOfWrappingAround() {
        Money max = Money.of(Long.MAX_VALUE, INR);
        Money min = Money.of(Long.MIN_VALUE, INR);

        assertThatThrownBy(() -> max.plus(Money.of(1, INR))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> min.minus(Money.of(1, INR))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofMajor(Long.MAX_VALUE / 10, INR)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void refusesToMixCurrencies() {
        Money rupees = Money.ofMajor(10, INR);
        Money euros = Money.ofMajor(10, EUR);

        assertThatThrownBy(() -> rupees.plus(euros)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("INR").hasMessageContaining("EUR");
        assertThatThrownBy(() -> rupees.minus(euros)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rupees.compareTo(euros)).isInstanceOf(IllegalArgumentException.class);
        assertThat(rupees).isNotEqualTo(euros);
    }

    @Test
    void needsACurrency() {
        assertThatThrownBy(() -> Money.of(1, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void comparesByAmount() {
        assertThat(Money.ofMajor(5, INR)).isLessThan(Money.ofMajor(10, INR));
        assertThat(Money.parse("10", INR)).isEqualByComparingTo(Money.ofMajor(10, INR));
    }

    // --- parse ---

    @Test
    void parsesWhatTheKeypadTypes() {
        assertThat(Money.parse("1340", INR)).isEqualTo(Money.of(134_000, INR));
        assertThat(Money.parse("1340.5", INR)).isEqualTo(Money.of(134_050, INR));
        assertThat(Money.parse("1340.50", INR)).isEqualTo(Money.of(134_050, INR));
        assertThat(Money.parse("0.01", INR)).isEqualTo(Money.of(1, INR));
        assertThat(Money.parse("0", INR).isZero()).isTrue();
        assertThat(Money.parse(" 12 ", INR)).isEqualTo(Money.ofMajor(12, INR));
        assertThat(Money.parse("1340.", INR)).isEqualTo(Money.ofMajor(1340, INR));
        assertThat(Money.parse("999999999999999.99", INR)).isEqualTo(Money.of(99_999_999_999_999_999L, INR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3", "1,340", "12.345", "abc", "", " ", "+5", "1e3", ".5", "1.2.3", "₹5", "1 340",
            "1000000000000000"})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> Money.parse(text, INR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not an amount: ");
    }

    @Test
    void refusesNothing() {
        assertThatThrownBy(() -> Money.parse(null, INR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not an amount: \"\"");
    }

    @Test
    void parsesWithTheDecimalsOfTheCurrency() {
        assertThat(Money.parse("500", JPY)).isEqualTo(Money.of(500, JPY));
        assertThatThrownBy(() -> Money.parse("500.5", JPY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.parse("500.", JPY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.ofMajor(500, JPY)).isEqualTo(Money.of(500, JPY));
    }

    @Test
    void anAmountTooLargeForMinorUnitsIsRefusedAsTextNotAsAnArithmeticException() {
        Currency clf = Currency.getInstance("CLF");
        assertThat(clf.getDefaultFractionDigits()).isEqualTo(4);
        assertThat(Money.parse("922337203685477.5807", clf).minorUnits()).isEqualTo(Long.MAX_VALUE);

        assertThatThrownBy(() -> Money.parse("999999999999999.9999", clf))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("Too large an amount: \"999999999999999.9999\"");
        assertThat(Money.parse("999999999999999.99", INR).minorUnits()).isEqualTo(99_999_999_999_999_999L);
    }

    // --- show ---

    @Test
    void showsThePlainAmountForTheKeypad() {
        assertThat(Money.of(134_000, INR).toPlainString()).isEqualTo("1340.00");
        assertThat(Money.of(5, INR).toDecimal()).isEqualByComparingTo(new BigDecimal("0.05"));
        assertThat(Money.of(5, INR).toDecimal().scale()).isEqualTo(2);
        assertThat(Money.of(500, JPY).toPlainString()).isEqualTo("500");
        assertThat(Money.of(134_000, INR)).hasToString("INR 1340.00");
    }

    @Test
    void formatsRupeesInEnIn() {
        assertThat(Money.ofMajor(1340, INR).format(EN_IN)).isEqualTo("₹1,340.00");
        assertThat(Money.ofMajor(12_340, INR).format(EN_IN)).isEqualTo("₹12,340.00");
        assertThat(Money.parse("0.5", INR).format(EN_IN)).isEqualTo("₹0.50");
    }

    @Test
    void formatsLakhsAsIndiaGroupsThem() {
        // The JDK alone gives ₹1,234,000.00 (DecimalFormat knows one grouping size): AmountFormatTest has the rest.
        assertThat(Money.ofMajor(1_234_000, INR).format(EN_IN)).isEqualTo("₹12,34,000.00");
        assertThat(Money.ofMajor(2_000_000, INR).formatAsPrinted(EN_IN)).isEqualTo("₹20,00,000");
    }

    @Test
    void formatsEurosInDeDe() {
        // Checked on JDK 17: a no-break space (U+00A0) before the euro sign.
        assertThat(Money.ofMajor(1340, EUR).format(DE_DE)).isEqualTo("1.340,00\u00a0€");
        assertThat(Money.parse("0.05", EUR).format(DE_DE)).isEqualTo("0,05\u00a0€");
    }

    @Test
    void formatsTheCurrencyNotTheLocalesOwn() {
        assertThat(Money.ofMajor(5, EUR).format(EN_IN)).contains("5.00").doesNotContain("₹");
        assertThat(Money.ofMajor(5, INR).format(DE_DE)).contains("5,00").doesNotContain("€");
    }

    @Test
    void negatesAndMeasuresASizeWithoutOverflowingSilently() {
        assertThat(Money.of(-5_000, INR).abs()).isEqualTo(Money.of(5_000, INR));
        assertThat(Money.of(5_000, INR).negate()).isEqualTo(Money.of(-5_000, INR));
        assertThat(Money.of(5_001, INR).isMoreThan(Money.of(5_000, INR))).isTrue();
        assertThatThrownBy(() -> Money.of(Long.MIN_VALUE, INR).abs()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void printsWholeAmountsWithoutDecimalsAsOnABill() {
        assertThat(Money.ofMajor(500, INR).formatAsPrinted(EN_IN)).isEqualTo("₹500");
        assertThat(Money.ofMajor(2_000, INR).formatAsPrinted(EN_IN)).isEqualTo("₹2,000");
        assertThat(Money.of(123_450, INR).formatAsPrinted(EN_IN)).isEqualTo("₹1,234.50");
        assertThat(Money.of(50, EUR).formatAsPrinted(DE_DE)).startsWith("0,50").endsWith("€");
    }
}
