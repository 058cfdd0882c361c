package app.tillpoint.api.catalog;

import app.tillpoint.api.money.Money;

import java.util.Objects;

/**
 * Something the till sells, as the catalog lists it.
 *
 * @param id       unique in the catalog; part of the product tile's component name
 * @param name     shown on the tile and the receipt
 * @param category the tab it is listed under
 * @param price    the unit price, in the terminal's currency
 */
public record Product(long id, String name, String category, Money price) {
    /**
     * Checks the product.
     *
     * @param id       unique in the catalog
     * @param name     not null, not blank
     * @param category not null
     * @param price    not null, not negative (zero is allowed)
     * @throws NullPointerException     if {@code name}, {@code category} or {@code price} is null
     * @throws IllegalArgumentException if the name is blank or the price is negative
     */
    public Product {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(price, "price");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A product needs a name");
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("A price cannot be negative: " + price);
        }
    }
}
