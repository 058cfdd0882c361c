package app.tillpoint.kiosk.store;

import app.tillpoint.api.DatabaseFaultException;
import app.tillpoint.api.DatabaseFaultException.Fault;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/** Builds a real SQLite file in a temp folder: {@code TestDatabase.in(tempDir).atVersion(1).open()}. */
public final class TestDatabase {
    private final Path file;
    private int version = Migration.bundled().size();
    private Duration busyWait = Database.BUSY_WAIT;

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

    /** Waits this long for another program's write lock, instead of the kiosk's {@link Database#BUSY_WAIT}. */
    public TestDatabase busyWait(Duration wait) {
        this.busyWait = wait;
        return this;
    }

    public Path file() {
        return file;
    }

    public Database open() {
        return Database.open(file, Migration.bundled().subList(0, version), busyWait);
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

    /**
     * Another program's write lock on {@code file}, held until closed, as an administrator's {@code sqlite3} holds it
     * after {@code BEGIN IMMEDIATE}: a second connection of its own.
     */
    public static WriteLock holdWriteLock(Path file) throws SQLException {
        Connection other = raw(file);
        try (Statement statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            other.close();
            throw e;
        }
        return new WriteLock(other);
    }

    /** A write lock held by another connection; {@link #close} rolls its transaction back and lets it go. */
    public record WriteLock(Connection connection) implements AutoCloseable {
        @Override
        public void close() throws SQLException {
            try (connection; Statement statement = connection.createStatement()) {
                statement.execute("ROLLBACK");
            }
        }
    }

    /**
     * Makes the connection of {@code database} read-only ({@code PRAGMA query_only}), which SQLite answers as it answers
     * a file that may not be written: SQLITE_READONLY. Unlike chmod, it holds for root too. A connection opened afresh
     * (as the store does after such a fault) can write again.
     */
    public static void readOnly(Database database) {
        database.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA query_only = 1");
            }
            return null;
        });
    }

    /**
     * Makes the database of {@code database} full, as a full disk makes it: its size capped at what it has now
     * ({@code PRAGMA max_page_count}, on its own connection) and every free page taken by a table of filler, so that
     * whatever needs a new page is refused with SQLITE_FULL. Something small may still fit into a page's free room.
     */
    public static void fill(Database database) {
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS test_filler (x BLOB)");
            }
            return null;
        });
        database.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                long pages;
                try (ResultSet row = statement.executeQuery("PRAGMA page_count")) {
                    row.next();
                    pages = row.getLong(1);
                }
                statement.execute("PRAGMA max_page_count = " + pages);
            }
            return null;
        });
        for (int i = 0; i < 10_000; i++) {
            try {
                database.inTransaction(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("INSERT INTO test_filler VALUES (zeroblob(2000))");
                    }
                    return null;
                });
            } catch (StoreException e) {
                if (e.getCause() instanceof DatabaseFaultException fault && fault.fault() == Fault.FULL) {
                    return;
                }
                throw e;
            }
        }
        throw new IllegalStateException("The database did not fill up");
    }

    /** Gives the database of {@code database} room again, as freeing the disk does. */
    public static void makeRoom(Database database) {
        database.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA max_page_count = 1073741823");
            }
            return null;
        });
    }
}
