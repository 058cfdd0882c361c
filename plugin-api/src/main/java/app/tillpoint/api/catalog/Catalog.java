package app.tillpoint.api.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The products this till sells, imported into the host's database from CSV or JSON. Every method may block on the
 * database: call from a background task, never on the event thread.
 */
public interface Catalog {

    /**
     * Every product on sale, by category, then name.
     *
     * @return the products, in the terminal's currency; empty before a catalog was imported
     */
    List<Product> products();

    /**
     * The categories of the products on sale, in the order the register shows them.
     *
     * @return the category names, each once; empty before a catalog was imported
     */
    List<String> categories();

    /**
     * The product on sale with the barcode {@code scanned}, as a scanner sends it: a UPC-A is found by its EAN-13 and
     * the other way round, a UPC-E by its UPC-A (see {@link Barcode#keysOf}).
     *
     * <p>A default method, so that a {@code Catalog} written against 1.2 (a test double of your own) still compiles:
     * it knows no barcodes and finds nothing. The host's catalog overrides it.
     *
     * @param scanned the code the scanner sent
     * @return the product, empty when no product on sale has that barcode
     * @since 1.3
     */
    default Optional<Product> byBarcode(String scanned) {
        return Optional.empty();
    }
}
