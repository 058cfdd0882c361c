package app.tillpoint.kiosk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Builds a real SQLite file in a temp folder: {@code TestDatabase.in(tempDir).atVersion(1).open()}. */
public final class TestDatabase {
    private final Path file;
    private int version = Migration.bundled().size();

    private TestDatabase(Path file) {
        this.file = file;
    }

    /** A database named as the kiosk names it, in {@code dir}. */
    public static TestDatabase in(Path dir) {
        return new TestDatabase(dir.resolve(Database.FILE_NAME));
    }

    /** Migrates only up to {@code version}, to stand for a database written by an older Tillpoint. */
    public TestDatabase atVersion(int version) {
        this.version = version;
        return this;
    }

    public Path file() {
        return file;
    }

    public Database open() {
        return Database.open(file, Migration.bundled().subList(0, version));
    }

    /** A plain JDBC connection to the file, bypassing {@link Database}: for checking and for tampering. */
    public Connection raw() throws SQLException {
        return raw(file);
    }

    public static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    /** The single number {@code sql} selects, through a raw connection. */
    public static long queryLong(Path file, String sql) throws SQLException {
        try (Connection connection = raw(file);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Every text value of {@code tables}, for looking for secrets stored in clear. */
    public static String allText(Path file, List<String> tables) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection connection = raw(file); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            text.append(rows.getString(i)).append('|');
                        }
                        text.append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    /** How many rows {@code table} has, through a raw connection. */
    public long rows(String table) throws SQLException {
        return queryLong(file, "SELECT count(*) FROM " + table);
    }

    /**
     * Adds a TEMP trigger to the connection of {@code database} (TEMP triggers live on one connection) that fails
     * every insert into {@code table} matching {@code when}: to break a transaction half-way.
     */
    public static void failInsertsInto(Database database, String table, String when) {
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TRIGGER fail_" + table + " BEFORE INSERT ON main." + table
                        + " WHEN " + when + " BEGIN SELECT RAISE(ABORT, 'test: no insert into " + table + "'); END");
            }
            return null;
        });
    }
}
