package app.tillpoint.api.catalog;

import java.util.List;

/**
 * The products this till sells, imported into the host's database from CSV or JSON. Every method may block on the
 * database: call from a background task, never on the event thread.
 */
public interface Catalog {

    /** Every product on sale, by category, then name. */
    List<Product> products();

    /** The categories of the products on sale, in the order the register shows them. */
    List<String> categories();
}
