package app.tillpoint.api.sale;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.catalog.ScaleBarcode;
import app.tillpoint.api.money.Money;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The taxes a refund gives back ({@link Refundable#taxesOf}): each rate's share by the refunded lines' amounts as sold,
 * and every way of refunding a whole order giving back exactly its taxes.
 */
class RefundTaxesTest {
    private static final Currency INR = Currency.getInstance("INR");
    private static final TaxRate CGST_25 = TaxRate.of("CGST", "2.5");
    private static final TaxRate SGST_25 = TaxRate.of("SGST", "2.5");
    private static final TaxRate GST_12 = TaxRate.of("GST", "12");
    private static final Product CHAI = new Product(1, "Masala chai", "Drinks", paise(2_000),
            List.of(CGST_25, SGST_25));
    private static final Product SAMOSA = new Product(2, "Samosa", "Snacks", paise(1_500), List.of(CGST_25, SGST_25));
    private static final Product GHEE = new Product(3, "Ghee 500 ml", "Grocery", paise(34_900), List.of(GST_12));
    private static final Product CASHEWS = new Product(4, "Cashews (per kg)", "Dry fruit", paise(99_999),
            List.of(GST_12));
    private static final Product WATER = new Product(5, "Water", "Drinks", paise(1_000), List.of());

    private static Money paise(long minorUnits) {
        return Money.of(minorUnits, INR);
    }

    private static Order order(Cart cart) {
        return new Order(7, 1, Instant.EPOCH, new Cashier(1, "Asha", Role.CASHIER, true), cart.lines(),
                cart.total(), cart.total(), paise(0), cart.taxes(), cart.orderDiscount());
    }

    private static Refundable after(Order order, Map<Integer, Integer> refunded) {
        return new Refundable(order, refunded, paise(0), List.of(Refund.CASH));
    }

    @Test
    void aPartialRefundGivesBackItsLinesShareOfEachRate() {
        // 3 chai (₹60.00) and 2 samosas (₹30.00) at 5 % inside: CGST and SGST of 9,000 × 2.5 / 105 = 214.29 → 2.14 each
        // (per line: 60.00 → 1.43, 30.00 → 0.71). One samosa is 15.00 of 90.00: a sixth of 2.14 = 0.3567 → 0.36.
        Order order = order(Cart.empty(INR).add(CHAI).withQuantity(1, 3).add(SAMOSA).withQuantity(2, 2));
        assertThat(order.taxes().lines().get(0).tax()).isEqualTo(paise(214));

        TaxSummary back = after(order, Map.of()).taxesOf(List.of(new RefundLine(2, 1)));

        assertThat(back.prices()).isEqualTo(TaxRule.Prices.INCLUDED);
        assertThat(back.lines()).extracting(TaxLine::rate).containsExactly(CGST_25, SGST_25);
        assertThat(back.lines()).extracting(TaxLine::tax).containsExactly(paise(36), paise(36));
        // The taxable value 85.72 (90.00 − 2 × 2.14), a sixth: 14.2867 → 14.29.
        assertThat(back.lines()).extracting(TaxLine::basis).containsExactly(paise(1_429), paise(1_429));
    }

    @Test
    void aFullRefundGivesBackExactlyTheOrdersTaxes() {
        Order order = order(Cart.empty(INR).add(CHAI).withQuantity(1, 3).add(GHEE).add(WATER).withQuantity(5, 7));

        TaxSummary back = after(order, Map.of()).taxesOf(List.of(new RefundLine(1, 3), new RefundLine(2, 1),
                new RefundLine(3, 7)));

        assertThat(back).isEqualTo(order.taxes());
    }

    @Test
    void onlyTheRatesOfTheLinesGoingBackAreGivenBack() {
        Order order = order(Cart.empty(INR).add(CHAI).add(GHEE).add(WATER));

        assertThat(after(order, Map.of()).taxesOf(List.of(new RefundLine(2, 1))).lines())
                .extracting(TaxLine::rate).containsExactly(GST_12);
        assertThat(after(order, Map.of()).taxesOf(List.of(new RefundLine(3, 1))).isEmpty()).isTrue();
    }

    @Test
    void thirdsRefundedOneByOneAddUpToTheOrdersTaxNeverAPaisaMoreOrLess() {
        // Three samosas at 5 % inside: 45.00 × 2.5 / 105 = 1.0714 → 1.07 of each half. A third, 0.357, rounds to
        // 0.36; two thirds to 0.71 (0.36 + 0.35); the last gives back the 0.36 left: 1.07 in all.
        Order order = order(Cart.empty(INR).add(SAMOSA).withQuantity(2, 3));
        assertThat(order.taxes().lines().get(0).tax()).isEqualTo(paise(107));

        Money first = after(order, Map.of()).taxesOf(List.of(new RefundLine(1, 1))).lines().get(0).tax();
        Money second = after(order, Map.of(1, 1)).taxesOf(List.of(new RefundLine(1, 1))).lines().get(0).tax();
        Money third = after(order, Map.of(1, 2)).taxesOf(List.of(new RefundLine(1, 1))).lines().get(0).tax();

        assertThat(List.of(first, second, third)).containsExactly(paise(36), paise(35), paise(36));
        assertThat(first.plus(second).plus(third)).isEqualTo(paise(107));
    }

    @Test
    void aWeighedLineAndDiscountsGiveBackByWhatWasPaid() {
        // Cashews weighed at 1.255 kg (₹1,254.99) 10 % off, and ghee, less ₹100.00 off the order spread over both.
        Cart cart = Cart.empty(INR).add(CASHEWS, new Measure(ScaleBarcode.Content.WEIGHT_GRAMS, 1_255))
                .withLineDiscount(CASHEWS.id(), Optional.of(Discount.percent(1_000, "Damaged pack")))
                .add(GHEE).withOrderDiscount(Optional.of(Discount.of(paise(10_000), "Regular")));
        Order order = order(cart);
        List<Money> shares = cart.orderDiscountShares();
        long cashews = cart.lines().get(0).amount().minus(shares.get(0)).minorUnits();
        long ghee = cart.lines().get(1).amount().minus(shares.get(1)).minorUnits();
        TaxLine gst = order.taxes().lines().get(0);

        TaxLine back = after(order, Map.of()).taxesOf(List.of(new RefundLine(1, 1))).lines().get(0);

        // round(tax × cashews / (cashews + ghee)), half up, in whole numbers.
        long expected = (2 * gst.tax().minorUnits() * cashews + cashews + ghee) / (2 * (cashews + ghee));
        assertThat(back.tax()).isEqualTo(paise(expected));
        assertThat(after(order, Map.of(1, 1)).taxesOf(List.of(new RefundLine(2, 1))).lines().get(0).tax())
                .isEqualTo(gst.tax().minus(back.tax()));
    }

    @Test
    void taxesAddedToThePricesAreGivenBackTheSameWay() {
        TaxRule excluded = new TaxRule(TaxRule.Prices.EXCLUDED, TaxRule.Rounding.PER_ORDER);
        Order order = order(Cart.empty(INR, excluded).add(GHEE).withQuantity(3, 3));
        // 3 × 349.00 × 12 % = 125.64; one of three: 41.88.
        assertThat(order.taxes().tax()).isEqualTo(paise(12_564));

        TaxSummary back = after(order, Map.of()).taxesOf(List.of(new RefundLine(1, 1)));

        assertThat(back.prices()).isEqualTo(TaxRule.Prices.EXCLUDED);
        assertThat(back.lines()).containsExactly(new TaxLine(GST_12, paise(34_900), paise(4_188)));
    }

    @Test
    void everyWayOfRefundingAWholeOrderGivesBackExactlyItsTaxes() {
        Random random = new Random(16);
        List<TaxRule> rules = List.of(TaxRule.DEFAULT, new TaxRule(TaxRule.Prices.INCLUDED, TaxRule.Rounding.PER_ORDER),
                new TaxRule(TaxRule.Prices.EXCLUDED, TaxRule.Rounding.PER_LINE),
                new TaxRule(TaxRule.Prices.EXCLUDED, TaxRule.Rounding.PER_ORDER));
        List<Product> products = List.of(CHAI, SAMOSA, GHEE, WATER);
        for (int round = 0; round < 300; round++) {
            Cart cart = Cart.empty(INR, rules.get(random.nextInt(rules.size())));
            for (Product product : products) {
                if (random.nextBoolean()) {
                    cart = cart.add(product).withQuantity(product.id(), 1 + random.nextInt(7));
                }
            }
            if (cart.lines().isEmpty()) {
                continue;
            }
            if (random.nextBoolean()) {
                cart = cart.withOrderDiscount(Optional.of(Discount.of(paise(random.nextInt(999)), "Regular")));
            }
            Order order = order(cart);
            Map<Integer, Integer> refunded = new HashMap<>();
            TaxSummary given = TaxSummary.none(INR);
            while (!after(order, refunded).fullyRefunded()) {
                Refundable refundable = after(order, refunded);
                List<RefundLine> lines = new ArrayList<>();
                for (int lineNo = 1; lineNo <= order.lines().size(); lineNo++) {
                    int left = refundable.left(lineNo);
                    if (left > 0 && random.nextInt(3) == 0) {
                        lines.add(new RefundLine(lineNo, 1 + random.nextInt(left)));
                    }
                }
                if (lines.isEmpty()) {
                    continue;
                }
                TaxSummary back = refundable.taxesOf(lines);
                assertThat(back.lines()).allMatch(line -> !line.tax().isNegative() && !line.basis().isNegative());
                given = TaxSummary.sum(INR, List.of(given, back));
                assertThat(order.taxes().less(given).lines()).as("never more than the order's, at any step")
                        .allMatch(line -> !line.tax().isNegative() && !line.basis().isNegative());
                lines.forEach(line -> refunded.merge(line.lineNo(), line.quantity(), Integer::sum));
            }
            assertThat(order.taxes().less(given).lines()).as(cart.toString())
                    .allMatch(line -> line.tax().isZero() && line.basis().isZero());
        }
    }

    @Test
    void aLineThatDoesNotFitIsRefusedAsForTheAmount() {
        Order order = order(Cart.empty(INR).add(CHAI));

        assertThatThrownBy(() -> after(order, Map.of(1, 1)).taxesOf(List.of(new RefundLine(1, 1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refunded already");
    }

    @Test
    void aSessionsTaxesLessItsRefundsMayGoBelowZeroForARateOnlyRefunded() {
        TaxSummary sold = new TaxSummary(INR, TaxRule.Prices.INCLUDED,
                List.of(new TaxLine(GST_12, paise(10_000), paise(1_200))));
        TaxSummary refunded = new TaxSummary(INR, TaxRule.Prices.INCLUDED, List.of(
                new TaxLine(GST_12, paise(5_000), paise(600)), new TaxLine(CGST_25, paise(2_000), paise(50))));

        assertThat(sold.less(refunded).lines()).containsExactly(new TaxLine(GST_12, paise(5_000), paise(600)),
                new TaxLine(CGST_25, paise(-2_000), paise(-50)));
        assertThat(TaxSummary.none(INR).less(refunded).tax()).isEqualTo(paise(-650));
    }
}
