package app.tillpoint.kiosk.config;

import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BuiltInDenominationsTest {

    @ParameterizedTest
    @CsvSource({"INR, 11, 6", "EUR, 15, 7", "USD, 10, 6", "GBP, 12, 4"})
    void everyBuiltInSetHasItsBillsAndCoinsLargestFirst(String code, int count, int bills) {
        Currency currency = Currency.getInstance(code);

        List<Denomination> set = BuiltInDenominations.of(currency);

        assertThat(set).hasSize(count);
        assertThat(set).filteredOn(d -> d.kind() == Denomination.Kind.BILL).hasSize(bills);
        assertThat(set).allSatisfy(d -> assertThat(d.value().currency()).isEqualTo(currency));
        assertThat(set).isSortedAccordingTo(Denomination.LARGEST_FIRST).doesNotHaveDuplicates();
        assertThat(CashCount.empty(set).denominations()).isEqualTo(set);
    }

    @Test
    void inrIsTheSetOfTheIssue() {
        assertThat(values("INR")).containsExactly(
                "bill 500.00", "bill 200.00", "bill 100.00", "bill 50.00", "bill 20.00", "coin 20.00",
                "bill 10.00", "coin 10.00", "coin 5.00", "coin 2.00", "coin 1.00");
    }

    @Test
    void eurHasSevenBillsAndEightCoins() {
        assertThat(values("EUR")).containsExactly(
                "bill 500.00", "bill 200.00", "bill 100.00", "bill 50.00", "bill 20.00", "bill 10.00", "bill 5.00",
                "coin 2.00", "coin 1.00", "coin 0.50", "coin 0.20", "coin 0.10", "coin 0.05", "coin 0.02",
                "coin 0.01");
    }

    @Test
    void usdIsTheCommonTillSet() {
        assertThat(values("USD")).containsExactly(
                "bill 100.00", "bill 50.00", "bill 20.00", "bill 10.00", "bill 5.00", "bill 1.00",
                "coin 0.25", "coin 0.10", "coin 0.05", "coin 0.01");
    }

    @Test
    void gbpHasFourNotesAndEightCoins() {
        assertThat(values("GBP")).containsExactly(
                "bill 50.00", "bill 20.00", "bill 10.00", "bill 5.00",
                "coin 2.00", "coin 1.00", "coin 0.50", "coin 0.20", "coin 0.10", "coin 0.05", "coin 0.02",
                "coin 0.01");
    }

    @Test
    void theInrCoinsBesideBillsAreMarkedInACount() {
        CashCount count = CashCount.empty(BuiltInDenominations.of(Currency.getInstance("INR")));

        assertThat(count.denominations()).filteredOn(count::sharesValueWithBill)
                .extracting(d -> d.value().toPlainString()).containsExactly("20.00", "10.00");
    }

    @Test
    void otherCurrenciesHaveNoBuiltInSet() {
        Currency yen = Currency.getInstance("JPY");

        assertThat(BuiltInDenominations.forCurrency(yen)).isEmpty();
        assertThatThrownBy(() -> BuiltInDenominations.of(yen)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JPY");
        assertThat(BuiltInDenominations.CURRENCY_CODES).containsExactlyInAnyOrder("INR", "EUR", "USD", "GBP");
    }

    private static List<String> values(String code) {
        return BuiltInDenominations.of(Currency.getInstance(code)).stream()
                .map(d -> d.kind().name().toLowerCase(Locale.ROOT) + " " + d.value().toPlainString()).toList();
    }

    @Test
    void valuesAreExactMinorUnits() {
        Currency eur = Currency.getInstance("EUR");

        assertThat(BuiltInDenominations.of(eur)).last().isEqualTo(Denomination.coin(Money.of(1, eur)));
    }
}
