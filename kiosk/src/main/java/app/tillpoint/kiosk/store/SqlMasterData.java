package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.catalog.Barcode;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.TaxRate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The master data the back office sends down (cashiers and the catalog of the terminal's store), applied to the
 * terminal's database in ONE transaction with the office's version it reached: all of a pull or none of it, so a crash
 * or a fault half-way leaves the old cashiers and catalog whole and the version where it was, and the next pull asks
 * again from there.
 *
 * <p>A row from the office keeps the office's id ({@code office_id}) beside the terminal's own, which sessions, orders
 * and the audit go on referring to. The first pull that brings cashiers makes the office's list the terminal's: the
 * cashiers added on the terminal itself are disabled (their history kept); the same for products, taken off sale. From
 * then on the terminal's own commands refuse to change them ({@link #refuseIfFromOffice}). A cashier disabled in the
 * office loses their badge here too; a product taken off in the office is taken off sale, never deleted (past orders
 * link to it). An open cart keeps the price it showed: the sale is refused then, naming the old and the new price
 * ({@link SqlSales}). Blocking: never on the event thread.
 */
public final class SqlMasterData {

    /** {@code meta}'s key for the office's version the terminal reached. */
    static final String VERSION_KEY = "office_master_version";
    /** {@code meta}'s key for the store the master data came from. */
    static final String STORE_KEY = "office_master_store";
    private static final Pattern HASH = Pattern.compile("[A-Za-z0-9+/]{43}=");
    private static final Pattern PIN_HASH = Pattern.compile("[0-9]{5,7}\\$" + HASH.pattern());
    private static final Pattern SALT = Pattern.compile("[A-Za-z0-9+/]{22}==");

    private final Database database;
    private final Clock clock;

    /**
     * A cashier as the office holds them: hashes only.
     *
     * @param officeId  the office's id of the cashier
     * @param badgeHash {@code hmac$…} under the store's badge key, if they have a badge
     * @param pinHash   {@code <iterations>$<base64>}, if they have a PIN, with its {@code pinSalt}
     */
    public record CashierRow(long officeId, String name, Role role, Optional<String> badgeHash,
                             Optional<String> pinHash, Optional<String> pinSalt, boolean active) {
        public CashierRow {
            Objects.requireNonNull(role, "role");
            boolean badgeOk = badgeHash.map(hash -> hash.startsWith(BadgeHash.PREFIX)
                    && HASH.matcher(hash.substring(BadgeHash.PREFIX.length())).matches()).orElse(true);
            boolean pinOk = pinHash.isPresent() == pinSalt.isPresent() && pinHash.map(hash -> PIN_HASH.matcher(hash)
                    .matches() && SALT.matcher(pinSalt.get()).matches()).orElse(true);
            if (!badgeOk || !pinOk) {
                throw new IllegalArgumentException("Office cashier " + officeId + " has a damaged badge or PIN hash");
            }
            if (!active && badgeHash.isPresent()) {
                throw new IllegalArgumentException("Office cashier " + officeId + " is disabled but keeps a badge");
            }
            name = CashierInputs.checkName(name);
        }
    }

    /**
     * A product's picture as the office describes it (office V9): its name in {@code images/} and the SHA-256 of its
     * bytes, in hex; the bytes themselves come only when the terminal lacks them ({@link Changes#pictures}).
     */
    public record Picture(String name, String sha256) {
        public Picture {
            CatalogImport.problemInImage(name).ifPresent(problem -> {
                throw new IllegalArgumentException("image \"" + name + "\" " + problem);
            });
            if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("image \"" + name + "\" has no SHA-256");
            }
        }
    }

    /**
     * A product as the office holds it; {@code active} false: taken off sale. Its tax rates and barcodes (office V4)
     * replace the terminal's rows of the product in the pull's transaction, and its picture (office V9) its
     * {@code image}: none, a plain tile.
     */
    public record ProductRow(long officeId, String category, String name, Money price, int position,
                             boolean active, List<TaxRate> taxes, List<Barcode> barcodes, Optional<Picture> image) {
        public ProductRow {
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(image, "image");
            taxes = List.copyOf(taxes);
            barcodes = List.copyOf(barcodes);
            if (taxes.size() > CatalogTaxes.MAX_RATES || barcodes.size() > CatalogImport.MAX_BARCODES
                    || taxes.stream().map(TaxRate::name).distinct().count() != taxes.size()
                    || barcodes.stream().map(Barcode::key).distinct().count() != barcodes.size()) {
                throw new IllegalArgumentException("Office product " + officeId + " has too many, or twice the same, "
                        + "tax rates or barcodes");
            }
            if (category == null || category.isBlank() || name == null || name.isBlank()
                    || category.length() > CatalogImport.MAX_TEXT_LENGTH || name.length() > CatalogImport.MAX_TEXT_LENGTH
                    || price.minorUnits() < 0 || price.minorUnits() > CatalogImport.MAX_PRICE_MINOR_UNITS
                    || position < 0) {
                throw new IllegalArgumentException("Office product " + officeId + " is out of range");
            }
        }

        /** A product without a picture. */
        public ProductRow(long officeId, String category, String name, Money price, int position,
                          boolean active, List<TaxRate> taxes, List<Barcode> barcodes) {
            this(officeId, category, name, price, position, active, taxes, barcodes, Optional.empty());
        }

        /** A product without tax rates, barcodes or a picture. */
        public ProductRow(long officeId, String category, String name, Money price, int position, boolean active) {
            this(officeId, category, name, price, position, active, List.of(), List.of());
        }
    }

    /** A bill or coin of the store's as the office holds it; {@code active} false: taken off. */
    public record DenominationRow(Denomination denomination, boolean active) {
        public DenominationRow {
            Objects.requireNonNull(denomination, "denomination");
        }
    }

    /**
     * A policy block as the office holds it ({@code terminal.json}'s {@code policy} block, as JSON): the store's, or
     * ({@code terminal} true) this terminal's own.
     */
    public record PolicyRow(boolean terminal, String json) {
        public PolicyRow {
            Objects.requireNonNull(json, "json");
        }
    }

    /**
     * What one pull brought: every row of the store changed after the terminal's version, and the highest version
     * among them; the pictures the terminal lacked, written beside their places ({@link ProductPictures#stage}) and
     * moved into them by {@link #apply}.
     */
    public record Changes(String store, long version, List<CashierRow> cashiers, List<ProductRow> products,
                          List<DenominationRow> denominations, List<PolicyRow> policies,
                          List<ProductPictures.Staged> pictures) {
        public Changes {
            Objects.requireNonNull(store, "store");
            cashiers = List.copyOf(cashiers);
            products = List.copyOf(products);
            denominations = List.copyOf(denominations);
            policies = List.copyOf(policies);
            pictures = List.copyOf(pictures);
        }

        /** Changes that bring no picture's bytes. */
        public Changes(String store, long version, List<CashierRow> cashiers, List<ProductRow> products,
                       List<DenominationRow> denominations, List<PolicyRow> policies) {
            this(store, version, cashiers, products, denominations, policies, List.of());
        }

        /** Changes of cashiers and products only. */
        public Changes(String store, long version, List<CashierRow> cashiers, List<ProductRow> products) {
            this(store, version, cashiers, products, List.of(), List.of());
        }

        public boolean isEmpty() {
            return cashiers.isEmpty() && products.isEmpty() && !changesTerms();
        }

        /** Whether the store's denominations or a policy changed. */
        public boolean changesTerms() {
            return !denominations.isEmpty() || !policies.isEmpty();
        }

        /** How many rows came. */
        public int size() {
            return cashiers.size() + products.size() + denominations.size() + policies.size();
        }
    }

    /**
     * What the office last sent of the store's terms, as the terminal keeps them (V9).
     *
     * @param denominations  the active bills and coins, of every currency the office listed
     * @param storePolicy    the store's policy block, as JSON
     * @param terminalPolicy this terminal's own block
     */
    public record Terms(List<Denomination> denominations, Optional<String> storePolicy,
                        Optional<String> terminalPolicy) {
        public Terms {
            denominations = List.copyOf(denominations);
            Objects.requireNonNull(storePolicy, "storePolicy");
            Objects.requireNonNull(terminalPolicy, "terminalPolicy");
        }

        /** None: the office never sent terms. */
        public boolean isEmpty() {
            return denominations.isEmpty() && storePolicy.isEmpty() && terminalPolicy.isEmpty();
        }

        /** These terms once {@code changes} are applied. */
        public Terms with(Changes changes) {
            List<Denomination> active = new ArrayList<>(denominations);
            for (DenominationRow row : changes.denominations()) {
                active.remove(row.denomination());
                if (row.active()) {
                    active.add(row.denomination());
                }
            }
            Optional<String> store = storePolicy;
            Optional<String> own = terminalPolicy;
            for (PolicyRow row : changes.policies()) {
                if (row.terminal()) {
                    own = Optional.of(row.json());
                } else {
                    store = Optional.of(row.json());
                }
            }
            return new Terms(active, store, own);
        }
    }

    public SqlMasterData(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The products' pictures of this terminal: {@code images/} beside the database, as {@link SqlCatalog} reads it. */
    public ProductPictures pictures() {
        Path folder = database.file().toAbsolutePath().getParent();
        return new ProductPictures(folder == null ? Path.of(SqlCatalog.IMAGES) : folder.resolve(SqlCatalog.IMAGES));
    }

    /** The office's version this terminal reached; 0 before the first pull. */
    public long version() {
        return database.read(connection -> meta(connection, VERSION_KEY).map(Long::parseLong).orElse(0L));
    }

    /** The store's terms as the office last sent them; empty before it sent any. */
    public Terms terms() {
        return database.read(OfficeTermRows::read);
    }

    /**
     * Applies {@code changes} in one transaction, with the version reached and an audit row; nothing if they are not
     * newer than what the terminal has (a pull repeated after its commit). Their pictures are moved into place first,
     * inside the transaction: one that cannot be moved rolls it back, and a picture placed by a transaction that then
     * failed is the same file the next pull finds there (its digest), so it only names it.
     *
     * @return whether anything was applied
     * @throws IllegalArgumentException if the changes are of another store than the earlier ones; nothing changed
     */
    public boolean apply(Changes changes) {
        Instant now = clock.instant();
        return database.inTransaction(connection -> {
            long reached = meta(connection, VERSION_KEY).map(Long::parseLong).orElse(0L);
            if (changes.version() <= reached) {
                return false;
            }
            Optional<String> store = meta(connection, STORE_KEY);
            if (store.isPresent() && !store.get().equals(changes.store())) {
                throw new IllegalArgumentException("This terminal's master data came from store " + store.get()
                        + ", not " + changes.store() + ": nothing was changed");
            }
            if (!changes.cashiers().isEmpty()) {
                applyCashiers(connection, changes.cashiers());
            }
            if (!changes.products().isEmpty()) {
                ProductPictures pictures = pictures();
                for (ProductPictures.Staged picture : changes.pictures()) {
                    try {
                        pictures.place(picture);
                    } catch (IOException e) {
                        throw new UncheckedIOException("The picture " + picture.name() + " could not be put in "
                                + "place", e);
                    }
                }
                applyProducts(connection, changes.products());
            }
            OfficeTermRows.write(connection, changes.denominations(), changes.policies());
            putMeta(connection, VERSION_KEY, Long.toString(changes.version()));
            putMeta(connection, STORE_KEY, changes.store());
            database.audit(connection, now, "office.masterData", "From the office (store " + changes.store()
                    + ", version " + changes.version() + "): " + changes.cashiers().size() + " cashier(s), "
                    + changes.products().size() + " product(s) (" + changes.pictures().size() + " new picture(s)), "
                    + changes.denominations().size()
                    + " denomination(s), " + changes.policies().size() + " policy block(s)", null);
            return true;
        });
    }

    private void applyCashiers(Connection connection, List<CashierRow> rows) throws SQLException {
        boolean first = !fromOffice(connection, "cashiers");
        if (first) {
            try (PreparedStatement disable = connection.prepareStatement(
                    "UPDATE cashiers SET active = 0, badge_hash = NULL WHERE office_id IS NULL")) {
                disable.executeUpdate();
            }
        }
        // Badges first released, then set: one may move from one cashier to another within a pull.
        try (PreparedStatement release = connection.prepareStatement(
                "UPDATE cashiers SET badge_hash = NULL WHERE office_id = ?")) {
            for (CashierRow row : rows) {
                release.setLong(1, row.officeId());
                release.executeUpdate();
            }
        }
        // A new PIN ends a lock-out, as the terminal's own command does.
        try (PreparedStatement unlock = connection.prepareStatement("UPDATE cashiers SET wrong_pins = 0, lockouts = 0, "
                + "locked_until = NULL, lockout_ms = NULL, locked_boot = NULL, locked_uptime_ms = NULL "
                + "WHERE office_id = ? AND pin_hash IS NOT ?")) {
            for (CashierRow row : rows) {
                unlock.setLong(1, row.officeId());
                unlock.setString(2, row.pinHash().orElse(null));
                unlock.executeUpdate();
            }
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE cashiers SET name = ?, role = ?, "
                + "badge_hash = ?, active = ?, pin_hash = ?, pin_salt = ? WHERE office_id = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO cashiers (name, role, badge_hash, "
                     + "active, pin_hash, pin_salt, created_at, office_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            long now = clock.millis();
            for (CashierRow row : rows) {
                String pin = row.pinHash().orElse(null);
                update.setString(1, row.name());
                update.setString(2, row.role().name());
                update.setString(3, row.badgeHash().orElse(null));
                update.setInt(4, row.active() ? 1 : 0);
                update.setString(5, pin);
                update.setString(6, row.pinSalt().orElse(null));
                update.setLong(7, row.officeId());
                if (update.executeUpdate() == 0) {
                    insert.setString(1, row.name());
                    insert.setString(2, row.role().name());
                    insert.setString(3, row.badgeHash().orElse(null));
                    insert.setInt(4, row.active() ? 1 : 0);
                    insert.setString(5, pin);
                    insert.setString(6, row.pinSalt().orElse(null));
                    insert.setLong(7, now);
                    insert.setLong(8, row.officeId());
                    insert.executeUpdate();
                }
            }
        }
    }

    private void applyProducts(Connection connection, List<ProductRow> rows) throws SQLException {
        if (!fromOffice(connection, "products")) {
            try (PreparedStatement withdraw = connection.prepareStatement(
                    "UPDATE products SET active = 0 WHERE office_id IS NULL")) {
                withdraw.executeUpdate();
            }
        }
        // Renamed products first get a name no other can have: two may swap names within a pull.
        try (PreparedStatement park = connection.prepareStatement(
                "UPDATE products SET name = 'office ' || office_id || char(31) WHERE office_id = ?")) {
            for (ProductRow row : rows) {
                park.setLong(1, row.officeId());
                park.executeUpdate();
            }
        }
        for (ProductRow row : rows) {
            if (!exists(connection, row.officeId())) {
                adoptOrInsert(connection, row);
            }
            makeRoom(connection, row);
            try (PreparedStatement update = connection.prepareStatement("UPDATE products SET name = ?, category = ?, "
                    + "price = ?, currency = ?, active = ?, position = ?, image = ? WHERE office_id = ?")) {
                update.setString(1, row.name());
                update.setString(2, row.category());
                update.setLong(3, row.price().minorUnits());
                update.setString(4, row.price().currency().getCurrencyCode());
                update.setInt(5, row.active() ? 1 : 0);
                update.setInt(6, row.position());
                update.setString(7, row.image().map(Picture::name).orElse(null));
                update.setLong(8, row.officeId());
                update.executeUpdate();
            }
        }
        replaceTaxesAndBarcodes(connection, rows);
    }

    /**
     * Each pulled product's rates and barcodes in place of its rows before; the barcodes of a product off sale go
     * (on the first pull the terminal's own products too), so that one product on sale holds each barcode.
     */
    private static void replaceTaxesAndBarcodes(Connection connection, List<ProductRow> rows) throws SQLException {
        try (PreparedStatement untax = connection.prepareStatement("DELETE FROM product_taxes WHERE product_id = "
                + "(SELECT id FROM products WHERE office_id = ?)");
             PreparedStatement unbar = connection.prepareStatement("DELETE FROM product_barcodes WHERE product_id = "
                     + "(SELECT id FROM products WHERE office_id = ?)")) {
            for (ProductRow row : rows) {
                untax.setLong(1, row.officeId());
                untax.executeUpdate();
                unbar.setLong(1, row.officeId());
                unbar.executeUpdate();
            }
        }
        try (PreparedStatement offSale = connection.prepareStatement("DELETE FROM product_barcodes WHERE product_id "
                + "IN (SELECT id FROM products WHERE active = 0)")) {
            offSale.executeUpdate();
        }
        try (PreparedStatement tax = connection.prepareStatement("INSERT INTO product_taxes (product_id, position, "
                + "name, rate_ppm) SELECT id, ?, ?, ? FROM products WHERE office_id = ?");
             PreparedStatement bar = connection.prepareStatement("INSERT INTO product_barcodes (lookup, product_id, "
                     + "kind, code) SELECT ?, id, ?, ? FROM products WHERE office_id = ?")) {
            for (ProductRow row : rows) {
                for (int i = 0; i < row.taxes().size(); i++) {
                    tax.setInt(1, i);
                    tax.setString(2, row.taxes().get(i).name());
                    tax.setLong(3, row.taxes().get(i).partsPerMillion());
                    tax.setLong(4, row.officeId());
                    tax.executeUpdate();
                }
                if (!row.active()) {
                    continue;
                }
                for (Barcode barcode : row.barcodes()) {
                    bar.setString(1, barcode.key());
                    bar.setString(2, barcode.kind().name());
                    bar.setString(3, barcode.code());
                    bar.setLong(4, row.officeId());
                    bar.executeUpdate();
                }
            }
        }
    }

    private static boolean exists(Connection connection, long officeId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM products WHERE office_id = ?")) {
            select.setLong(1, officeId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /**
     * The terminal's own product of the same category and name becomes the office's (its tile and past orders stay
     * linked); otherwise a new row, named for the moment so that it collides with none.
     */
    private static void adoptOrInsert(Connection connection, ProductRow row) throws SQLException {
        try (PreparedStatement adopt = connection.prepareStatement("UPDATE products SET office_id = ? WHERE id = "
                + "(SELECT id FROM products WHERE office_id IS NULL AND lower(category) = lower(?) "
                + "AND lower(name) = lower(?) LIMIT 1)")) {
            adopt.setLong(1, row.officeId());
            adopt.setString(2, row.category());
            adopt.setString(3, row.name());
            if (adopt.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO products (name, category, price, "
                + "currency, active, position, office_id) VALUES ('office ' || ? || char(31), ?, ?, ?, 0, 0, ?)")) {
            insert.setLong(1, row.officeId());
            insert.setString(2, row.category());
            insert.setLong(3, row.price().minorUnits());
            insert.setString(4, row.price().currency().getCurrencyCode());
            insert.setLong(5, row.officeId());
            insert.executeUpdate();
        }
    }

    /**
     * A product of the terminal's own (never the office's: the office keeps its names unique) that holds the category
     * and name {@code row} needs is renamed aside; it is off sale already.
     */
    private static void makeRoom(Connection connection, ProductRow row) throws SQLException {
        try (PreparedStatement rename = connection.prepareStatement("UPDATE products SET name = name || ' (' || id "
                + "|| ')' WHERE office_id IS NULL AND category = ? AND name = ?")) {
            rename.setString(1, row.category());
            rename.setString(2, row.name());
            rename.executeUpdate();
        }
    }

    private static boolean fromOffice(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM " + table
                + " WHERE office_id IS NOT NULL)");
             ResultSet row = select.executeQuery()) {
            return row.next() && row.getInt(1) == 1;
        }
    }

    /**
     * Refuses a change made on the terminal itself to what the office manages: its cashiers or its catalog, once the
     * first pull brought them. In the caller's transaction.
     *
     * @param table {@code cashiers} or {@code products}
     * @param what  what to name in the message: "list of cashiers", "catalog"
     * @param where the office's command that changes it instead
     * @throws IllegalArgumentException naming the office's store and command; the caller changes nothing
     */
    static void refuseIfFromOffice(Connection connection, String table, String what, String where)
            throws SQLException {
        if (fromOffice(connection, table)) {
            String store = meta(connection, STORE_KEY).orElse("?");
            throw new IllegalArgumentException("This terminal's " + what + " is managed by the back office (store "
                    + store + "): change it there, with " + where + " on the manager's machine. Nothing was changed.");
        }
    }

    private static Optional<String> meta(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static void putMeta(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO meta (key, value) VALUES (?, ?) "
                + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            upsert.setString(1, key);
            upsert.setString(2, value);
            upsert.executeUpdate();
        }
    }
}
