package app.tillpoint.api.catalog;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.TaxRate;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Something the till sells, as the catalog lists it.
 *
 * @param id       unique in the catalog; part of the product tile's component name
 * @param name     shown on the tile and the receipt
 * @param category the tab it is listed under
 * @param price    the unit price, in the terminal's currency; with or without its taxes as the terminal's
 *                 {@link app.tillpoint.api.sale.TaxRule} says
 * @param taxes    (since 1.3) the tax rates it carries, in the order the catalog lists them: none, one VAT, or
 *                 India's CGST and SGST
 * @param image    (since 1.5) the file of its picture, shown on its tile above the name, or null for none (the
 *                 plain tile). The kiosk hands out the absolute file in its data folder's {@code images/}; it may
 *                 be missing, unreadable or not a picture at all, so read it off the event thread and show the
 *                 plain tile when it cannot be read
 */
public record Product(long id, String name, String category, Money price, List<TaxRate> taxes, Path image) {
    /**
     * Checks the product.
     *
     * @param id       unique in the catalog
     * @param name     not null, not blank
     * @param category not null
     * @param price    not null, not negative (zero is allowed)
     * @param taxes    copied; not null, each rate's name once
     * @param image    the picture's file, or null
     * @throws NullPointerException     if {@code name}, {@code category}, {@code price} or {@code taxes} is null
     * @throws IllegalArgumentException if the name is blank, the price is negative, or two rates have one name
     * @since 1.5
     */
    public Product {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(price, "price");
        taxes = List.copyOf(taxes);
        if (new HashSet<>(taxes.stream().map(TaxRate::name).toList()).size() != taxes.size()) {
            throw new IllegalArgumentException(name + " carries a tax rate twice: " + taxes);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("A product needs a name");
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("A price cannot be negative: " + price);
        }
    }

    /**
     * A product without a picture, as before 1.5.
     *
     * @param id       unique in the catalog
     * @param name     not null, not blank
     * @param category not null
     * @param price    not null, not negative (zero is allowed)
     * @param taxes    copied; not null, each rate's name once
     * @throws NullPointerException     if {@code name}, {@code category}, {@code price} or {@code taxes} is null
     * @throws IllegalArgumentException if the name is blank, the price is negative, or two rates have one name
     * @since 1.3
     */
    public Product(long id, String name, String category, Money price, List<TaxRate> taxes) {
        this(id, name, category, price, taxes, null);
    }

    /**
     * This product with {@code file} as its picture.
     *
     * @param file the picture's file, or null for none
     * @return a product like this one but for its picture
     * @since 1.5
     */
    public Product withImage(Path file) {
        return new Product(id, name, category, price, taxes, file);
    }

    /**
     * A product without tax rates, as before 1.3.
     *
     * @param id       unique in the catalog
     * @param name     not null, not blank
     * @param category not null
     * @param price    not null, not negative (zero is allowed)
     * @throws NullPointerException     if {@code name}, {@code category} or {@code price} is null
     * @throws IllegalArgumentException if the name is blank or the price is negative
     */
    public Product(long id, String name, String category, Money price) {
        this(id, name, category, price, List.of(), null);
    }
}
