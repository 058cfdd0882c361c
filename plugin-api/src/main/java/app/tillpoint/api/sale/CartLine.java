package app.tillpoint.api.sale;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;

import java.util.Objects;

/** A product in a cart and how many of it: 1 to {@value #MAX_QUANTITY}. */
public record CartLine(Product product, int quantity) {
    public static final int MAX_QUANTITY = 9_999;

    public CartLine {
        Objects.requireNonNull(product, "product");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("A quantity must be from 1 to " + MAX_QUANTITY + ", not " + quantity);
        }
    }

    public Money amount() {
        return product.price().times(quantity);
    }
}
