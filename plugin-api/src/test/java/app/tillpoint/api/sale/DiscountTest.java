package app.tillpoint.api.sale;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Discounts to the paisa against worked examples written beside the figures: a percentage half-up in basis points,
 * an order discount spread by the largest remainder rule, and the taxes on what the customer pays.
 */
class DiscountTest {
    private static final Currency INR = Currency.getInstance("INR");
    private static final TaxRule INCLUDED_PER_LINE = new TaxRule(TaxRule.Prices.INCLUDED, TaxRule.Rounding.PER_LINE);

    private static final Product ATTA = new Product(1, "Atta 1 kg", "Grocery", paise(5_200), TaxRuleTest.GST_5);
    private static final Product GHEE = new Product(2, "Ghee 500 ml", "Grocery", paise(34_900), TaxRuleTest.GST_12);
    private static final Product SHAMPOO = new Product(3, "Shampoo", "Care", paise(19_900), TaxRuleTest.GST_18);

    @Test
    void aPercentageComesOffHalfUpToTheMinorUnit() {
        // 12.5 % of ₹0.99 = 12.375 paise → 12; of ₹1.00 = 12.5 → 13 (half-up); of ₹0.01 = 0.125 → 0.
        assertThat(Discount.percent(1250, "Staff").off(paise(99))).isEqualTo(paise(12));
        assertThat(Discount.percent(1250, "Staff").off(paise(100))).isEqualTo(paise(13));
        assertThat(Discount.percent(1250, "Staff").off(paise(1))).isEqualTo(paise(0));
        assertThat(Discount.percent(10_000, "Staff").off(paise(12_345))).isEqualTo(paise(12_345));
        // The largest cart there is: no overflow, no double.
        assertThat(Discount.percent(3333, "Staff").off(paise(Cart.MAX_TOTAL_MINOR_UNITS)))
                .isEqualTo(paise(333_300_000_000L));
    }

    @Test
    void theLargestRemainderSpreadsAnOrderDiscountExactly() {
        // ₹1.00 over three lines of ₹1.00: 33 each and 1 left over, to the first of the equal remainders.
        assertThat(Discount.spread(paise(100), List.of(paise(100), paise(100), paise(100))))
                .containsExactly(paise(34), paise(33), paise(33));
        // ₹50.00 over ₹156.00, ₹349.00, ₹358.20 (₹863.20): floors 903, 2021, 2074 (4998), remainders 53040, 47280,
        // 72320: the 2 paise left go to the third, then the first.
        assertThat(Discount.spread(paise(5_000), List.of(paise(15_600), paise(34_900), paise(35_820))))
                .containsExactly(paise(904), paise(2_021), paise(2_075));
        assertThat(Discount.spread(paise(0), List.of(paise(0)))).containsExactly(paise(0));
    }

    @Test
    void aDiscountedCartIsTaxedOnWhatTheCustomerPays() {
        // 3 × ₹52.00 at 5 %, ₹349.00 at 12 %, 2 × ₹199.00 at 18 % less 10 % (₹39.80): lines ₹156.00, ₹349.00,
        // ₹358.20 = ₹863.20; less ₹50.00 spread as ₹9.04, ₹20.21, ₹20.75 → taxed on ₹146.96, ₹328.79, ₹337.45:
        //  5 %: 146.96 × 2.5 / 105 = 3.4990 → 3.50 each; basis 146.96 − 7.00 = 139.96
        // 12 %: 328.79 × 6 / 112 = 17.6138 → 17.61 each; basis 328.79 − 35.22 = 293.57
        // 18 %: 337.45 × 9 / 118 = 25.7377 → 25.74 each; basis 337.45 − 51.48 = 285.97
        Cart cart = Cart.empty(INR, INCLUDED_PER_LINE).add(ATTA).withQuantity(1, 3).add(GHEE).add(SHAMPOO)
                .withQuantity(3, 2).withLineDiscount(3, Optional.of(Discount.percent(1000, "Damaged")))
                .withOrderDiscount(Optional.of(Discount.of(paise(5_000), "Loyal customer")));

        assertThat(cart.lines().get(2).discountAmount()).isEqualTo(paise(3_980));
        assertThat(cart.subtotal()).isEqualTo(paise(86_320));
        assertThat(cart.orderDiscountShares()).containsExactly(paise(904), paise(2_021), paise(2_075));
        assertThat(cart.discounts()).isEqualTo(paise(8_980));
        assertThat(cart.total()).isEqualTo(paise(81_320));
        assertThat(cart.taxes().lines()).extracting(TaxLine::basis, TaxLine::tax).containsExactly(
                org.assertj.core.groups.Tuple.tuple(paise(13_996), paise(350)),
                org.assertj.core.groups.Tuple.tuple(paise(13_996), paise(350)),
                org.assertj.core.groups.Tuple.tuple(paise(29_357), paise(1_761)),
                org.assertj.core.groups.Tuple.tuple(paise(29_357), paise(1_761)),
                org.assertj.core.groups.Tuple.tuple(paise(28_597), paise(2_574)),
                org.assertj.core.groups.Tuple.tuple(paise(28_597), paise(2_574)));
    }

    @Test
    void aPriceOverrideSellsTheLineAtTheNewPriceAndKeepsTheCatalogs() {
        Cart cart = Cart.empty(INR).add(GHEE).withQuantity(2, 2)
                .withPrice(2, Optional.of(PriceOverride.of(paise(30_000), "Price match")));

        assertThat(cart.lines().get(0).unitPrice()).isEqualTo(paise(30_000));
        assertThat(cart.lines().get(0).regularAmount()).isEqualTo(paise(69_800));
        assertThat(cart.total()).isEqualTo(paise(60_000));
    }

    @Test
    void badDiscountsAreRefusedAndTheCartStaysAsItWas() {
        Cart cart = Cart.empty(INR).add(ATTA);

        assertThatThrownBy(() -> cart.withLineDiscount(1, Optional.of(Discount.of(paise(5_201), "Damaged"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than the 52.00");
        assertThatThrownBy(() -> cart.withOrderDiscount(Optional.of(Discount.of(paise(5_201), "Damaged"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discount.percent(10_001, "Staff")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discount.percent(0, "Staff")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discount.of(paise(-1), "Staff")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Discount.percent(500, " ")).hasMessage("A discount needs a reason");
        assertThatThrownBy(() -> Discount.percent(500, "Staff\u202e")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PriceOverride.of(paise(-1), "Price match"))
                .hasMessageContaining("cannot be negative");
        assertThat(cart.total()).isEqualTo(paise(5_200));
    }

    @Test
    void aChangedLineDropsADiscountApprovedForAnotherAmount() {
        app.tillpoint.api.session.Approval approval = new app.tillpoint.api.session.Approval(
                new app.tillpoint.api.cashier.Cashier(9, "Meera", app.tillpoint.api.cashier.Role.HEAD_CASHIER, true),
                "Damaged", app.tillpoint.api.session.ApprovalAction.DISCOUNT, Optional.of(paise(1_560)), "token");
        Cart cart = Cart.empty(INR).add(ATTA).withQuantity(1, 3)
                .withLineDiscount(1, Optional.of(Discount.percent(1000, "Damaged").approvedBy(approval)))
                .withOrderDiscount(Optional.of(Discount.of(paise(100), "Staff")));

        Cart more = cart.withQuantity(1, 4);

        assertThat(more.lines().get(0).discount()).isEmpty();
        // Not approved, and still covered: the order discount of ₹1.00 stays.
        assertThat(more.orderDiscountAmount()).isEqualTo(paise(100));
        // An amount off without approval stays while the line covers it.
        Cart amountOff = Cart.empty(INR).add(ATTA).withQuantity(1, 2)
                .withLineDiscount(1, Optional.of(Discount.of(paise(6_000), "Damaged")));
        assertThat(amountOff.withQuantity(1, 3).lines().get(0).discountAmount()).isEqualTo(paise(6_000));
        assertThat(amountOff.withQuantity(1, 1).lines().get(0).discount()).isEmpty();
    }

    @Test
    void theLimitsSayExactlyWhenAHeadCashierMustApprove() {
        app.tillpoint.api.terminal.DiscountLimits limits = new app.tillpoint.api.terminal.DiscountLimits(1000, 1000,
                List.of("Damaged"));

        // 10 % of ₹52.00 is ₹5.20: that alone, not a paisa more.
        assertThat(limits.discountNeedsApproval(paise(520), paise(5_200))).isFalse();
        assertThat(limits.discountNeedsApproval(paise(521), paise(5_200))).isTrue();
        // A price of ₹46.80 is 10 % below ₹52.00; ₹46.79 is more; a higher price never needs one.
        assertThat(limits.overrideNeedsApproval(paise(5_200), paise(4_680))).isFalse();
        assertThat(limits.overrideNeedsApproval(paise(5_200), paise(4_679))).isTrue();
        assertThat(limits.overrideNeedsApproval(paise(5_200), paise(9_999))).isFalse();
        assertThat(app.tillpoint.api.terminal.DiscountLimits.NONE_ALONE.discountNeedsApproval(paise(1), paise(5_200)))
                .isTrue();
    }

    private static Money paise(long minorUnits) {
        return Money.of(minorUnits, INR);
    }
}
