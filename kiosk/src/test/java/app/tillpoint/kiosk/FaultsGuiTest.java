package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.store.Database;
import app.tillpoint.kiosk.store.TestDatabase;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.PAY_CONFIRM;
import static app.tillpoint.api.ui.Names.PAY_MESSAGE;
import static app.tillpoint.api.ui.Names.PAY_QUICK_PREFIX;
import static app.tillpoint.api.ui.Names.product;
import static org.assertj.core.api.Assertions.assertThat;

/** Faults a till meets while it runs, walked through the real kiosk and its SQLite file. */
@GuiTest
class FaultsGuiTest {
    @TempDir
    Path dataDir;

    @Test
    void anAdministratorsSqlite3HoldingTheDatabaseMakesTheSaleWaitThenSaySoAndKeepTheCart() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            Walks.openCountingFiveHundred(kiosk);
            kiosk.tap(product(productId(kiosk, "Masala chai")));
            kiosk.waitForText(CART_TOTAL, "₹20.00");
            kiosk.tap(PAY_CASH);
            kiosk.tap(PAY_QUICK_PREFIX + 2000);

            long waited;
            AdminLock admin = AdminLock.hold(dataDir.resolve(Database.FILE_NAME));
            try {
                long started = System.nanoTime();
                kiosk.tap(PAY_CONFIRM);
                kiosk.waitUntil(PAY_MESSAGE, text -> text.startsWith("The till's database is busy"));
                waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                assertThat(kiosk.text(PAY_MESSAGE)).isEqualTo("The till's database is busy (another program holds "
                        + "it): the sale was not stored; try again. The cart is kept.");
                assertThat(kiosk.text(CART_TOTAL)).isEqualTo("₹20.00");
                assertThat(kiosk.count("SELECT count(*) FROM orders")).isZero();
            } finally {
                admin.release();
            }
            assertThat(waited).as("waited for the lock up to the bound").isGreaterThanOrEqualTo(4_500);

            kiosk.tap(PAY_CONFIRM);
            kiosk.waitForText(CART_TOTAL, "₹0.00");
            assertThat(kiosk.count("SELECT count(*) FROM orders")).isEqualTo(1);
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'selling.sale.notStored'");
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'sale.cash'");
        }
    }

    @Test
    void theLogFolderRemovedUnderARunningKioskStopsNoSaleAndTheLogComesBack() throws Exception {
        Path log = dataDir.resolve("logs").resolve(LogFile.NAME);
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            Walks.openCountingFiveHundred(kiosk);
            sellChai(kiosk);
            assertThat(Files.readString(log)).contains("Order 1 of");

            deleteTree(dataDir.resolve("logs"));
            sellChai(kiosk);
            sellChai(kiosk);

            assertThat(kiosk.count("SELECT count(*) FROM orders")).isEqualTo(3);
            assertThat(Files.readString(log)).contains("Order 2 of", "Order 3 of");
        }
    }


    private static void sellChai(TestKiosk kiosk) throws SQLException {
        long before = kiosk.count("SELECT count(*) FROM orders");
        kiosk.tap(product(productId(kiosk, "Masala chai")));
        kiosk.waitForText(CART_TOTAL, "₹20.00");
        kiosk.tap(PAY_CASH);
        kiosk.tap(PAY_QUICK_PREFIX + 2000);
        kiosk.tap(PAY_CONFIRM);
        kiosk.waitForText(CART_TOTAL, "₹0.00");
        kiosk.awaitCount(before + 1, "SELECT count(*) FROM orders");
    }

    private static long productId(TestKiosk kiosk, String name) throws SQLException {
        return kiosk.count("SELECT id FROM products WHERE name = ? AND active = 1", name);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * An administrator's {@code sqlite3} in {@code BEGIN IMMEDIATE} on the kiosk's database, a child process holding
     * the write lock until released; where no sqlite3 is installed, a second connection of this process stands in.
     */
    private static final class AdminLock {
        private final Process sqlite3;
        private final TestDatabase.WriteLock connection;

        private AdminLock(Process sqlite3, TestDatabase.WriteLock connection) {
            this.sqlite3 = sqlite3;
            this.connection = connection;
        }

        static AdminLock hold(Path database) throws Exception {
            if (!onPath("sqlite3")) {
                return new AdminLock(null, TestDatabase.holdWriteLock(database));
            }
            Process process = new ProcessBuilder("sqlite3", database.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            AdminLock lock = new AdminLock(process, null);
            lock.send(".timeout 5000\nBEGIN IMMEDIATE;\n");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!locked(database)) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    lock.release();
                    throw new IllegalStateException("sqlite3 did not take the write lock");
                }
                Thread.sleep(50);
            }
            return lock;
        }

        private void send(String lines) throws IOException {
            OutputStream in = sqlite3.getOutputStream();
            in.write(lines.getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        /** Whether someone holds the write lock: a connection that does not wait is refused it. */
        private static boolean locked(Path database) throws SQLException {
            try (Connection probe = TestDatabase.raw(database); Statement statement = probe.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 0");
                try {
                    statement.execute("BEGIN IMMEDIATE");
                    statement.execute("ROLLBACK");
                    return false;
                } catch (SQLException busy) {
                    return true;
                }
            }
        }

        private static boolean onPath(String command) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(folder, command))) {
                    return true;
                }
            }
            return false;
        }

        void release() throws SQLException, InterruptedException {
            if (connection != null) {
                connection.close();
                return;
            }
            try {
                send("ROLLBACK;\n.quit\n");
                sqlite3.getOutputStream().close();
            } catch (IOException e) {
                // It is gone already.
            }
            if (!sqlite3.waitFor(10, TimeUnit.SECONDS)) {
                sqlite3.destroyForcibly();
            }
        }
    }
}
