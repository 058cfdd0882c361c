package app.tillpoint.api.sale;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;

import java.util.Objects;

/**
 * A product in a cart and how many of it: 1 to {@value #MAX_QUANTITY}.
 *
 * @param product  the product, at its price when it was added
 * @param quantity how many, 1 to {@value #MAX_QUANTITY}
 */
public record CartLine(Product product, int quantity) {
    /** The most of one product a cart line may hold. */
    public static final int MAX_QUANTITY = 9_999;

    /**
     * Checks the line.
     *
     * @param product  not null
     * @param quantity 1 to {@value #MAX_QUANTITY}
     * @throws NullPointerException     if {@code product} is null
     * @throws IllegalArgumentException if the quantity is outside 1 to {@value #MAX_QUANTITY}
     */
    public CartLine {
        Objects.requireNonNull(product, "product");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("A quantity must be from 1 to " + MAX_QUANTITY + ", not " + quantity);
        }
    }

    /**
     * What this line comes to.
     *
     * @return the product's price times the quantity
     * @throws ArithmeticException if it does not fit in a {@code long} of minor units
     */
    public Money amount() {
        return product.price().times(quantity);
    }
}
