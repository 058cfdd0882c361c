package app.tillpoint.api.money;

import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CashCountTest {

    private static final Currency INR = Currency.getInstance("INR");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Locale EN_IN = Locale.forLanguageTag("en-IN");

    private static final Denomination BILL_500 = bill(500);
    private static final Denomination BILL_100 = bill(100);
    private static final Denomination BILL_20 = bill(20);
    private static final Denomination COIN_20 = coin(20);
    private static final Denomination BILL_10 = bill(10);
    private static final Denomination COIN_10 = coin(10);
    private static final Denomination COIN_5 = coin(5);

    /** The INR drawer of the issue, in no particular order. */
    private static CashCount inrDrawer() {
        return CashCount.empty(List.of(COIN_5, BILL_10, COIN_10, BILL_20, COIN_20, BILL_100, BILL_500));
    }

    private static Denomination bill(long rupees) {
        return Denomination.bill(Money.ofMajor(rupees, INR));
    }

    private static Denomination coin(long rupees) {
        return Denomination.coin(Money.ofMajor(rupees, INR));
    }

    @Test
    void startsEmptyWithItsDenominationsLargestFirst() {
        CashCount count = inrDrawer();

        assertThat(count.denominations()).containsExactly(BILL_500, BILL_100, BILL_20, COIN_20, BILL_10, COIN_10,
                COIN_5);
        assertThat(count.isEmpty()).isTrue();
        assertThat(count.total()).isEqualTo(Money.zero(INR));
        assertThat(count.currency()).isEqualTo(INR);
        assertThat(count.lines()).hasSize(7).allSatisfy(line -> assertThat(line.quantity()).isZero());
        assertThat(count.countedLines()).isEmpty();
    }

    @Test
    void refusesNoDenominationsTwoCurrenciesAndRepeats() {
        assertThatThrownBy(() -> CashCount.empty(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CashCount.empty(List.of(BILL_500, Denomination.bill(Money.ofMajor(5, EUR)))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CashCount.empty(List.of(BILL_500, BILL_100, bill(500))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quantitiesAreFrom0To9999() {
        CashCount count = inrDrawer();

        assertThat(count.with(BILL_500, 0).quantity(BILL_500)).isZero();
        assertThat(count.with(BILL_500, CashCount.MAX_QUANTITY).quantity(BILL_500)).isEqualTo(9_999);
        assertThatThrownBy(() -> count.with(BILL_500, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> count.with(BILL_500, 10_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesADenominationItDoesNotCount() {
        CashCount count = inrDrawer();
        Denomination bill200 = bill(200);

        assertThatThrownBy(() -> count.with(bill200, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> count.quantity(bill200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> count.with(Denomination.bill(Money.ofMajor(500, EUR)), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withReturnsANewCountAndLeavesTheOldOneAlone() {
        CashCount empty = inrDrawer();

        CashCount two = empty.with(BILL_500, 2);
        CashCount three = two.with(BILL_500, 3);

        assertThat(empty.quantity(BILL_500)).isZero();
        assertThat(two.quantity(BILL_500)).isEqualTo(2);
        assertThat(three.quantity(BILL_500)).isEqualTo(3);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(two).isEqualTo(inrDrawer().with(BILL_500, 2)).hasSameHashCodeAs(inrDrawer().with(BILL_500, 2));
        assertThat(two).isNotEqualTo(three);
        assertThatThrownBy(() -> two.lines().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> two.denominations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theTotalIsDerivedFromTheLines() {
        CashCount count = inrDrawer().with(BILL_500, 2).with(BILL_100, 3).with(BILL_10, 4).with(COIN_10, 1);

        assertThat(count.total()).isEqualTo(Money.ofMajor(1350, INR));
        assertThat(count.countedLines()).containsExactly(new CashCount.Line(BILL_500, 2),
                new CashCount.Line(BILL_100, 3), new CashCount.Line(BILL_10, 4), new CashCount.Line(COIN_10, 1));
        assertThat(count.countedLines().get(0).amount()).isEqualTo(Money.ofMajor(1000, INR));
        assertThat(count.with(BILL_500, 0).total()).isEqualTo(Money.ofMajor(350, INR));
    }

    @Test
    void theLargestCountIsStillExact() {
        CashCount full = inrDrawer();
        for (Denomination denomination : full.denominations()) {
            full = full.with(denomination, CashCount.MAX_QUANTITY);
        }

        assertThat(full.total()).isEqualTo(Money.ofMajor((500 + 100 + 20 + 20 + 10 + 10 + 5) * 9_999L, INR));
    }

    @Test
    void aTotalTooLargeForALongThrowsInsteadOfOverflowing() {
        Denomination huge = Denomination.bill(Money.of(Long.MAX_VALUE / 2, INR));
        Denomination small = Denomination.coin(Money.of(1, INR));
        CashCount count = CashCount.empty(List.of(huge, small));

        assertThatThrownBy(() -> count.with(huge, 3).total()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> count.with(huge, 2).with(small, 2).total()).isInstanceOf(ArithmeticException.class);
        assertThat(count.with(huge, 2).total()).isEqualTo(Money.of(Long.MAX_VALUE - 1, INR));
    }

    @Test
    void noteLinesListWhatWasCountedAndTheTotal() {
        CashCount count = inrDrawer().with(BILL_500, 2).with(BILL_100, 3).with(BILL_10, 4);

        assertThat(count.noteLines(EN_IN)).containsExactly(
                "2 x ₹500.00",
                "3 x ₹100.00",
                "4 x ₹10.00",
                "Total ₹1,340.00");
    }

    @Test
    void noteLinesMarkACoinThatSharesItsValueWithABill() {
        CashCount count = inrDrawer().with(BILL_500, 2).with(BILL_100, 3).with(COIN_10, 4).with(COIN_5, 1);

        assertThat(count.noteLines(EN_IN)).containsExactly(
                "2 x ₹500.00",
                "3 x ₹100.00",
                "4 x ₹10.00 coin",
                "1 x ₹5.00",
                "Total ₹1,345.00");
    }

    @Test
    void anEmptyCountHasOnlyItsTotal() {
        assertThat(inrDrawer().noteLines(EN_IN)).containsExactly("Total ₹0.00");
    }

    @Test
    void onlyACoinBesideABillOfTheSameValueSharesIt() {
        CashCount count = inrDrawer();

        assertThat(count.sharesValueWithBill(COIN_20)).isTrue();
        assertThat(count.sharesValueWithBill(COIN_10)).isTrue();
        assertThat(count.sharesValueWithBill(BILL_20)).isFalse();
        assertThat(count.sharesValueWithBill(COIN_5)).isFalse();
        assertThat(CashCount.empty(List.of(COIN_20, BILL_100)).sharesValueWithBill(COIN_20)).isFalse();
    }
}
