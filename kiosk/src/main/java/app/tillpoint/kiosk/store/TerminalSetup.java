package app.tillpoint.kiosk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * How this data folder was set up, kept in the database's {@code meta} table and written in the same transaction as
 * what set it up: {@value #DEMO} (the demo cashiers and catalog, from {@code --demo}) or {@value #TERMINAL} (a real
 * terminal's first head cashier, from the first-run screen). A start decides what to do from this and the cashiers
 * the database holds, never from which files exist, so that a start cut short is simply done again.
 */
public final class TerminalSetup {
    public static final String DEMO = "demo";
    public static final String TERMINAL = "terminal";
    private static final String KEY = "setup";

    /** What a start must do first. */
    public enum Next {
        /** The terminal has cashiers: start as usual. */
        READY,
        /** A fresh folder started with {@code --demo}: add the demo cashiers and catalog, in one transaction. */
        SEED_DEMO,
        /** A fresh real terminal: the first-run screen asks for its first head cashier before anything else. */
        FIRST_RUN
    }

    private TerminalSetup() {
    }

    /** What a start of {@code database} must do first, with or without {@code --demo}. */
    public static Next next(Database database, boolean demo) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM cashiers");
                 ResultSet row = select.executeQuery()) {
                row.next();
                if (row.getInt(1) > 0) {
                    return Next.READY;
                }
            }
            return demo ? Next.SEED_DEMO : Next.FIRST_RUN;
        });
    }

    /** How the folder was set up, if it says. */
    public static Optional<String> of(Database database) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                select.setString(1, KEY);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getString("value")) : Optional.empty();
                }
            }
        });
    }

    /** Records how the folder was set up, in the caller's transaction. */
    static void mark(Connection connection, String how) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
            insert.setString(1, KEY);
            insert.setString(2, how);
            insert.executeUpdate();
        }
    }
}
