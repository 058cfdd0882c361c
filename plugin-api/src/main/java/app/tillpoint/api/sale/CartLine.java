package app.tillpoint.api.sale;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * A product in a cart and how many of it: 1 to {@value #MAX_QUANTITY}; since 1.4 perhaps a product a scale weighed or
 * priced, sold once with its {@link Measure}; perhaps at another unit price ({@link PriceOverride}, not for a measured
 * line) and with a discount ({@link Discount}), which comes off the line at that price.
 *
 * @param product  the product, at its catalog price when it was added (per kilogram for a weighed line)
 * @param quantity how many, 1 to {@value #MAX_QUANTITY}; 1 for a measured line
 * @param measure  (since 1.4) what the scale's label said; null for a line counted in pieces
 * @param override (since 1.4) the unit price it is sold at instead of the product's; empty for the product's
 * @param discount (since 1.4) the line's discount; empty for none
 */
public record CartLine(Product product, int quantity, Measure measure, Optional<PriceOverride> override,
                       Optional<Discount> discount) {
    /** The most of one product a cart line may hold. */
    public static final int MAX_QUANTITY = 9_999;

    /**
     * Checks the line.
     *
     * @param product  not null
     * @param quantity 1 to {@value #MAX_QUANTITY}; 1 with a measure
     * @param measure  null, or the scale's label
     * @param override not null; a price in the product's currency, or empty; empty with a measure
     * @param discount not null; not more than the line at its unit price, or empty
     * @throws NullPointerException     if a component other than {@code measure} is null
     * @throws IllegalArgumentException if the quantity is outside 1 to {@value #MAX_QUANTITY} or not 1 with a measure,
     *                                  the override is in another currency or on a measured line, or the discount is
     *                                  more than the line
     * @since 1.4
     */
    public CartLine {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(override, "override");
        Objects.requireNonNull(discount, "discount");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("A quantity must be from 1 to " + MAX_QUANTITY + ", not " + quantity);
        }
        if (measure != null && quantity != 1) {
            throw new IllegalArgumentException("A weighed or price-labelled line is sold once, not " + quantity
                    + " times");
        }
        if (measure != null && override.isPresent()) {
            throw new IllegalArgumentException("A weighed or price-labelled line is sold at its label's amount");
        }
        if (override.isPresent() && !override.get().unitPrice().currency().equals(product.price().currency())) {
            throw new IllegalArgumentException(product.name() + " is priced in " + product.price().currency()
                    + ", not " + override.get().unitPrice().currency());
        }
        if (discount.isPresent()) {
            discount.get().off(beforeDiscount(product, quantity, measure, override));
        }
    }

    /**
     * A line at the product's price, without a discount, as before 1.4.
     *
     * @param product  not null
     * @param quantity 1 to {@value #MAX_QUANTITY}
     * @throws NullPointerException     if {@code product} is null
     * @throws IllegalArgumentException if the quantity is outside 1 to {@value #MAX_QUANTITY}
     */
    public CartLine(Product product, int quantity) {
        this(product, quantity, null, Optional.empty(), Optional.empty());
    }

    /**
     * A line a scale's label measured, or one counted in pieces, at the product's price and without a discount.
     *
     * @param product  not null
     * @param quantity 1 to {@value #MAX_QUANTITY}; 1 with a measure
     * @param measure  null, or the scale's label
     * @throws NullPointerException     if {@code product} is null
     * @throws IllegalArgumentException if the quantity is outside 1 to {@value #MAX_QUANTITY}, or not 1 with a
     *                                  measure
     * @since 1.4
     */
    public CartLine(Product product, int quantity, Measure measure) {
        this(product, quantity, measure, Optional.empty(), Optional.empty());
    }

    /**
     * A line counted in pieces, perhaps at another price and with a discount.
     *
     * @param product  not null
     * @param quantity 1 to {@value #MAX_QUANTITY}
     * @param override not null; a price in the product's currency, or empty
     * @param discount not null; not more than the line at its unit price, or empty
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the quantity is outside 1 to {@value #MAX_QUANTITY}, the override is in
     *                                  another currency, or the discount is more than the line
     * @since 1.4
     */
    public CartLine(Product product, int quantity, Optional<PriceOverride> override, Optional<Discount> discount) {
        this(product, quantity, null, override, discount);
    }

    /**
     * Whether a scale's label measured this line.
     *
     * @return true with a {@link #measure()}
     * @since 1.4
     */
    public boolean isMeasured() {
        return measure != null;
    }

    /**
     * What one of the product is sold at.
     *
     * @return the override's unit price, or the product's price
     * @since 1.4
     */
    public Money unitPrice() {
        return unitPrice(product, override);
    }

    /** A line's amount before its discount, the one rule: its label's for a measured line, else price × quantity. */
    private static Money beforeDiscount(Product product, int quantity, Measure measure,
                                        Optional<PriceOverride> override) {
        return measure != null ? measure.amount(product.price()) : unitPrice(product, override).times(quantity);
    }

    private static Money unitPrice(Product product, Optional<PriceOverride> override) {
        return override.map(PriceOverride::unitPrice).orElse(product.price());
    }

    /**
     * The line at its unit price, before its discount.
     *
     * @return the unit price times the quantity; a measured line's amount as its label says
     * @throws ArithmeticException if it does not fit in a {@code long} of minor units
     * @since 1.4
     */
    public Money beforeDiscount() {
        return beforeDiscount(product, quantity, measure, override);
    }

    /**
     * The line at the catalog's price: what it would have come to without an override or a discount.
     *
     * @return the product's price times the quantity; a measured line's amount as its label says
     * @throws ArithmeticException if it does not fit in a {@code long} of minor units
     * @since 1.4
     */
    public Money regularAmount() {
        return beforeDiscount(product, quantity, measure, Optional.empty());
    }

    /**
     * What the line's discount takes off.
     *
     * @return the discount of {@link #beforeDiscount()}; zero without a discount
     * @since 1.4
     */
    public Money discountAmount() {
        return discount.map(d -> d.off(beforeDiscount())).orElse(Money.zero(product.price().currency()));
    }

    /**
     * What this line comes to: since 1.4 at its unit price and less its discount (an order discount is the cart's).
     *
     * @return the unit price times the quantity, less the line's discount
     * @throws ArithmeticException if it does not fit in a {@code long} of minor units
     */
    public Money amount() {
        return beforeDiscount().minus(discountAmount());
    }

    /**
     * The same line with another quantity. A discount approved for its amount off is dropped when that amount
     * changes (a percentage of a new quantity), and so is an amount off that the line no longer covers: the head
     * cashier approved the line as it was.
     *
     * @param newQuantity 1 to {@value #MAX_QUANTITY}
     * @return a new line; this one is unchanged
     * @throws IllegalArgumentException if the quantity is outside 1 to {@value #MAX_QUANTITY}
     * @since 1.4
     */
    public CartLine withQuantity(int newQuantity) {
        return new CartLine(product, newQuantity, measure, override,
                kept(new CartLine(product, newQuantity, measure, override, Optional.empty())));
    }

    /**
     * The same line at another unit price, or back at the product's. Its discount stays when the line still covers
     * it and it was not approved for an amount that changes.
     *
     * @param newOverride the override, or empty for the product's price
     * @return a new line; this one is unchanged
     * @throws IllegalArgumentException if the override is in another currency
     * @since 1.4
     */
    public CartLine withOverride(Optional<PriceOverride> newOverride) {
        return new CartLine(product, quantity, measure, newOverride,
                kept(new CartLine(product, quantity, measure, newOverride, Optional.empty())));
    }

    /** This line's discount on {@code changed}, if it still applies as approved. */
    private Optional<Discount> kept(CartLine changed) {
        Money base = changed.beforeDiscount();
        return discount.filter(d -> (d.isPercent() || !d.amount().orElseThrow().isMoreThan(base))
                && (d.approval().isEmpty() || d.off(base).equals(discountAmount())));
    }

    /**
     * The same line with another discount, or none.
     *
     * @param newDiscount the discount, or empty
     * @return a new line; this one is unchanged
     * @throws IllegalArgumentException if the discount is more than the line
     * @since 1.4
     */
    public CartLine withDiscount(Optional<Discount> newDiscount) {
        return new CartLine(product, quantity, measure, override, newDiscount);
    }
}
