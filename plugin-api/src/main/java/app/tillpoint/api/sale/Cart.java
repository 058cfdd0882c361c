package app.tillpoint.api.sale;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the customer is buying, before payment: immutable; each change returns a new cart. Quantities are 1 to
 * {@value CartLine#MAX_QUANTITY}; the total is derived with exact arithmetic and is at most
 * {@value #MAX_TOTAL_MINOR_UNITS} minor units: a change that would pass that is refused with a
 * {@link CartLimitException}, and the cart it was asked of stays as it was.
 *
 * <p>Since 1.3 a cart works out its taxes by the terminal's {@link TaxRule} ({@link #taxes()}); with prices that
 * exclude them, the total to pay is the lines plus the taxes.
 *
 * <p>Since 1.4 a line may carry a discount and another unit price ({@link CartLine#discount()},
 * {@link CartLine#override()}), and the cart an order discount ({@link #orderDiscount()}), which comes off the lines'
 * amounts added ({@link #subtotal()}); for the taxes it is spread over the lines by {@link Discount#spread}, and each
 * line is taxed on its amount less its share. The total is the subtotal less the order discount, plus the taxes
 * when the prices exclude them. A discount approved for an amount off that a later change alters is dropped
 * (see {@link CartLine#withQuantity}); so is an order discount, when the lines change its amount.
 */
public final class Cart {
    /**
     * The most a cart may come to, in minor units of its currency: 10<sup>12</sup>, ₹1,000 crore or $10 billion. Far
     * more than a till sells at once, and far below a {@code long}'s limit (9.2 × 10<sup>18</sup>): a million such
     * sales still add up without overflow.
     *
     * @since 1.2
     */
    public static final long MAX_TOTAL_MINOR_UNITS = 1_000_000_000_000L;

    private final Currency currency;
    private final TaxRule taxRule;
    private final List<CartLine> lines;
    private final Optional<Discount> orderDiscount;
    private final Money subtotal;
    private final Money orderDiscountAmount;
    private final TaxSummary taxes;
    private final Money total;

    private Cart(Currency currency, TaxRule taxRule, List<CartLine> lines, Optional<Discount> orderDiscount) {
        this.currency = currency;
        this.taxRule = taxRule;
        this.lines = List.copyOf(lines);
        this.orderDiscount = orderDiscount;
        this.subtotal = sum(currency, this.lines);
        this.orderDiscountAmount = orderDiscount.map(d -> d.off(subtotal)).orElse(Money.zero(currency));
        this.taxes = taxRule.taxes(this.lines, orderDiscountAmount, currency);
        this.total = sum(currency, subtotal.minus(orderDiscountAmount), taxes.added());
    }

    /** This cart with {@code changed} lines; its order discount kept while it still applies as approved. */
    private Cart withLines(List<CartLine> changed) {
        Money newSubtotal = sum(currency, changed);
        Optional<Discount> kept = orderDiscount.filter(d -> (d.isPercent()
                || !d.amount().orElseThrow().isMoreThan(newSubtotal))
                && (d.approval().isEmpty() || d.off(newSubtotal).equals(orderDiscountAmount)));
        return new Cart(currency, taxRule, changed, kept);
    }

    /**
     * A cart with nothing in it: where every sale starts.
     *
     * @param currency the terminal's currency; every product added must be priced in it
     * @return an empty cart
     */
    public static Cart empty(Currency currency) {
        return empty(currency, TaxRule.DEFAULT);
    }

    /**
     * A cart with nothing in it, whose taxes follow {@code taxRule}.
     *
     * @param currency the terminal's currency; every product added must be priced in it
     * @param taxRule  the terminal's rule ({@link app.tillpoint.api.terminal.TerminalInfo#taxRule()})
     * @return an empty cart
     * @since 1.3
     */
    public static Cart empty(Currency currency, TaxRule taxRule) {
        return new Cart(currency, Objects.requireNonNull(taxRule, "taxRule"), List.of(), Optional.empty());
    }

    /**
     * One more of {@code product}: a new line, or the existing line's quantity plus one.
     *
     * @param product a product of the catalog; a line is found by its id
     * @return a new cart; this one is unchanged
     * @throws IllegalArgumentException if a new line's product is priced in another currency, or the line already
     *                                  holds {@value CartLine#MAX_QUANTITY}
     * @throws CartLimitException       if the cart would come to more than {@value #MAX_TOTAL_MINOR_UNITS} minor
     *                                  units
     */
    public Cart add(Product product) {
        int index = indexOf(product.id());
        if (index < 0) {
            if (!product.price().currency().equals(currency)) {
                throw new IllegalArgumentException(product.name() + " is priced in " + product.price().currency());
            }
            List<CartLine> copy = new ArrayList<>(lines);
            copy.add(new CartLine(product, 1));
            return withLines(copy);
        }
        return withQuantity(product.id(), lines.get(index).quantity() + 1);
    }

    /**
     * {@code product} as a scale's label measured it: a new line, or its weight (or amount) added to the product's
     * measured line of the same kind. A measured line is never merged with one counted in pieces.
     *
     * @param product a product of the catalog, priced per kilogram for a weight
     * @param measure what the label says
     * @return a new cart; this one is unchanged
     * @throws IllegalArgumentException if a new line's product is priced in another currency, or the product's line
     *                                  is counted in pieces or measured the other way
     * @throws CartLimitException       if the cart would come to more than {@value #MAX_TOTAL_MINOR_UNITS} minor
     *                                  units
     * @since 1.4
     */
    public Cart add(Product product, Measure measure) {
        Objects.requireNonNull(measure, "measure");
        int index = indexOf(product.id());
        List<CartLine> copy = new ArrayList<>(lines);
        if (index < 0) {
            if (!product.price().currency().equals(currency)) {
                throw new IllegalArgumentException(product.name() + " is priced in " + product.price().currency());
            }
            copy.add(new CartLine(product, 1, measure));
        } else {
            CartLine line = lines.get(index);
            if (!line.isMeasured() || line.measure().content() != measure.content()) {
                throw new IllegalArgumentException(product.name() + " is in the cart "
                        + (line.isMeasured() ? "measured the other way" : "counted in pieces")
                        + ": remove that line first");
            }
            try {
                copy.set(index, new CartLine(line.product(), 1, line.measure().plus(measure)));
            } catch (ArithmeticException e) {
                throw new CartLimitException(Money.of(MAX_TOTAL_MINOR_UNITS, currency));
            }
        }
        return withLines(copy);
    }

    /**
     * The line of {@code productId} with {@code quantity}.
     *
     * @param productId the product of a line in this cart
     * @param quantity  how many, 1 to {@value CartLine#MAX_QUANTITY}; replaces the quantity before
     * @return a new cart, the line where it was; this one is unchanged
     * @throws IllegalArgumentException if the quantity is outside 1 to 9,999, the product is not in the cart, or
     *                                  its line is measured (since 1.4: a scale's label is sold as it is)
     * @throws CartLimitException       if the cart would come to more than {@value #MAX_TOTAL_MINOR_UNITS} minor
     *                                  units
     */
    public Cart withQuantity(long productId, int quantity) {
        int index = indexOf(productId);
        if (index < 0) {
            throw new IllegalArgumentException("Product " + productId + " is not in the cart");
        }
        if (lines.get(index).isMeasured()) {
            throw new IllegalArgumentException(lines.get(index).product().name() + " was weighed or priced by a "
                    + "scale: scan its label again instead");
        }
        return withLine(productId, line -> line.withQuantity(quantity));
    }

    /**
     * The line of {@code productId} with {@code discount}, or without one.
     *
     * @param productId the product of a line in this cart
     * @param discount  the line's discount, or empty
     * @return a new cart; this one is unchanged
     * @throws IllegalArgumentException if the product is not in the cart, or the discount is more than the line
     * @since 1.4
     */
    public Cart withLineDiscount(long productId, Optional<Discount> discount) {
        return withLine(productId, line -> line.withDiscount(discount));
    }

    /**
     * The line of {@code productId} at another unit price, or back at the product's.
     *
     * @param productId the product of a line in this cart
     * @param override  the new unit price, or empty
     * @return a new cart; this one is unchanged
     * @throws IllegalArgumentException if the product is not in the cart, or the price is in another currency
     * @throws CartLimitException       if the cart would come to more than {@value #MAX_TOTAL_MINOR_UNITS} minor
     *                                  units
     * @since 1.4
     */
    public Cart withPrice(long productId, Optional<PriceOverride> override) {
        return withLine(productId, line -> line.withOverride(override));
    }

    /**
     * The cart with an order discount, or without one.
     *
     * @param discount the order discount, or empty
     * @return a new cart; this one is unchanged
     * @throws IllegalArgumentException if the discount is more than the {@link #subtotal()}
     * @since 1.4
     */
    public Cart withOrderDiscount(Optional<Discount> discount) {
        return new Cart(currency, taxRule, lines, Objects.requireNonNull(discount, "discount"));
    }

    private Cart withLine(long productId, UnaryOperator<CartLine> change) {
        int index = indexOf(productId);
        if (index < 0) {
            throw new IllegalArgumentException("Product " + productId + " is not in the cart");
        }
        List<CartLine> copy = new ArrayList<>(lines);
        copy.set(index, change.apply(lines.get(index)));
        return withLines(copy);
    }

    /**
     * Without the line of {@code productId}.
     *
     * @param productId the product whose line goes
     * @return a new cart; the same lines if the product is not in the cart
     */
    public Cart remove(long productId) {
        List<CartLine> copy = new ArrayList<>(lines);
        copy.removeIf(line -> line.product().id() == productId);
        return withLines(copy);
    }

    /**
     * What is in the cart.
     *
     * @return an unmodifiable list, in the order the products were first added; empty for an empty cart
     */
    public List<CartLine> lines() {
        return lines;
    }

    /**
     * Whether nothing is in the cart: nothing to pay.
     *
     * @return true without lines
     */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * The currency every line is priced in.
     *
     * @return the currency the cart was made with
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The order discount, if any.
     *
     * @return the discount on the whole cart; empty for none
     * @since 1.4
     */
    public Optional<Discount> orderDiscount() {
        return orderDiscount;
    }

    /**
     * What the order discount takes off the {@link #subtotal()}.
     *
     * @return zero without an order discount
     * @since 1.4
     */
    public Money orderDiscountAmount() {
        return orderDiscountAmount;
    }

    /**
     * The lines' amounts added, each less its own discount, before the order discount and added taxes.
     *
     * @return the sum of {@link CartLine#amount()}
     * @since 1.4
     */
    public Money subtotal() {
        return subtotal;
    }

    /**
     * Everything the discounts take off: the lines' discounts and the order discount (not a lowered price).
     *
     * @return zero without discounts
     * @since 1.4
     */
    public Money discounts() {
        Money sum = orderDiscountAmount;
        for (CartLine line : lines) {
            sum = sum.plus(line.discountAmount());
        }
        return sum;
    }

    /**
     * Each line's share of the order discount, as the taxes take it ({@link Discount#spread}).
     *
     * @return one amount per line, in the lines' order, adding up to {@link #orderDiscountAmount()}
     * @since 1.4
     */
    public List<Money> orderDiscountShares() {
        return Discount.spread(orderDiscountAmount, lines.stream().map(CartLine::amount).toList());
    }

    /**
     * What the customer pays: the sum of the lines' amounts less the order discount (since 1.4), plus the taxes when
     * the prices exclude them.
     *
     * @return the total in the cart's currency, at most {@value #MAX_TOTAL_MINOR_UNITS} minor units; zero for an
     *         empty cart
     */
    public Money total() {
        return total;
    }

    /**
     * The taxes of the lines by rate, by the cart's rule.
     *
     * @return the summary; without lines when no product carries a rate
     * @since 1.3
     */
    public TaxSummary taxes() {
        return taxes;
    }

    /**
     * How the cart works out its taxes.
     *
     * @return the rule it was made with; {@link TaxRule#DEFAULT} for {@link #empty(Currency)}
     * @since 1.3
     */
    public TaxRule taxRule() {
        return taxRule;
    }

    /** The lines' amounts added, exactly; past the limit (or a {@code long}) the cart is refused. */
    private static Money sum(Currency currency, List<CartLine> lines) {
        Money limit = Money.of(MAX_TOTAL_MINOR_UNITS, currency);
        Money total = Money.zero(currency);
        try {
            for (CartLine line : lines) {
                total = total.plus(line.amount());
                if (total.isMoreThan(limit)) {
                    throw new CartLimitException(limit);
                }
            }
        } catch (ArithmeticException e) {
            throw new CartLimitException(limit);
        }
        return total;
    }

    /** The lines' total and the taxes added to it, within the limit. */
    private static Money sum(Currency currency, Money lines, Money taxes) {
        Money limit = Money.of(MAX_TOTAL_MINOR_UNITS, currency);
        Money total = lines.plus(taxes);
        if (total.isMoreThan(limit)) {
            throw new CartLimitException(limit);
        }
        return total;
    }

    private int indexOf(long productId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).product().id() == productId) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cart other && currency.equals(other.currency) && taxRule.equals(other.taxRule)
                && lines.equals(other.lines) && orderDiscount.equals(other.orderDiscount);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return "Cart" + lines + " = " + total;
    }
}
