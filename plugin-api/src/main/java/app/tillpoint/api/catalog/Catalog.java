package app.tillpoint.api.catalog;

import java.util.List;

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
}
