package app.tillpoint.api.sale;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;
import org.junit.jupiter.api.Test;

import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CartTest {
    private static final Currency INR = Currency.getInstance("INR");
    private static final Product CHAI = new Product(1, "Masala chai", "Drinks", Money.of(2_000, INR));
    /** The dearest price an import lets in: 10^10 paise. */
    private static final Product GOLD = new Product(2, "Gold bar", "Gold", Money.of(10_000_000_000L, INR));

    @Test
    void addsAndCountsExactly() {
        Cart cart = Cart.empty(INR).add(CHAI).add(CHAI).add(GOLD);

        assertThat(cart.lines()).containsExactly(new CartLine(CHAI, 2), new CartLine(GOLD, 1));
        assertThat(cart.total()).isEqualTo(Money.of(10_000_004_000L, INR));
    }

    @Test
    void aCartMayComeToItsLimitAndNotOnePaisaMore() {
        Cart full = Cart.empty(INR).add(GOLD).withQuantity(GOLD.id(), 100);
        assertThat(full.total()).isEqualTo(Money.of(Cart.MAX_TOTAL_MINOR_UNITS, INR));

        assertThatThrownBy(() -> full.add(CHAI)).isInstanceOfSatisfying(CartLimitException.class,
                e -> assertThat(e.limit()).isEqualTo(Money.of(1_000_000_000_000L, INR)));
        assertThatThrownBy(() -> full.add(GOLD)).isInstanceOf(CartLimitException.class);
        Cart withChai = Cart.empty(INR).add(CHAI).add(GOLD);
        assertThatThrownBy(() -> withChai.withQuantity(GOLD.id(), 100)).isInstanceOf(CartLimitException.class)
                .hasMessage("A cart may come to at most INR 10000000000.00");

        assertThat(full.total()).as("the cart asked is unchanged").isEqualTo(Money.of(Cart.MAX_TOTAL_MINOR_UNITS, INR));
        assertThat(withChai.lines()).containsExactly(new CartLine(CHAI, 1), new CartLine(GOLD, 1));
    }

    @Test
    void aPriceThatWouldOverflowALongIsRefusedAsOverTheLimitNeverAsAnArithmeticException() {
        // Rows the import never lets in, put straight into a database: the cart still cannot overflow.
        Product huge = new Product(3, "Huge", "Bad rows", Money.of(Long.MAX_VALUE / 2 + 1, INR));
        Product over = new Product(4, "Over", "Bad rows", Money.of(Cart.MAX_TOTAL_MINOR_UNITS + 1, INR));
        Product half = new Product(5, "Half", "Bad rows", Money.of(Cart.MAX_TOTAL_MINOR_UNITS / 2, INR));

        assertThatThrownBy(() -> Cart.empty(INR).add(huge)).isInstanceOf(CartLimitException.class);
        assertThatThrownBy(() -> Cart.empty(INR).add(over)).isInstanceOf(CartLimitException.class);
        Cart twoHalves = Cart.empty(INR).add(half).add(half);
        assertThat(twoHalves.total()).isEqualTo(Money.of(Cart.MAX_TOTAL_MINOR_UNITS, INR));
        assertThatThrownBy(() -> twoHalves.withQuantity(half.id(), 9_999)).isInstanceOf(CartLimitException.class);
        Product maxLong = new Product(6, "Max", "Bad rows", Money.of(Long.MAX_VALUE, INR));
        assertThatThrownBy(() -> Cart.empty(INR).add(maxLong)).isInstanceOf(CartLimitException.class);
    }

    @Test
    void quantitiesStayFromOneTo9999() {
        Cart cart = Cart.empty(INR).add(CHAI);

        assertThat(cart.withQuantity(CHAI.id(), 9_999).total()).isEqualTo(Money.of(19_998_000, INR));
        assertThatThrownBy(() -> cart.withQuantity(CHAI.id(), 10_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cart.withQuantity(CHAI.id(), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cart.withQuantity(CHAI.id(), Integer.MIN_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
