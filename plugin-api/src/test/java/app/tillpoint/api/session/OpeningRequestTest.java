package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpeningRequestTest {

    private static final Currency INR = Currency.getInstance("INR");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Cashier ASHA = new Cashier(1, "Asha", Role.CASHIER, false);

    private static CashCount countOf(Currency currency) {
        return CashCount.empty(List.of(Denomination.bill(Money.ofMajor(100, currency))));
    }

    @Test
    void refusesNegativeOpeningCash() {
        assertThatThrownBy(() -> new OpeningRequest(ASHA, Money.of(-1, INR), Optional.empty(), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void refusesACountInAnotherCurrency() {
        assertThatThrownBy(() -> new OpeningRequest(ASHA, Money.ofMajor(100, INR), Optional.of(countOf(EUR)), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR").hasMessageContaining("INR");
    }

    @Test
    void acceptsZeroCashAndATypedAmountBesideTheCount() {
        CashCount count = countOf(INR).with(Denomination.bill(Money.ofMajor(100, INR)), 2);

        OpeningRequest typed = new OpeningRequest(ASHA, Money.ofMajor(250, INR), Optional.of(count), "Float");
        OpeningRequest empty = new OpeningRequest(ASHA, Money.zero(INR), Optional.empty(), null);

        assertThat(typed.openingCash()).isEqualTo(Money.ofMajor(250, INR));
        assertThat(typed.count()).contains(count);
        assertThat(empty.note()).isEmpty();
    }

    @Test
    void needsACashierCashAndAnOptionalCount() {
        assertThatThrownBy(() -> new OpeningRequest(null, Money.zero(INR), Optional.empty(), ""))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new OpeningRequest(ASHA, null, Optional.empty(), ""))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new OpeningRequest(ASHA, Money.zero(INR), null, ""))
                .isInstanceOf(NullPointerException.class);
    }
}
