package app.tillpoint.api.sale;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.catalog.ScaleBarcode;
import app.tillpoint.api.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a refund gives back of lines that were weighed, re-priced or discounted: what each came to as sold, never the
 * catalog's price times the quantity.
 */
class RefundableTest {
    private static final Currency INR = Currency.getInstance("INR");
    private static final Product CASHEWS = new Product(1, "Cashews (per kg)", "Dry fruit", paise(99_999), List.of());
    private static final Product CHAI = new Product(2, "Masala chai", "Drinks", paise(2_000), List.of());
    private static final Product SAMOSA = new Product(3, "Samosa", "Snacks", paise(1_500), List.of());

    private static Money paise(long minorUnits) {
        return Money.of(minorUnits, INR);
    }

    private static Refundable sold(Cart cart) {
        Order order = new Order(7, 1, Instant.EPOCH, new Cashier(1, "Asha", Role.CASHIER, true), cart.lines(),
                cart.total(), cart.total(), paise(0), TaxSummary.none(INR), cart.orderDiscount());
        return new Refundable(order, Map.of(), paise(0), List.of(Refund.CASH));
    }

    @Test
    void aWeighedLineGoesBackAtWhatItWeighed() {
        // 1.255 kg at ₹999.99/kg = ₹1,254.99, beside three chai: the cashews go back at ₹1,254.99, not ₹999.99.
        Cart cart = Cart.empty(INR).add(CASHEWS, new Measure(ScaleBarcode.Content.WEIGHT_GRAMS, 1_255)).add(CHAI)
                .withQuantity(CHAI.id(), 3);

        assertThat(sold(cart).amountOf(List.of(new RefundLine(1, 1)))).isEqualTo(paise(125_499));
        assertThat(sold(cart).amountOf(List.of(new RefundLine(2, 1)))).isEqualTo(paise(2_000));
    }

    @Test
    void aRepricedOrDiscountedLineGoesBackAtWhatWasPaidForIt() {
        // Chai sold at ₹16.00 instead of ₹20.00, three of them; samosas 10 % off, two of them (₹27.00).
        Cart cart = Cart.empty(INR).add(CHAI).withQuantity(CHAI.id(), 3)
                .withPrice(CHAI.id(), Optional.of(PriceOverride.of(paise(1_600), "Price match")))
                .add(SAMOSA).withQuantity(SAMOSA.id(), 2)
                .withLineDiscount(SAMOSA.id(), Optional.of(Discount.percent(1000, "Damaged")));
        assertThat(cart.total()).isEqualTo(paise(4_800 + 2_700));

        assertThat(sold(cart).amountOf(List.of(new RefundLine(1, 1)))).isEqualTo(paise(1_600));
        assertThat(sold(cart).amountOf(List.of(new RefundLine(2, 1)))).isEqualTo(paise(1_350));
        assertThat(sold(cart).amountOf(List.of(new RefundLine(1, 2), new RefundLine(2, 1))))
                .isEqualTo(paise(3_200 + 1_350));
    }

    @Test
    void anOrderDiscountIsSharedByWhatGoesBackAndThirdsRoundHalfUp() {
        // Three chai at ₹20.00 less ₹10.00 off the order: ₹50.00 paid; one chai is a third of it, ₹16.666… → ₹16.67.
        Cart cart = Cart.empty(INR).add(CHAI).withQuantity(CHAI.id(), 3)
                .withOrderDiscount(Optional.of(Discount.of(paise(1_000), "Staff")));
        assertThat(cart.total()).isEqualTo(paise(5_000));

        assertThat(sold(cart).amountOf(List.of(new RefundLine(1, 1)))).isEqualTo(paise(1_667));
        assertThat(sold(cart).amountOf(List.of(new RefundLine(1, 3)))).isEqualTo(paise(5_000));
    }
}
