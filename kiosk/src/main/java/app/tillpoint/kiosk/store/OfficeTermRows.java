package app.tillpoint.kiosk.store;

import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The store's denominations and policies as the office last sent them (V9's {@code office_denominations} and
 * {@code office_policies}), written in the pull's transaction by {@link SqlMasterData#apply} and read back at start.
 */
final class OfficeTermRows {

    private OfficeTermRows() {
    }

    static void write(Connection connection, List<SqlMasterData.DenominationRow> denominations,
                      List<SqlMasterData.PolicyRow> policies) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO office_denominations (currency, "
                + "value, kind, active) VALUES (?, ?, ?, ?) ON CONFLICT (currency, value, kind) DO UPDATE SET "
                + "active = excluded.active")) {
            for (SqlMasterData.DenominationRow row : denominations) {
                Money value = row.denomination().value();
                upsert.setString(1, value.currency().getCurrencyCode());
                upsert.setLong(2, value.minorUnits());
                upsert.setString(3, row.denomination().kind().name());
                upsert.setInt(4, row.active() ? 1 : 0);
                upsert.executeUpdate();
            }
        }
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO office_policies (scope, policy) "
                + "VALUES (?, ?) ON CONFLICT (scope) DO UPDATE SET policy = excluded.policy")) {
            for (SqlMasterData.PolicyRow row : policies) {
                upsert.setString(1, row.terminal() ? "terminal" : "store");
                upsert.setString(2, row.json());
                upsert.executeUpdate();
            }
        }
    }

    static SqlMasterData.Terms read(Connection connection) throws SQLException {
        List<Denomination> denominations = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT currency, value, kind FROM "
                + "office_denominations WHERE active = 1 ORDER BY currency, value DESC, kind");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                denominations.add(new Denomination(Money.of(row.getLong("value"),
                        Currency.getInstance(row.getString("currency"))),
                        Denomination.Kind.valueOf(row.getString("kind"))));
            }
        }
        Optional<String> store = Optional.empty();
        Optional<String> own = Optional.empty();
        try (PreparedStatement select = connection.prepareStatement("SELECT scope, policy FROM office_policies");
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                if (row.getString("scope").equals("terminal")) {
                    own = Optional.of(row.getString("policy"));
                } else {
                    store = Optional.of(row.getString("policy"));
                }
            }
        }
        return new SqlMasterData.Terms(denominations, store, own);
    }
}
