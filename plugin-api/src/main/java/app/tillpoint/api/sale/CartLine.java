package app.tillpoint.api.sale;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;

import java.util.Objects;

/**
 * A product in a cart and how many of it: 1 to {@value #MAX_QUANTITY}; or (since 1.4) a product a scale weighed or
 * priced, sold once with its {@link Measure}.
 *
 * @param product  the product, at its price when it was added (per kilogram for a weighed line)
 * @param quantity how many, 1 to {@value #MAX_QUANTITY}; 1 for a measured line
 * @param measure  (since 1.4) what the scale's label said; null for a line counted in pieces
 */
public record CartLine(Product product, int quantity, Measure measure) {
    /** The most of one product a cart line may hold. */
    public static final int MAX_QUANTITY = 9_999;

    /**
     * Checks the line.
     *
     * @param product  not null
     * @param quantity 1 to {@value #MAX_QUANTITY}; 1 with a measure
     * @param measure  null, or the scale's label
     * @throws NullPointerException     if {@code product} is null
     * @throws IllegalArgumentException if the quantity is outside 1 to {@value #MAX_QUANTITY}, or not 1 with a
     *                                  measure
     * @since 1.4
     */
    public CartLine {
        Objects.requireNonNull(product, "product");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("A quantity must be from 1 to " + MAX_QUANTITY + ", not " + quantity);
        }
        if (measure != null && quantity != 1) {
            throw new IllegalArgumentException("A weighed or price-labelled line is sold once, not " + quantity
                    + " times");
        }
    }

    /**
     * A line counted in pieces.
     *
     * @param product  not null
     * @param quantity 1 to {@value #MAX_QUANTITY}
     * @throws NullPointerException     if {@code product} is null
     * @throws IllegalArgumentException if the quantity is outside 1 to {@value #MAX_QUANTITY}
     */
    public CartLine(Product product, int quantity) {
        this(product, quantity, null);
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
     * What this line comes to.
     *
     * @return the product's price times the quantity; for a measured line, {@link Measure#amount(Money)}
     * @throws ArithmeticException if it does not fit in a {@code long} of minor units
     */
    public Money amount() {
        return measure == null ? product.price().times(quantity) : measure.amount(product.price());
    }
}
