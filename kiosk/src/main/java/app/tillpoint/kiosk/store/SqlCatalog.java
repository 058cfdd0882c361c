package app.tillpoint.kiosk.store;

import app.tillpoint.api.catalog.Barcode;
import app.tillpoint.api.catalog.Catalog;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.TaxRate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The terminal's catalog in the database. An import replaces it in one transaction: a product of the file keeps its
 * id if its category and name were there before (so its tile and past orders stay linked), others are added, and the
 * products the file does not list are taken off sale, never deleted; the barcodes are replaced with the file's
 * ({@code product_barcodes}, one product per barcode). A product's picture (V19) is stored as its name in the data
 * folder's {@value #IMAGES} folder and handed out as the absolute file there. Blocking: never on the event thread.
 */
public final class SqlCatalog implements Catalog {

    private static final String PRODUCT_COLUMNS = "p.id, p.name, p.category, p.price, p.currency, p.image";
    /** The folder of the products' pictures, beside the database: {@code <data dir>/images}. */
    public static final String IMAGES = "images";
    // The categories in the order of the file: by the first position of each.
    private static final String CATEGORY_ORDER = "(SELECT min(q.position) FROM products q WHERE q.active = 1 "
            + "AND q.category = p.category)";

    private final Database database;
    private final Currency currency;
    private final Clock clock;
    private final Path images;

    /** What an import did. */
    public record Imported(int added, int updated, int withdrawn) {
        public int listed() {
            return added + updated;
        }
    }

    /** @param currency the terminal's currency: every price is in it */
    public SqlCatalog(Database database, Currency currency, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.clock = Objects.requireNonNull(clock, "clock");
        Path folder = database.file().toAbsolutePath().getParent();
        this.images = (folder == null ? Path.of(IMAGES) : folder.resolve(IMAGES)).normalize();
    }

    /** The folder the products' pictures are read from. */
    public Path images() {
        return images;
    }

    @Override
    public List<Product> products() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + PRODUCT_COLUMNS
                    + " FROM products p WHERE p.active = 1 AND p.currency = ? ORDER BY " + CATEGORY_ORDER
                    + ", p.name COLLATE NOCASE, p.id")) {
                select.setString(1, currency.getCurrencyCode());
                return withTaxes(connection, products(select, images));
            }
        });
    }

    @Override
    public List<String> categories() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT category FROM products "
                    + "WHERE active = 1 AND currency = ? GROUP BY category ORDER BY min(position), category")) {
                select.setString(1, currency.getCurrencyCode());
                List<String> categories = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        categories.add(row.getString(1));
                    }
                }
                return categories;
            }
        });
    }

    @Override
    public Optional<Product> byBarcode(String scanned) {
        List<String> keys = Barcode.keysOf(scanned);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + PRODUCT_COLUMNS
                    + " FROM product_barcodes b JOIN products p ON p.id = b.product_id"
                    + " WHERE b.lookup = ? AND p.active = 1 AND p.currency = ?")) {
                select.setString(2, currency.getCurrencyCode());
                for (String key : keys) {
                    select.setString(1, key);
                    // With its tax rates, as every other read of a product: the sale checks them.
                    Optional<Product> found = withTaxes(connection, products(select, images)).stream().findFirst();
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            }
        });
    }

    /** The barcodes of the products on sale, by product id, each product's in the order of the file. */
    public Map<Long, List<Barcode>> barcodes() {
        return database.read(connection -> {
            Map<Long, List<Barcode>> barcodes = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT b.product_id, b.kind, b.code"
                    + " FROM product_barcodes b JOIN products p ON p.id = b.product_id WHERE p.active = 1"
                    + " ORDER BY b.rowid");
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    barcodes.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new Barcode(Barcode.Kind.valueOf(row.getString(2)), row.getString(3)));
                }
            }
            return barcodes;
        });
    }

    /** The product {@code id} as it is on sale now; empty if there is none or it was taken off sale. */
    public Optional<Product> onSale(long id) {
        return database.read(connection -> onSale(connection, id, currency).map(p -> p.withImage(
                p.image() == null ? null : images.resolve(p.image()))));
    }

    /** The product {@code id} on sale, its picture the bare name the catalog gave, or null. */
    static Optional<Product> onSale(Connection connection, long id, Currency currency) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + PRODUCT_COLUMNS
                + " FROM products p WHERE p.id = ? AND p.active = 1 AND p.currency = ?")) {
            select.setLong(1, id);
            select.setString(2, currency.getCurrencyCode());
            return withTaxes(connection, products(select, null)).stream().findFirst();
        }
    }

    /** Whether the catalog has ever had a product, on sale or not. */
    public boolean isEmpty() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM products");
                 ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1) == 0;
            }
        });
    }

    /**
     * Replaces the catalog with {@code entries} (checked by {@link CatalogImport}) in one transaction with an audit
     * row: all of it, or nothing if anything fails.
     *
     * @param source what the entries came from, for the audit ("catalog.csv")
     */
    public Imported replace(List<CatalogImport.Entry> entries, String source) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("An import needs at least one product");
        }
        for (CatalogImport.Entry entry : entries) {
            if (!entry.price().currency().equals(currency)) {
                throw new IllegalArgumentException(entry.name() + " is priced in " + entry.price().currency()
                        + ", not " + currency);
            }
        }
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            SqlMasterData.refuseIfFromOffice(connection, "products", "catalog", "tillpoint office catalog import");
            Map<String, Long> existing = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, category, name FROM products");
                 ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    existing.put(key(row.getString("category"), row.getString("name")), row.getLong("id"));
                }
            }
            try (PreparedStatement withdraw = connection.prepareStatement("UPDATE products SET active = 0");
                 PreparedStatement untax = connection.prepareStatement("DELETE FROM product_taxes")) {
                withdraw.executeUpdate();
                untax.executeUpdate();
            }
            int added = 0;
            int updated = 0;
            try (PreparedStatement update = connection.prepareStatement("UPDATE products SET name = ?, category = ?, "
                    + "price = ?, currency = ?, active = 1, position = ?, image = ? WHERE id = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO products "
                         + "(name, category, price, currency, active, position, image) VALUES (?, ?, ?, ?, 1, ?, ?)")) {
                int position = 0;
                for (CatalogImport.Entry entry : entries) {
                    Long id = existing.get(key(entry.category(), entry.name()));
                    PreparedStatement statement = id == null ? insert : update;
                    statement.setString(1, entry.name());
                    statement.setString(2, entry.category());
                    statement.setLong(3, entry.price().minorUnits());
                    statement.setString(4, entry.price().currency().getCurrencyCode());
                    statement.setInt(5, position++);
                    statement.setString(6, entry.image());
                    if (id == null) {
                        added++;
                    } else {
                        statement.setLong(7, id);
                        updated++;
                    }
                    statement.executeUpdate();
                    insertTaxes(connection, id == null ? Rows.lastId(connection) : id, entry.taxes());
                }
            }
            replaceBarcodes(connection, entries);
            int withdrawn;
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT count(*) FROM products WHERE active = 0");
                 ResultSet row = count.executeQuery()) {
                row.next();
                withdrawn = row.getInt(1);
            }
            Imported imported = new Imported(added, updated, withdrawn);
            database.audit(connection, now, "catalog.imported", source + ": " + imported.listed()
                    + " products on sale (" + added + " new, " + updated + " kept), " + withdrawn + " off sale", null);
            return imported;
        });
    }

    private static void insertTaxes(Connection connection, long productId, List<TaxRate> taxes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO product_taxes (product_id, position, "
                + "name, rate_ppm) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < taxes.size(); i++) {
                insert.setLong(1, productId);
                insert.setInt(2, i);
                insert.setString(3, taxes.get(i).name());
                insert.setLong(4, taxes.get(i).partsPerMillion());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The products with their tax rates (V10), in the order the catalog listed them. */
    private static List<Product> withTaxes(Connection connection, List<Product> products) throws SQLException {
        if (products.isEmpty()) {
            return products;
        }
        Map<Long, List<TaxRate>> rates = new HashMap<>();
        String ids = String.join(",", products.stream().map(p -> Long.toString(p.id())).toList());
        try (PreparedStatement select = connection.prepareStatement("SELECT product_id, name, rate_ppm FROM "
                + "product_taxes WHERE product_id IN (" + ids + ") ORDER BY product_id, position");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                rates.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                        .add(TaxRate.ofPartsPerMillion(row.getString(2), row.getLong(3)));
            }
        }
        if (rates.isEmpty()) {
            return products;
        }
        List<Product> taxed = new ArrayList<>();
        for (Product p : products) {
            taxed.add(new Product(p.id(), p.name(), p.category(), p.price(), rates.getOrDefault(p.id(), List.of()),
                    p.image()));
        }
        return taxed;
    }

    /** The file's barcodes in place of the ones before, each on its product (found by category and name). */
    private static void replaceBarcodes(Connection connection, List<CatalogImport.Entry> entries) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM product_barcodes")) {
            delete.executeUpdate();
        }
        Map<String, Long> onSale = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, category, name FROM products WHERE active = 1");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                onSale.put(key(row.getString("category"), row.getString("name")), row.getLong("id"));
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO product_barcodes (lookup, product_id, kind, code) VALUES (?, ?, ?, ?)")) {
            for (CatalogImport.Entry entry : entries) {
                for (Barcode barcode : entry.barcodes()) {
                    insert.setString(1, barcode.key());
                    insert.setLong(2, onSale.get(key(entry.category(), entry.name())));
                    insert.setString(3, barcode.kind().name());
                    insert.setString(4, barcode.code());
                    insert.executeUpdate();
                }
            }
        }
    }

    // Names and categories match whatever their case, as the import's duplicate check does.
    private static String key(String category, String name) {
        return category.toLowerCase(Locale.ROOT) + "\u0000" + name.toLowerCase(Locale.ROOT);
    }

    /** The selected products; a picture's name resolved in {@code images}, or left a bare name when that is null. */
    private static List<Product> products(PreparedStatement select, Path images) throws SQLException {
        List<Product> products = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                String image = row.getString("image");
                Path file = image == null ? null : images == null ? Path.of(image) : images.resolve(image);
                products.add(new Product(row.getLong("id"), row.getString("name"), row.getString("category"),
                        Money.of(row.getLong("price"), Currency.getInstance(row.getString("currency"))),
                        List.of(), file));
            }
        }
        return products;
    }
}
