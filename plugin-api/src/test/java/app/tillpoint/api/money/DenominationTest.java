package app.tillpoint.api.money;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DenominationTest {

    private static final Currency INR = Currency.getInstance("INR");

    @Test
    void isWorthMoreThanNothing() {
        assertThatThrownBy(() -> Denomination.bill(Money.zero(INR))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Denomination.coin(Money.of(-100, INR))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Denomination.coin(Money.of(1, INR)).minorUnits()).isEqualTo(1);
    }

    @Test
    void needsAValueAndAKind() {
        assertThatThrownBy(() -> new Denomination(null, Denomination.Kind.BILL))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Denomination(Money.ofMajor(5, INR), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void sortsLargestFirstWithTheBillBeforeTheCoinOfTheSameValue() {
        Denomination coin20 = Denomination.coin(Money.ofMajor(20, INR));
        Denomination bill20 = Denomination.bill(Money.ofMajor(20, INR));
        Denomination bill500 = Denomination.bill(Money.ofMajor(500, INR));
        Denomination coin1 = Denomination.coin(Money.ofMajor(1, INR));
        Denomination bill10 = Denomination.bill(Money.ofMajor(10, INR));
        List<Denomination> list = new ArrayList<>(List.of(coin1, coin20, bill10, bill500, bill20));

        list.sort(Denomination.LARGEST_FIRST);

        assertThat(list).containsExactly(bill500, bill20, coin20, bill10, coin1);
    }

    @Test
    void aBillAndACoinOfTheSameValueAreTwoDenominations() {
        Money twenty = Money.ofMajor(20, INR);

        assertThat(Denomination.bill(twenty)).isNotEqualTo(Denomination.coin(twenty));
        assertThat(Denomination.bill(twenty)).isEqualTo(new Denomination(twenty, Denomination.Kind.BILL));
    }
}
