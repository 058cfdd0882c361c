package app.tillpoint.kiosk.office;

import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.kiosk.config.OfficeTerms;
import app.tillpoint.kiosk.store.ProductPictures;
import app.tillpoint.kiosk.store.SqlMasterData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Pulls the store's master data down: the cashiers, products, denominations and policies of the terminal's store changed after the version
 * the terminal reached, read in one snapshot of the office (row-level security shows the terminal its own store's
 * only), then applied to the terminal's database in one SQLite transaction ({@link SqlMasterData#apply}), after the
 * office's transaction ended: no SQLite transaction waits for the network. When nothing changed it costs one indexed
 * query a table. Called on the office's thread ({@link OfficeSender}), and by tests directly.
 */
public final class MasterDataPull {
    private final SqlMasterData store;
    private final String storeId;
    private final Optional<TerminalTerms> terms;

    /** A pull that stores the store's terms without using them (a test's terminal). */
    public MasterDataPull(SqlMasterData store, String storeId) {
        this(store, storeId, Optional.empty());
    }

    /**
     * A pull whose denominations and policies {@code terms} checks before they are stored and uses once they are.
     */
    public MasterDataPull(SqlMasterData store, String storeId, Optional<TerminalTerms> terms) {
        this.store = Objects.requireNonNull(store, "store");
        this.storeId = Objects.requireNonNull(storeId, "storeId");
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    /**
     * Reads what changed after the terminal's version on {@code connection} (auto-commit off; its transaction is
     * ended here) and applies it; returns how many rows came.
     *
     * @throws SQLException the office or the network failed: nothing was applied
     * @throws IllegalArgumentException this terminal cannot use what came (another store's, a policy that does not
     *                                  read): nothing was applied
     */
    public int pullOnce(Connection connection) throws SQLException {
        long after = store.version();
        SqlMasterData.Changes changes = null;
        try {
            changes = read(connection, after);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            if (changes != null) {
                ProductPictures.discard(changes.pictures()); // read, but the snapshot's end failed
            }
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        }
        if (changes.isEmpty()) {
            return 0;
        }
        try {
            Optional<OfficeTerms.Effective> effective = Optional.empty();
            if (changes.changesTerms() && terms.isPresent()) {
                try {
                    effective = Optional.of(terms.get().check(store.terms().with(changes)));
                } catch (OfficeTerms.RefusedException e) {
                    throw new IllegalArgumentException(e.getMessage() + ". Nothing of this pull was applied.", e);
                }
            }
            if (store.apply(changes) && effective.isPresent()) {
                terms.orElseThrow().use(effective.get());
            }
        } finally {
            ProductPictures.discard(changes.pictures()); // those not moved into place: a refused or repeated pull
        }
        return changes.size();
    }

    private SqlMasterData.Changes read(Connection connection, long after) throws SQLException {
        try (PreparedStatement snapshot = connection.prepareStatement(
                "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")) {
            snapshot.execute();
        }
        long version = after;
        List<SqlMasterData.CashierRow> cashiers = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT cashier_id, name, role, badge_hash, "
                + "pin_hash, pin_salt, active, version FROM office.cashiers WHERE store_id = ? AND version > ? "
                + "ORDER BY version")) {
            select.setString(1, storeId);
            select.setLong(2, after);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    cashiers.add(new SqlMasterData.CashierRow(row.getLong("cashier_id"), row.getString("name"),
                            Role.valueOf(row.getString("role")), Optional.ofNullable(row.getString("badge_hash")),
                            Optional.ofNullable(row.getString("pin_hash")),
                            Optional.ofNullable(row.getString("pin_salt")), row.getBoolean("active")));
                    version = Math.max(version, row.getLong("version"));
                }
            }
        }
        List<SqlMasterData.ProductRow> products = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT product_id, category, name, price, "
                + "currency, position, active, taxes::text AS taxes, barcodes, image, encode(image_sha256, 'hex') "
                + "AS image_sha256, version FROM office.products WHERE store_id = ? AND version > ? "
                + "ORDER BY version")) {
            select.setString(1, storeId);
            select.setLong(2, after);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong("product_id");
                    // Read and checked here, before the SQLite transaction: a bad barcode or rate refuses the pull.
                    products.add(new SqlMasterData.ProductRow(id, row.getString("category"),
                            row.getString("name"), Money.of(row.getLong("price"),
                            Currency.getInstance(row.getString("currency"))), row.getInt("position"),
                            row.getBoolean("active"), OfficeCatalog.taxes(id, row.getString("taxes")),
                            OfficeCatalog.barcodes(id, (String[]) row.getArray("barcodes").getArray()),
                            OfficeCatalog.picture(id, row.getString("image"), row.getString("image_sha256"))));
                    version = Math.max(version, row.getLong("version"));
                }
            }
        }
        List<SqlMasterData.DenominationRow> denominations = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT currency, value, kind, active, version "
                + "FROM office.denominations WHERE store_id = ? AND version > ? ORDER BY version")) {
            select.setString(1, storeId);
            select.setLong(2, after);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    denominations.add(new SqlMasterData.DenominationRow(new Denomination(Money.of(
                            row.getLong("value"), Currency.getInstance(row.getString("currency"))),
                            Denomination.Kind.valueOf(row.getString("kind"))), row.getBoolean("active")));
                    version = Math.max(version, row.getLong("version"));
                }
            }
        }
        // Row-level security shows the store's block ('') and this terminal's own, never another terminal's.
        List<SqlMasterData.PolicyRow> policies = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT terminal_id, policy::text AS policy, "
                + "version FROM office.policies WHERE store_id = ? AND version > ? ORDER BY version")) {
            select.setString(1, storeId);
            select.setLong(2, after);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    policies.add(new SqlMasterData.PolicyRow(!row.getString("terminal_id").isEmpty(),
                            row.getString("policy")));
                    version = Math.max(version, row.getLong("version"));
                }
            }
        }
        List<ProductPictures.Staged> pictures = stagePictures(connection, products);
        return new SqlMasterData.Changes(storeId, version, cashiers, products, denominations, policies, pictures);
    }

    /**
     * The pictures the terminal lacks (none of that name and digest in its {@code images/}), each of a name the
     * newest row's, read in the same snapshot and written beside their places; nothing is left written when one is
     * refused or the office fails.
     *
     * @throws IllegalArgumentException naming the product whose picture is refused (its bytes, its digest)
     */
    private List<ProductPictures.Staged> stagePictures(Connection connection, List<SqlMasterData.ProductRow> products)
            throws SQLException {
        Map<String, SqlMasterData.ProductRow> newest = new LinkedHashMap<>();
        for (SqlMasterData.ProductRow row : products) { // in the order of their versions: the last of a name wins
            row.image().ifPresent(picture -> newest.put(picture.name(), row));
        }
        ProductPictures folder = store.pictures();
        List<ProductPictures.Staged> staged = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT image_bytes FROM office.products WHERE product_id = ?")) {
            for (SqlMasterData.ProductRow row : newest.values()) {
                SqlMasterData.Picture picture = row.image().orElseThrow();
                if (folder.has(picture.name(), picture.sha256())) {
                    continue;
                }
                select.setLong(1, row.officeId());
                byte[] bytes;
                try (ResultSet read = select.executeQuery()) {
                    bytes = read.next() ? read.getBytes(1) : null;
                }
                if (bytes == null) {
                    throw new IllegalArgumentException("Office product " + row.officeId() + "'s picture "
                            + picture.name() + " has no bytes");
                }
                try {
                    staged.add(folder.stage(picture.name(), picture.sha256(), bytes));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("Office product " + row.officeId() + ": " + e.getMessage()
                            + ". Nothing of this pull was applied.", e);
                } catch (IOException e) {
                    throw new UncheckedIOException("The picture " + picture.name() + " could not be written", e);
                }
            }
        } catch (SQLException | RuntimeException e) {
            ProductPictures.discard(staged);
            throw e;
        }
        return staged;
    }
}
