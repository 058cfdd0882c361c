package app.tillpoint.kiosk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void opensWithTheJournalAndSafetySettingsOfTheDesign() {
        try (Database database = TestDatabase.in(dir).open()) {
            assertThat(pragma(database, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(database, "synchronous")).isEqualTo("2");
            assertThat(pragma(database, "foreign_keys")).isEqualTo("1");
            assertThat(Integer.parseInt(pragma(database, "busy_timeout"))).isPositive();
        }
    }

    @Test
    void migratesAnEmptyDatabaseToTheLatestVersionWithoutABackup() throws SQLException {
        TestDatabase test = TestDatabase.in(dir);
        try (Database database = test.open()) {
            assertThat(database.schemaVersion()).isEqualTo(Migration.bundled().size()).isGreaterThanOrEqualTo(2);
        }
        assertThat(tables(test.file())).contains("cashiers", "sessions", "cash_counts", "cash_count_lines",
                "cash_moves", "audit_events", "meta");
        assertThat(backups()).isEmpty();
    }

    @Test
    void migratesThePreviousVersionKeepingItsDataAndTakingACopyFirst() throws SQLException {
        TestDatabase test = TestDatabase.in(dir).atVersion(1);
        try (Database v1 = test.open()) {
            assertThat(v1.schemaVersion()).isEqualTo(1);
            v1.inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("INSERT INTO cashiers (name, role, created_at) VALUES ('Asha', 'CASHIER', 0)");
                    statement.execute("INSERT INTO sessions (terminal_id, state, opened_at, opened_by, opening_cash,"
                            + " opening_currency) VALUES ('T1', 'OPEN', 5, 1, 134050, 'INR')");
                }
                return null;
            });
        }

        try (Database latest = TestDatabase.in(dir).open()) {
            assertThat(latest.schemaVersion()).isEqualTo(Migration.bundled().size());
        }

        Path file = test.file();
        assertThat(TestDatabase.queryLong(file, "SELECT opening_cash FROM sessions WHERE terminal_id = 'T1'"))
                .isEqualTo(134050);
        assertThat(TestDatabase.queryLong(file, "SELECT wrong_pins FROM cashiers WHERE name = 'Asha'")).isZero();
        Path backup = dir.resolve("tillpoint.db.v1.bak");
        assertThat(backups()).containsExactly(backup);
        assertThat(TestDatabase.queryLong(backup, "PRAGMA user_version")).isEqualTo(1);
        assertThat(TestDatabase.queryLong(backup, "SELECT count(*) FROM sessions")).isEqualTo(1);
    }

    @Test
    void neverOverwritesAnOlderBackup() throws Exception {
        TestDatabase.in(dir).atVersion(1).open().close();
        Files.writeString(dir.resolve("tillpoint.db.v1.bak"), "an older copy");

        TestDatabase.in(dir).open().close();

        assertThat(Files.readString(dir.resolve("tillpoint.db.v1.bak"))).isEqualTo("an older copy");
        assertThat(dir.resolve("tillpoint.db.v1-2.bak")).exists();
    }

    @Test
    void refusesADatabaseNewerThanTheCode() throws SQLException {
        TestDatabase test = TestDatabase.in(dir);
        test.open().close();
        try (Connection raw = test.raw(); Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA user_version = 99");
        }

        assertThatThrownBy(test::open)
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99")
                .hasMessageContaining("knows versions up to " + Migration.bundled().size() + ".");
    }

    @Test
    void refusesAFileThatIsNotATillpointDatabase() throws SQLException {
        TestDatabase test = TestDatabase.in(dir);
        try (Connection raw = test.raw(); Statement statement = raw.createStatement()) {
            statement.execute("CREATE TABLE customers (id INTEGER)");
        }

        assertThatThrownBy(test::open).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a Tillpoint database");
    }

    @Test
    void aFailingMigrationLeavesTheDatabaseAtTheLastGoodVersion() throws SQLException {
        Path file = dir.resolve(Database.FILE_NAME);
        List<Migration> broken = new ArrayList<>(Migration.bundled());
        int next = broken.size() + 1;
        broken.add(Migration.fromSql(next, "V" + next + "__broken.sql", """
                CREATE TABLE half_done (id INTEGER);
                INSERT INTO no_such_table VALUES (1);
                """));

        assertThatThrownBy(() -> Database.open(file, broken))
                .isInstanceOf(StoreException.class).hasMessageContaining("V" + next + "__broken.sql");

        assertThat(TestDatabase.queryLong(file, "PRAGMA user_version")).isEqualTo(next - 1);
        assertThat(tables(file)).doesNotContain("half_done");
    }

    @Test
    void aTransactionCommitsAllOrNothing() {
        try (Database database = TestDatabase.in(dir).open()) {
            assertThatThrownBy(() -> database.inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("INSERT INTO meta (key, value) VALUES ('a', '1')");
                    statement.execute("INSERT INTO meta (key, value) VALUES ('a', '2')");
                }
                return null;
            })).isInstanceOf(StoreException.class);

            long rows = database.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM meta WHERE key = 'a'");
                     ResultSet row = select.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            });
            assertThat(rows).isZero();
        }
    }

    @Test
    void aSecondProcessWaitsForTheWriteLockInsteadOfFailing() throws Exception {
        try (Database kiosk = TestDatabase.in(dir).open(); Database admin = TestDatabase.in(dir).open()) {
            java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
            Thread writer = new Thread(() -> kiosk.inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("INSERT INTO meta (key, value) VALUES ('kiosk', '1')");
                }
                holding.countDown();
                sleep(300);
                return null;
            }));
            writer.start();
            holding.await();

            admin.inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.executeUpdate("INSERT INTO meta (key, value) VALUES ('admin', '1')");
                }
            });
            writer.join();

            assertThat(TestDatabase.queryLong(kiosk.file(), "SELECT count(*) FROM meta WHERE key IN ('kiosk', 'admin')"))
                    .isEqualTo(2);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void theAuditIsAppendOnly() {
        try (Database database = TestDatabase.in(dir).open()) {
            database.inTransaction(connection -> {
                database.audit(connection, java.time.Instant.EPOCH, "test", "kept", null);
                return null;
            });
            assertThatThrownBy(() -> database.inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.executeUpdate("DELETE FROM audit_events");
                }
            })).hasMessageContaining("append-only");
        }
    }

    @Test
    void splitsMigrationsIntoStatementsKeepingTriggersWhole() {
        List<String> statements = Migration.split("""
                -- a comment
                CREATE TABLE a (id INTEGER);

                CREATE TRIGGER t BEFORE DELETE ON a
                BEGIN
                    SELECT RAISE(ABORT, 'no');
                END;
                INSERT INTO a VALUES (1);
                """);

        assertThat(statements).hasSize(3);
        assertThat(statements.get(1)).startsWith("CREATE TRIGGER").endsWith("END;");
    }

    private static String pragma(Database database, String name) {
        return database.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("PRAGMA " + name)) {
                row.next();
                return row.getString(1);
            }
        });
    }

    private static List<String> tables(Path file) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection raw = TestDatabase.raw(file); Statement statement = raw.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_schema WHERE type = 'table'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private List<Path> backups() {
        try (var files = Files.list(dir)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".bak")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
