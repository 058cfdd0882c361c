package app.tillpoint.kiosk.office;

import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.catalog.Barcode;
import app.tillpoint.kiosk.store.CashierHashes;
import app.tillpoint.kiosk.store.CatalogImport;
import app.tillpoint.kiosk.store.ProductPictures;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The store's master data as the manager changes it, on the manager's machine, as the office's owner: cashiers (their
 * badge hashed under the store's key, {@link StoreBadgeKeys}, their PIN as PBKDF2; never the secrets) and the catalog.
 * Each change is one PostgreSQL transaction; every row it writes takes a new version (office.master_changed), which
 * the store's terminals pull within seconds. Refused input changes nothing.
 */
public final class MasterDataAdmin {

    private final OfficeAdmin office;
    private final StoreBadgeKeys keys;

    /** A change was refused: an unknown store, a badge in use, a bad name or PIN. Nothing changed. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    /**
     * A cashier as the office holds them.
     *
     * @param id the office's id, which {@code office cashier disable} takes
     */
    public record OfficeCashier(long id, String name, Role role, boolean active, boolean hasBadge, boolean hasPin) {
    }

    /** What a catalog import did: products added, changed, kept as they were, and taken off. */
    public record Imported(int added, int changed, int unchanged, int withdrawn) {
    }

    public MasterDataAdmin(OfficeAdmin office, StoreBadgeKeys keys) {
        this.office = Objects.requireNonNull(office, "office");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * Adds a cashier to {@code store}; hashes before the transaction (a PIN's hash is slow on purpose).
     *
     * @return the cashier as stored
     */
    public OfficeCashier addCashier(String store, String name, Role role, Optional<String> badge, Optional<String> pin)
            throws SQLException, IOException, RefusedException {
        Objects.requireNonNull(role, "role");
        byte[] key = HexFormat.of().parseHex(keys.keyOf(checkedStore(store)));
        CashierHashes hashes;
        try {
            hashes = CashierHashes.of(name, badge, pin, key);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(e.getMessage() + ". Nothing was changed.");
        }
        try (Connection connection = office.connect()) {
            connection.setAutoCommit(false);
            try {
                requireStore(connection, store);
                if (hashes.badgeHash().isPresent()) {
                    Optional<OfficeCashier> owner = withBadge(connection, store, hashes.badgeHash().get());
                    if (owner.isPresent()) {
                        throw new RefusedException("this badge is already used by " + describe(owner.get())
                                + "; give another badge, or disable that cashier first. Nothing was changed.");
                    }
                }
                long id;
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO office.cashiers (store_id,"
                        + " name, role, badge_hash, pin_hash, pin_salt) VALUES (?, ?, ?, ?, ?, ?) RETURNING cashier_id")) {
                    insert.setString(1, store);
                    insert.setString(2, hashes.name());
                    insert.setString(3, role.name());
                    insert.setString(4, hashes.badgeHash().orElse(null));
                    insert.setString(5, hashes.pinHash().orElse(null));
                    insert.setString(6, hashes.pinSalt().orElse(null));
                    try (ResultSet row = insert.executeQuery()) {
                        row.next();
                        id = row.getLong(1);
                    }
                }
                connection.commit();
                return new OfficeCashier(id, hashes.name(), role, true, hashes.badgeHash().isPresent(),
                        hashes.pinHash().isPresent());
            } catch (SQLException | RefusedException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Disables cashier {@code id} of {@code store} and releases their badge; every terminal of the store follows. */
    public OfficeCashier disableCashier(String store, long id) throws SQLException, RefusedException {
        try (Connection connection = office.connect()) {
            connection.setAutoCommit(false);
            try {
                requireStore(connection, store);
                Optional<OfficeCashier> found = cashiers(connection, store, id, true)
                        .stream().findFirst();
                if (found.isEmpty()) {
                    throw new RefusedException("store " + store + " has no cashier with the id " + id
                            + "; see: office cashier list. Nothing was changed.");
                }
                if (!found.get().active()) {
                    throw new RefusedException(describe(found.get()) + " is disabled already. Nothing was changed.");
                }
                try (PreparedStatement update = connection.prepareStatement("UPDATE office.cashiers SET active ="
                        + " false, badge_hash = NULL WHERE cashier_id = ?")) {
                    update.setLong(1, id);
                    update.executeUpdate();
                }
                connection.commit();
                OfficeCashier before = found.get();
                return new OfficeCashier(before.id(), before.name(), before.role(), false, false, before.hasPin());
            } catch (SQLException | RefusedException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Every cashier of {@code store}, disabled ones too, by id. */
    public List<OfficeCashier> cashiers(String store) throws SQLException, RefusedException {
        try (Connection connection = office.connect()) {
            requireStore(connection, store);
            return cashiers(connection, store, null, false);
        }
    }

    /** Replaces {@code store}'s catalog with {@code entries}, none of which has a picture. */
    public Imported importCatalog(String store, List<CatalogImport.Entry> entries)
            throws SQLException, RefusedException {
        return importCatalog(store, entries, Map.of());
    }

    /**
     * Replaces {@code store}'s catalog with {@code entries} (checked by {@link CatalogImport}), in one transaction: a
     * product of the same category and name (whatever the case) keeps its id and is written only if it changed (its
     * tax rates, barcodes and picture included, office V4 and V9); products the file does not list are taken off,
     * never deleted.
     *
     * @param pictures the bytes of each picture the entries name ({@link ProductPictures#read}), by name
     */
    public Imported importCatalog(String store, List<CatalogImport.Entry> entries, Map<String, byte[]> pictures)
            throws SQLException, RefusedException {
        if (entries.isEmpty()) {
            throw new RefusedException("a catalog needs at least one product. Nothing was changed.");
        }
        for (CatalogImport.Entry entry : entries) {
            if (entry.image() != null && !pictures.containsKey(entry.image())) {
                throw new RefusedException("line " + entry.line() + ": the picture " + entry.image() + " was not read."
                        + " Nothing was changed.");
            }
        }
        try (Connection connection = office.connect()) {
            connection.setAutoCommit(false);
            try {
                requireStore(connection, store);
                Map<String, Long> existing = new HashMap<>();
                try (PreparedStatement select = connection.prepareStatement("SELECT product_id, category, name FROM"
                        + " office.products WHERE store_id = ? FOR UPDATE")) {
                    select.setString(1, store);
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            existing.put(key(row.getString("category"), row.getString("name")), row.getLong(1));
                        }
                    }
                }
                int added = 0;
                int changed = 0;
                Set<Long> listed = new HashSet<>();
                try (PreparedStatement update = connection.prepareStatement("UPDATE office.products SET name = ?,"
                        + " category = ?, price = ?, currency = ?, position = ?, taxes = ?::jsonb, barcodes = ?,"
                        + " image = ?, image_bytes = ?, active = true WHERE product_id = ?"
                        + " AND (name, category, price, currency, position, taxes, barcodes, image, image_bytes,"
                        + " active) IS DISTINCT FROM (?, ?, ?, ?, ?, ?::jsonb, ?, ?::text, ?::bytea, true)");
                     PreparedStatement insert = connection.prepareStatement("INSERT INTO office.products (store_id,"
                             + " name, category, price, currency, position, taxes, barcodes, image, image_bytes)"
                             + " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) RETURNING product_id")) {
                    int position = 0;
                    for (CatalogImport.Entry entry : entries) {
                        Long id = existing.get(key(entry.category(), entry.name()));
                        String currency = entry.price().currency().getCurrencyCode();
                        String taxes = OfficeCatalog.taxesJson(entry.taxes());
                        java.sql.Array barcodes = connection.createArrayOf("text",
                                entry.barcodes().stream().map(Barcode::toString).toArray());
                        byte[] picture = entry.image() == null ? null : pictures.get(entry.image());
                        if (id == null) {
                            insert.setString(1, store);
                            insert.setString(2, entry.name());
                            insert.setString(3, entry.category());
                            insert.setLong(4, entry.price().minorUnits());
                            insert.setString(5, currency);
                            insert.setInt(6, position);
                            insert.setString(7, taxes);
                            insert.setArray(8, barcodes);
                            insert.setString(9, entry.image());
                            insert.setBytes(10, picture);
                            try (ResultSet row = insert.executeQuery()) {
                                row.next();
                                listed.add(row.getLong(1));
                            }
                            added++;
                        } else {
                            listed.add(id);
                            for (int offset : new int[] {0, 10}) {
                                update.setString(offset + 1, entry.name());
                                update.setString(offset + 2, entry.category());
                                update.setLong(offset + 3, entry.price().minorUnits());
                                update.setString(offset + 4, currency);
                                update.setInt(offset + 5, position);
                                update.setString(offset + 6, taxes);
                                update.setArray(offset + 7, barcodes);
                                update.setString(offset + 8, entry.image());
                                update.setBytes(offset + 9, picture);
                            }
                            update.setLong(10, id);
                            changed += update.executeUpdate();
                        }
                        position++;
                    }
                }
                int withdrawn;
                try (PreparedStatement withdraw = connection.prepareStatement("UPDATE office.products SET active ="
                        + " false WHERE store_id = ? AND active AND NOT (product_id = ANY (?))")) {
                    withdraw.setString(1, store);
                    withdraw.setArray(2, connection.createArrayOf("bigint", listed.toArray()));
                    withdrawn = withdraw.executeUpdate();
                }
                connection.commit();
                return new Imported(added, changed, listed.size() - added - changed, withdrawn);
            } catch (SQLException | RefusedException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static String checkedStore(String store) throws RefusedException {
        if (store == null || !OfficeCredentials.STORE_ID.matcher(store).matches()) {
            throw new RefusedException("a store id is 1 to 24 letters, digits, '-' or '_', not \"" + store + "\"");
        }
        return store;
    }

    static void requireStore(Connection connection, String store) throws SQLException, RefusedException {
        checkedStore(store);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM office.stores WHERE store_id = ?")) {
            select.setString(1, store);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new RefusedException("the office has no store \"" + store + "\": register a terminal of it"
                            + " first (office register). Nothing was changed.");
                }
            }
        }
    }

    private static Optional<OfficeCashier> withBadge(Connection connection, String store, String hash)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT cashier_id FROM office.cashiers"
                + " WHERE store_id = ? AND badge_hash = ?")) {
            select.setString(1, store);
            select.setString(2, hash);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return cashiers(connection, store, row.getLong(1), false).stream().findFirst();
            }
        }
    }

    /** The store's cashiers, or only the one of id {@code id}, locked for the transaction if {@code forUpdate}. */
    private static List<OfficeCashier> cashiers(Connection connection, String store, Long id, boolean forUpdate)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT cashier_id, name, role, active,"
                + " badge_hash IS NOT NULL AS has_badge, pin_hash IS NOT NULL AS has_pin FROM office.cashiers"
                + " WHERE store_id = ?" + (id == null ? "" : " AND cashier_id = ?") + " ORDER BY cashier_id"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            select.setString(1, store);
            if (id != null) {
                select.setLong(2, id);
            }
            List<OfficeCashier> cashiers = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    cashiers.add(new OfficeCashier(row.getLong("cashier_id"), row.getString("name"),
                            Role.valueOf(row.getString("role")), row.getBoolean("active"), row.getBoolean("has_badge"),
                            row.getBoolean("has_pin")));
                }
            }
            return cashiers;
        }
    }

    private static String key(String category, String name) {
        return category.toLowerCase(Locale.ROOT) + "\u0000" + name.toLowerCase(Locale.ROOT);
    }

    static String describe(OfficeCashier cashier) {
        return cashier.name() + " (id " + cashier.id() + ", " + cashier.role() + ")";
    }
}
