package app.tillpoint.api.money;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts as CLDR writes them, with ICU4J (a test dependency only) as the reference. */
class AmountFormatTest {

    private static final Currency INR = Currency.getInstance("INR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final String NBSP = "\u00a0";

    private static Locale locale(String tag) {
        return Locale.forLanguageTag(tag);
    }

    @Test
    void printsTheIssuesFourExamples() {
        Money lakhs = Money.ofMajor(1_234_000, INR);
        assertThat(lakhs.format(locale("en-IN"))).isEqualTo("₹12,34,000.00");
        assertThat(lakhs.format(locale("hi-IN"))).isEqualTo("₹12,34,000.00");
        assertThat(Money.ofMajor(1_234_000, USD).format(locale("en-US"))).isEqualTo("$1,234,000.00");
        assertThat(Money.ofMajor(1_234_000, EUR).format(locale("de-DE"))).isEqualTo("1.234.000,00" + NBSP + "€");
    }

    @Test
    void groupsByTwoAboveTheThousandsUpToCroresAndBeyond() {
        Locale enIn = locale("en-IN");
        assertThat(Money.of(0, INR).format(enIn)).isEqualTo("₹0.00");
        assertThat(Money.of(99_999, INR).format(enIn)).isEqualTo("₹999.99");
        assertThat(Money.ofMajor(1_000, INR).format(enIn)).isEqualTo("₹1,000.00");
        assertThat(Money.ofMajor(99_999, INR).format(enIn)).isEqualTo("₹99,999.00");
        assertThat(Money.ofMajor(100_000, INR).format(enIn)).isEqualTo("₹1,00,000.00");
        assertThat(Money.of(1_234_567_890_12L, INR).format(enIn)).isEqualTo("₹1,23,45,67,890.12");
        assertThat(Money.of(Long.MAX_VALUE, INR).format(enIn)).isEqualTo("₹92,23,37,20,36,85,47,758.07");
    }

    @Test
    void putsTheMinusSignWhereTheLocaleDoes() {
        assertThat(Money.ofMajor(-1_234_000, INR).format(locale("en-IN"))).isEqualTo("-₹12,34,000.00");
        assertThat(Money.ofMajor(-1_234_000, INR).format(locale("hi-IN"))).isEqualTo("-₹12,34,000.00");
        assertThat(Money.ofMajor(-1_234_000, USD).format(locale("en-US"))).isEqualTo("-$1,234,000.00");
        assertThat(Money.ofMajor(-1_234_000, EUR).format(locale("de-DE"))).isEqualTo("-1.234.000,00" + NBSP + "€");
        assertThat(Money.of(-50, INR).format(locale("en-IN"))).isEqualTo("-₹0.50");
        assertThat(Money.of(Long.MIN_VALUE, INR).format(locale("en-IN"))).isEqualTo("-₹92,23,37,20,36,85,47,758.08");
    }

    @Test
    void showsNoDecimalsForACurrencyWithoutThem() {
        assertThat(Money.of(1_234_000, JPY).format(locale("ja-JP"))).isEqualTo("￥1,234,000");
        assertThat(Money.of(-1_234, JPY).format(locale("ja-JP"))).isEqualTo("-￥1,234");
        assertThat(Money.of(1_234_000, JPY).format(locale("en-IN"))).isEqualTo("JP¥12,34,000");
        assertThat(Money.of(1_234_000, JPY).formatAsPrinted(locale("en-IN"))).isEqualTo("JP¥12,34,000");
    }

    @Test
    void groupsTamilAndBengaliByTwoWithTheJdksSymbolsAndDigits() {
        assertThat(Money.ofMajor(1_234_000, INR).format(locale("ta-IN"))).isEqualTo("₹" + NBSP + "12,34,000.00");
        assertThat(Money.ofMajor(1_234_000, INR).format(locale("bn-IN"))).isEqualTo("১২,৩৪,০০০.০০₹");
        assertThat(Money.ofMajor(1_234_000, INR).format(locale("ta-SG"))).contains("1,234,000.00");
    }

    @Test
    void printsBillsWithoutDecimalsAndInIndiasGrouping() {
        assertThat(Money.ofMajor(500, INR).formatAsPrinted(locale("hi-IN"))).isEqualTo("₹500");
        assertThat(Money.ofMajor(200_000, INR).formatAsPrinted(locale("en-IN"))).isEqualTo("₹2,00,000");
        assertThat(Money.of(123_456_750, INR).formatAsPrinted(locale("en-IN"))).isEqualTo("₹12,34,567.50");
    }

    /** The grouping table is CLDR's: for every locale the JDK has data for, the size ICU4J reads from CLDR. */
    @Test
    void groupsAsCldrDoesInEveryLocaleTheJdkKnows() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Locale locale : NumberFormat.getAvailableLocales()) {
            if (locale.getLanguage().isEmpty()) {
                continue;
            }
            com.ibm.icu.text.DecimalFormat icu = (com.ibm.icu.text.DecimalFormat) com.ibm.icu.text.NumberFormat
                    .getCurrencyInstance(ULocale.forLocale(locale));
            int primary = icu.getGroupingSize();
            if (!icu.isGroupingUsed() || primary <= 0) {
                continue;
            }
            int expected = icu.getSecondaryGroupingSize() > 0 ? icu.getSecondaryGroupingSize() : primary;
            checked++;
            if (AmountFormat.secondaryGrouping(locale, primary) != expected) {
                wrong.add(locale.toLanguageTag() + " (CLDR: " + expected + ")");
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(wrong).isEmpty();
    }

    /**
     * The whole text as ICU4J writes it, where the JDK's CLDR (v39 in JDK 17) and ICU4J's (v46) agree on the symbol's
     * place: not in bn-IN (₹ moved before the digits), pa-IN and ta-IN (the space after ₹ dropped), where the kiosk
     * writes what the JDK's CLDR says, grouped by two.
     */
    @ParameterizedTest
    @ValueSource(strings = {"en-IN", "hi-IN", "gu-IN", "te-IN", "en-US", "en-GB", "de-DE", "ja-JP"})
    void writesWhatIcu4jWrites(String tag) {
        Locale locale = locale(tag);
        for (Currency currency : List.of(INR, USD, EUR, JPY)) {
            for (long minorUnits : new long[] {0, 5, -5, 99_999, 1_234_000_00L, -1_234_000_00L, 1_234_567_890_12L}) {
                Money money = Money.of(minorUnits, currency);
                com.ibm.icu.text.NumberFormat icu = com.ibm.icu.text.NumberFormat.getCurrencyInstance(
                        ULocale.forLocale(locale));
                icu.setCurrency(com.ibm.icu.util.Currency.getInstance(currency.getCurrencyCode()));
                BigDecimal decimal = money.toDecimal();
                assertThat(money.format(locale)).as("%s in %s", money, tag).isEqualTo(icu.format(decimal));
            }
        }
    }
}
