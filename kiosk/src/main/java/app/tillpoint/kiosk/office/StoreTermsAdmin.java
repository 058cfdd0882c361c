package app.tillpoint.kiosk.office;

import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A store's terms as the manager sets them, as the office's owner: its bills and coins, and its policy blocks (the
 * store's, and a terminal's own, each {@code terminal.json}'s {@code policy} block as JSON, checked by the caller with
 * {@link app.tillpoint.kiosk.config.OfficeTerms}). Each change is one PostgreSQL transaction, and a row is rewritten
 * only when it changes (a new version is a pull for every terminal of the store). Refused input changes nothing.
 */
public final class StoreTermsAdmin {

    private final OfficeAdmin office;

    /**
     * A policy block of the store's.
     *
     * @param terminal the terminal whose own block it is; empty for the store's
     * @param json     the block
     */
    public record PolicyBlock(Optional<String> terminal, String json, Instant changedAt) {
    }

    /** A bill or coin of the store's; {@code active} false: taken off. */
    public record StoreDenomination(Denomination denomination, boolean active) {
    }

    /** What setting a currency's denominations did: added (or put back), kept as they were, taken off. */
    public record Replaced(int added, int kept, int withdrawn) {
    }

    public StoreTermsAdmin(OfficeAdmin office) {
        this.office = Objects.requireNonNull(office, "office");
    }

    /**
     * Sets the store's policy block, or ({@code terminal} given) that terminal's own, which the store's terminals
     * lay over their own in that order.
     *
     * @param json a block checked already ({@link app.tillpoint.kiosk.config.OfficeTerms#checkedPolicy})
     * @return whether it changed
     * @throws MasterDataAdmin.RefusedException an unknown store, or a terminal not registered in it
     */
    public boolean setPolicy(String store, Optional<String> terminal, String json)
            throws SQLException, MasterDataAdmin.RefusedException {
        try (Connection connection = office.connect()) {
            connection.setAutoCommit(false);
            try {
                MasterDataAdmin.requireStore(connection, store);
                if (terminal.isPresent()) {
                    requireTerminal(connection, store, terminal.get());
                }
                int changed;
                try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO office.policies (store_id, "
                        + "terminal_id, policy) VALUES (?, ?, ?::jsonb) ON CONFLICT (store_id, terminal_id) DO UPDATE "
                        + "SET policy = excluded.policy WHERE office.policies.policy IS DISTINCT FROM excluded.policy")) {
                    upsert.setString(1, store);
                    upsert.setString(2, terminal.orElse(""));
                    upsert.setString(3, json);
                    changed = upsert.executeUpdate();
                }
                connection.commit();
                return changed > 0;
            } catch (SQLException | MasterDataAdmin.RefusedException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** The store's policy blocks, the store's first, then each terminal's own by id. */
    public List<PolicyBlock> policies(String store) throws SQLException, MasterDataAdmin.RefusedException {
        try (Connection connection = office.connect()) {
            MasterDataAdmin.requireStore(connection, store);
            List<PolicyBlock> blocks = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT terminal_id, policy::text AS policy, "
                    + "changed_at FROM office.policies WHERE store_id = ? ORDER BY terminal_id")) {
                select.setString(1, store);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        String terminal = row.getString("terminal_id");
                        blocks.add(new PolicyBlock(terminal.isEmpty() ? Optional.empty() : Optional.of(terminal),
                                row.getString("policy"), row.getTimestamp("changed_at").toInstant()));
                    }
                }
            }
            return blocks;
        }
    }

    /**
     * Makes {@code denominations} the store's bills and coins of {@code currency}: those listed active, the others of
     * the currency taken off. The store's terminals of that currency count with them.
     *
     * @param denominations not empty, all of {@code currency}
     */
    public Replaced setDenominations(String store, Currency currency, List<Denomination> denominations)
            throws SQLException, MasterDataAdmin.RefusedException {
        if (denominations.isEmpty() || denominations.stream()
                .anyMatch(denomination -> !denomination.value().currency().equals(currency))) {
            throw new MasterDataAdmin.RefusedException("list at least one bill or coin, all in " + currency
                    + ". Nothing was changed.");
        }
        try (Connection connection = office.connect()) {
            connection.setAutoCommit(false);
            try {
                MasterDataAdmin.requireStore(connection, store);
                Set<Denomination> wanted = new HashSet<>(denominations);
                int added = 0;
                int withdrawn = 0;
                try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO office.denominations "
                        + "(store_id, currency, value, kind) VALUES (?, ?, ?, ?) ON CONFLICT (store_id, currency, "
                        + "value, kind) DO UPDATE SET active = true WHERE NOT office.denominations.active")) {
                    for (Denomination denomination : wanted) {
                        upsert.setString(1, store);
                        upsert.setString(2, currency.getCurrencyCode());
                        upsert.setLong(3, denomination.value().minorUnits());
                        upsert.setString(4, denomination.kind().name());
                        added += upsert.executeUpdate();
                    }
                }
                for (StoreDenomination held : denominations(connection, store)) {
                    Denomination denomination = held.denomination();
                    if (held.active() && denomination.value().currency().equals(currency)
                            && !wanted.contains(denomination)) {
                        try (PreparedStatement withdraw = connection.prepareStatement("UPDATE office.denominations "
                                + "SET active = false WHERE store_id = ? AND currency = ? AND value = ? AND kind = ?")) {
                            withdraw.setString(1, store);
                            withdraw.setString(2, currency.getCurrencyCode());
                            withdraw.setLong(3, denomination.value().minorUnits());
                            withdraw.setString(4, denomination.kind().name());
                            withdrawn += withdraw.executeUpdate();
                        }
                    }
                }
                connection.commit();
                return new Replaced(added, wanted.size() - added, withdrawn);
            } catch (SQLException | MasterDataAdmin.RefusedException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** The store's bills and coins, taken off ones too, by currency, largest first. */
    public List<StoreDenomination> denominations(String store) throws SQLException, MasterDataAdmin.RefusedException {
        try (Connection connection = office.connect()) {
            MasterDataAdmin.requireStore(connection, store);
            return denominations(connection, store);
        }
    }

    private static List<StoreDenomination> denominations(Connection connection, String store) throws SQLException {
        List<StoreDenomination> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT currency, value, kind, active FROM "
                + "office.denominations WHERE store_id = ? ORDER BY currency, value DESC, kind")) {
            select.setString(1, store);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(new StoreDenomination(new Denomination(Money.of(row.getLong("value"),
                            Currency.getInstance(row.getString("currency"))),
                            Denomination.Kind.valueOf(row.getString("kind"))), row.getBoolean("active")));
                }
            }
        }
        return found;
    }

    private static void requireTerminal(Connection connection, String store, String terminal)
            throws SQLException, MasterDataAdmin.RefusedException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM office.terminals WHERE store_id = ? AND terminal_id = ?")) {
            select.setString(1, store);
            select.setString(2, terminal);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new MasterDataAdmin.RefusedException("store " + store + " has no terminal \"" + terminal
                            + "\": register it first (office register). Nothing was changed.");
                }
            }
        }
    }
}
