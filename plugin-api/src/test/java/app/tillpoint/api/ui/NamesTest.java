package app.tillpoint.api.ui;

import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

    private static final Currency INR = Currency.getInstance("INR");

    private static final Denomination BILL_500 = Denomination.bill(Money.ofMajor(500, INR));
    private static final Denomination BILL_20 = Denomination.bill(Money.ofMajor(20, INR));
    private static final Denomination COIN_20 = Denomination.coin(Money.ofMajor(20, INR));
    private static final Denomination COIN_1 = Denomination.coin(Money.ofMajor(1, INR));

    private final CashCount count = CashCount.empty(List.of(BILL_500, BILL_20, COIN_20, COIN_1));

    @Test
    void aDenominationIsKeyedByItsMinorUnits() {
        assertThat(Names.denominationKey(count, BILL_500)).isEqualTo("50000");
        assertThat(Names.denominationKey(count, BILL_20)).isEqualTo("2000");
        assertThat(Names.denominationKey(count, COIN_1)).isEqualTo("100");
    }

    @Test
    void aCoinBesideABillOfTheSameValueIsMarked() {
        assertThat(Names.denominationKey(count, COIN_20)).isEqualTo("2000.coin");
        assertThat(Names.denominationKey(CashCount.empty(List.of(COIN_20)), COIN_20)).isEqualTo("2000");
    }

    @Test
    void everyDenominationOfACountHasItsOwnKey() {
        assertThat(count.denominations()).extracting(d -> Names.denominationKey(count, d)).doesNotHaveDuplicates();
    }

    @Test
    void counterComponentsAreNamedByTheKey() {
        assertThat(Names.counterQty(count, COIN_20)).isEqualTo("counter.qty.2000.coin");
        assertThat(Names.counterPlus(count, BILL_500)).isEqualTo("counter.plus.50000");
        assertThat(Names.counterMinus(count, BILL_20)).isEqualTo("counter.minus.2000");
        assertThat(Names.keypadDigit(7)).isEqualTo("keypad.7");
        assertThat(Names.lockCashier(42)).isEqualTo("lock.cashier.42");
    }
}
