package app.tillpoint.kiosk.office;

import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The office's administrator, on the manager's machine: the owner of the office database (a role with CREATEROLE),
 * whose login is a file of the manager's ({@code url}, {@code user}, {@code password}). Registers terminals and reads
 * the reports; row-level security does not apply to it.
 *
 * @param url      {@code jdbc:postgresql://host:5432/office?sslmode=verify-full}
 * @param user     the office's owner
 * @param password its password
 */
public record OfficeAdmin(String url, String user, String password) {

    /** SQLSTATE of a unique violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    public OfficeAdmin {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    /** Reads the manager's login file. */
    public static OfficeAdmin read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        for (String key : new String[] {"url", "user", "password"}) {
            if (properties.getProperty(key, "").isBlank()) {
                throw new IOException(file + " has no " + key + " (it needs url, user and password)");
            }
        }
        return new OfficeAdmin(properties.getProperty("url"), properties.getProperty("user"),
                properties.getProperty("password"));
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Migrates the office database to the newest schema; returns how many migrations ran. */
    public int migrate() throws SQLException {
        return OfficeSchema.migrate(url, user, password);
    }

    /** A terminal's registration was refused: it is registered already, or an input is wrong. Nothing changed. */
    public static final class RegistrationRefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RegistrationRefusedException(String message) {
            super(message);
        }
    }

    /**
     * Registers {@code terminal} in {@code store} (the store made first if new, with {@code storeName} and
     * {@code zone}), creates its login role with a new random password, and returns its credentials; one transaction.
     * A terminal id is registered once.
     */
    public OfficeCredentials register(String store, String storeName, String zone, String terminal)
            throws SQLException, RegistrationRefusedException {
        return register(store, storeName, zone, terminal, Optional.empty());
    }

    /**
     * As {@link #register(String, String, String, String)}, the credentials carrying the store's badge key
     * ({@link StoreBadgeKeys}), so that badges managed in the office work on the terminal.
     */
    public OfficeCredentials register(String store, String storeName, String zone, String terminal,
                                      Optional<String> badgeKey) throws SQLException, RegistrationRefusedException {
        if (!OfficeCredentials.STORE_ID.matcher(store).matches()) {
            throw new RegistrationRefusedException("a store id is 1 to 24 letters, digits, '-' or '_', not \"" + store
                    + "\"");
        }
        if (!OfficeCredentials.TERMINAL_ID.matcher(terminal).matches()) {
            throw new RegistrationRefusedException("a terminal id is 1 to 32 letters, digits, '-' or '_', not \""
                    + terminal + "\"");
        }
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new RegistrationRefusedException("\"" + zone + "\" is not a time zone such as Asia/Kolkata");
        }
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        OfficeCredentials credentials = new OfficeCredentials(store, terminal,
                OfficeCredentials.roleName(store, terminal), HexFormat.of().formatHex(secret), badgeKey);
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO office.stores (store_id, name,"
                        + " zone) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
                    insert.setString(1, store);
                    insert.setString(2, storeName == null || storeName.isBlank() ? store : storeName.strip());
                    insert.setString(3, zone);
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO office.terminals (store_id,"
                        + " terminal_id, role_name) VALUES (?, ?, ?)")) {
                    insert.setString(1, store);
                    insert.setString(2, terminal);
                    insert.setString(3, credentials.user());
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw new RegistrationRefusedException("terminal " + terminal + " of store " + store
                                + " is registered already: a terminal id is registered once. Nothing was changed.");
                    }
                    throw e;
                }
                try (Statement create = connection.createStatement()) {
                    // The role name is checked above (letters, digits, '-', '_', ':' and '/' only) and quoted.
                    create.execute("CREATE ROLE " + quoted(credentials.user()) + " LOGIN IN ROLE tillpoint_terminal");
                } catch (SQLException e) {
                    if ("42710".equals(e.getSQLState())) {
                        throw new RegistrationRefusedException("the role " + credentials.user() + " exists already in"
                                + " this PostgreSQL server (another office database?). Nothing was changed.");
                    }
                    throw e;
                }
                // The password's SCRAM verifier is computed here: the password itself never reaches the server's log.
                connection.unwrap(PGConnection.class).alterUserPassword(credentials.user(),
                        credentials.password().toCharArray(), "scram-sha-256");
                connection.commit();
            } catch (SQLException | RegistrationRefusedException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        return credentials;
    }


    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
