package app.tillpoint.kiosk.office;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/**
 * Opens a terminal's connection to the office database: its own login role, batched inserts rewritten into multi-row
 * ones, time-outs so that a dead network fails a try instead of hanging it, and the machine's claim on the terminal
 * (refused when another machine holds it).
 */
public final class OfficeLink {
    /** Seconds to connect, and to wait for any one answer of the server. */
    static final int CONNECT_TIMEOUT = 10;
    static final int SOCKET_TIMEOUT = 60;

    private final String url;
    private final OfficeCredentials credentials;
    private final String fingerprint;

    /**
     * @param url         {@code jdbc:postgresql://host:5432/office?sslmode=verify-full}
     * @param fingerprint this machine's ({@code MachineFingerprint}), 64 hexadecimal digits
     */
    public OfficeLink(String url, OfficeCredentials credentials, String fingerprint) {
        this.url = Objects.requireNonNull(url, "url");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
    }

    public OfficeCredentials credentials() {
        return credentials;
    }

    /**
     * Whether {@code url} asks for TLS with the server's certificate checked against a trusted CA and its host name
     * ({@code sslmode=verify-full}); anything less lets a machine in the middle pose as the office.
     */
    static boolean verifiesServer(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return false;
        }
        for (String parameter : url.substring(query + 1).split("&")) {
            if (parameter.equals("sslmode=verify-full")) {
                return true;
            }
        }
        return false;
    }

    /** Whether this link's URL asks for {@code sslmode=verify-full}. */
    boolean verifiesServer() {
        return verifiesServer(url);
    }

    /** A connection in a transaction of its own (auto-commit off), its machine's claim made. */
    public Connection open() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", credentials.user());
        properties.setProperty("password", credentials.password());
        properties.setProperty("reWriteBatchedInserts", "true");
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT));
        properties.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT));
        properties.setProperty("ApplicationName", "tillpoint " + credentials.store() + "/" + credentials.terminal());
        Connection connection = DriverManager.getConnection(url, properties);
        try {
            String claim;
            try (PreparedStatement select = connection.prepareStatement("SELECT office.claim(?)")) {
                select.setString(1, fingerprint);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    claim = row.getString(1);
                }
            }
            if ("refused".equals(claim)) {
                throw new OfficeRefusedException("Terminal " + credentials.terminal() + " of store "
                        + credentials.store() + " is registered to another machine: the office refuses this one. Two"
                        + " terminals share one id; give this one its own (tillpoint office register).");
            }
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }
}
