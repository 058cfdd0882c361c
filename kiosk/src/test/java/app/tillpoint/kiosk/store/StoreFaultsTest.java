package app.tillpoint.kiosk.store;

import app.tillpoint.api.DatabaseFaultException;
import app.tillpoint.api.DatabaseFaultException.Fault;
import app.tillpoint.api.flow.Failures;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.ClosingCountRequest;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.session.SessionState;
import app.tillpoint.api.session.SessionSummary;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static app.tillpoint.kiosk.store.TestTill.INR;
import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The faults a till meets, walked on a real SQLite file: another program holding the write lock, a database that may
 * not be written, a full disk, the file gone. Each money action is refused with the cashier's message and leaves
 * nothing half-stored; the same action once the fault is gone stores it once.
 */
class StoreFaultsTest {
    private static final Duration SHORT_WAIT = Duration.ofMillis(200);
    private static final List<String> MONEY_TABLES = List.of("sessions", "orders", "order_lines", "order_payments",
            "cash_moves", "cash_counts", "cash_count_lines", "audit_events");

    @TempDir
    Path dir;

    @Test
    void aSaleWaitsForAnotherProgramsLockUpToTheBoundThenIsRefusedAndStoredOnceAfterwards() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.open(count(2));
            CashSale sale = sale(till);
            Map<String, Long> before = rows(till);
            TestDatabase.WriteLock admin = TestDatabase.holdWriteLock(till.test.file());
            long started = System.nanoTime();
            Throwable refused = catchThrowable(() -> till.sales.sellForCash(sale));
            admin.close();
            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            assertThat(waited).isBetween(Database.BUSY_WAIT.toMillis() - 100, Database.BUSY_WAIT.toMillis() + 3_000);
            assertRefused(refused, Fault.BUSY);
            assertThat(refused).hasMessage("The till's database is busy (another program holds it)");
            assertThat(rows(till)).isEqualTo(before);
            assertThat(till.told).noneMatch(told -> told.startsWith("sold"));

            till.sales.sellForCash(sale);

            assertThat(till.test.rows("orders")).isEqualTo(1);
            assertThat(till.told).filteredOn(told -> told.startsWith("sold")).hasSize(1);
        }
    }

    @Test
    void aLockHeldForLessThanTheBoundIsWaitedOut() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.open(count(2));
            TestDatabase.WriteLock admin = TestDatabase.holdWriteLock(till.test.file());
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(1_000);
                    admin.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();

            till.sales.sellForCash(sale(till));
            release.join();

            assertThat(till.test.rows("orders")).isEqualTo(1);
        }
    }

    @Test
    void underAnotherProgramsLockOpeningCashMoveCountAndClosingAreRefusedAndNothingIsHalfWritten() throws Exception {
        try (TestTill till = TestTill.in(dir).busyWait(SHORT_WAIT).open()) {
            walkEachMoneyAction(till, Fault.BUSY, () -> TestDatabase.holdWriteLock(till.test.file()));
        }
    }

    @Test
    void aDatabaseThatMayNotBeWrittenRefusesEachMoneyActionAndTakesItOnceWritableAgain() throws Exception {
        // PRAGMA query_only: SQLite's own read-only answer, which holds for root, whom chmod does not stop.
        try (TestTill till = TestTill.in(dir).open()) {
            walkEachMoneyAction(till, Fault.READ_ONLY, () -> {
                TestDatabase.readOnly(till.database);
                // Writable again is what the store's connection, opened afresh after the fault, finds.
                return () -> { };
            });
        }
    }

    @Test
    void aDatabaseFileMadeReadOnlyIsRefusedUntilItsPermissionComesBack() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.open(count(2));
        }
        Path file = dir.resolve(Database.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeThat(Files.isWritable(file)).as("running as root, whom chmod does not stop: "
                + "aDatabaseThatMayNotBeWrittenRefusesEachMoneyActionAndTakesItOnceWritableAgain stands for this")
                .isFalse();
        try (TestTill till = TestTill.in(dir).open()) {
            CashSale sale = sale(till);

            assertRefused(catchThrowable(() -> till.sales.sellForCash(sale)), Fault.READ_ONLY);
            assertRefused(catchThrowable(() -> till.sales.sellForCash(sale)), Fault.READ_ONLY);
            assertThat(till.test.rows("orders")).isZero();

            // SQLite made its -wal and -shm files read-only like the database: an administrator gives all three back.
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path part = dir.resolve(Database.FILE_NAME + suffix);
                if (Files.exists(part)) {
                    Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
            till.sales.sellForCash(sale);

            assertThat(till.test.rows("orders")).isEqualTo(1);
        }
    }

    @Test
    void aFullDiskRefusesEachMoneyActionAndTakesItOnceThereIsRoom() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            walkEachMoneyAction(till, Fault.FULL, () -> {
                TestDatabase.fill(till.database);
                return () -> TestDatabase.makeRoom(till.database);
            });
        }
    }

    @Test
    void aFullDiskRefusesTheSaleThatNeedsRoomAfterTheSalesThatFitted() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            long session = till.open(count(2)).id();
            TestDatabase.fill(till.database);

            int sold = 0;
            Throwable refused = null;
            while (refused == null && sold < 500) {
                refused = catchThrowable(() -> till.sell(100, "Masala chai", 2, "Samosa", 1));
                sold += refused == null ? 1 : 0;
            }

            assertRefused(refused, Fault.FULL);
            assertThat(till.test.rows("orders")).isEqualTo(sold);
            assertThat(till.test.rows("order_lines")).isEqualTo(2L * sold);
            assertThat(till.test.rows("order_payments")).isEqualTo(sold);
            assertThat(till.sessions.summary(session).orderCount()).isEqualTo(sold);
            assertThat(till.database.verifyAudit().intact()).isTrue();

            TestDatabase.makeRoom(till.database);
            till.sell(100, "Masala chai", 2, "Samosa", 1);

            assertThat(till.test.rows("orders")).isEqualTo(sold + 1);
        }
    }

    @Test
    void theDatabaseFileGoneRefusesAsADiskErrorCreatesNoEmptyOneAndIsUsedAgainOnceBack() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.open(count(2));
            till.audit.flush();
            Path away = Files.createDirectories(dir.resolve("unplugged"));
            List<String> files = List.of(Database.FILE_NAME, Database.FILE_NAME + "-wal", Database.FILE_NAME + "-shm");
            for (String name : files) {
                Files.move(dir.resolve(name), away.resolve(name));
            }
            CashSale sale = sale(till);

            assertRefused(catchThrowable(() -> till.sales.sellForCash(sale)), Fault.DISK_ERROR);
            assertRefused(catchThrowable(() -> till.sales.sellForCash(sale)), Fault.DISK_ERROR);
            assertThat(dir.resolve(Database.FILE_NAME)).doesNotExist();

            for (String name : files) {
                Files.move(away.resolve(name), dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            }
            till.sales.sellForCash(sale);

            assertThat(till.test.rows("orders")).isEqualTo(1);
            assertThat(till.database.verifyAudit().intact()).isTrue();
        }
    }

    @Test
    void auditEventsRecordedDuringAFaultAreWrittenOnceItIsGone() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            TestDatabase.fill(till.database);
            for (int i = 0; i < 50; i++) {
                till.audit.record("test.duringFault", "event " + i);
            }
            till.audit.flush();
            long written = TestDatabase.queryLong(till.test.file(),
                    "SELECT count(*) FROM audit_events WHERE event = 'test.duringFault'");
            assertThat(written).isLessThan(50);

            TestDatabase.makeRoom(till.database);
            Thread.sleep(SqlAudit.RETRY_AFTER.toMillis() * 3);
            till.audit.flush();

            assertThat(till.audit.recent(50)).extracting(AuditEvent::detail)
                    .containsExactlyElementsOf(java.util.stream.IntStream.iterate(49, i -> i >= 0, i -> i - 1)
                            .mapToObj(i -> "event " + i).toList());
            assertThat(till.database.verifyAudit().intact()).isTrue();
        }
    }

    /** A fault the test brings about, and takes away again by closing what it returns. */
    @FunctionalInterface
    private interface FaultMaker {
        AutoCloseable begin() throws Exception;
    }

    /**
     * Opening, cash move, closing count and closing, each first under the fault (refused, nothing stored, the session
     * as it was), then again once it is gone (stored once). The notes are long, so that each action needs a new page
     * of a full disk; a count has no text, so on a full disk counts are recorded until one needs a new page.
     */
    private void walkEachMoneyAction(TestTill till, Fault expected, FaultMaker fault) throws Exception {
        String note = "Checked twice. ".repeat(1_000);
        CashCount opening = count(2);
        OpeningRequest open = new OpeningRequest(till.asha, opening.total(), Optional.of(opening), note);
        underFault(till, expected, fault, () -> till.sessions.open(open));
        long session = till.sessions.current().orElseThrow().id();
        assertThat(till.told).containsExactly("opened " + session);

        SessionSummary summary = till.sessions.summary(session);
        CashMoveRequest move = new CashMoveRequest(till.asha, CashMove.Direction.IN, rupees(100), note,
                Optional.empty());
        underFault(till, expected, fault, () -> till.sessions.moveCash(move));
        assertThat(till.sessions.summary(session).cashIn()).isEqualTo(summary.cashIn().plus(rupees(100)));
        assertThat(till.told).containsExactly("opened " + session, "cashMoved IN 100.00");

        CashCount counted = count(2, 0, 1);
        ClosingCountRequest recount = new ClosingCountRequest(till.asha, counted, Optional.empty());
        int fitted = 0;
        if (expected == Fault.FULL) {
            AutoCloseable full = fault.begin();
            while (fitted < 500 && catchThrowable(() -> till.sessions.recordClosingCount(recount)) == null) {
                fitted++;
            }
            full.close();
        }
        underFault(till, expected, fault, () -> till.sessions.recordClosingCount(recount));
        assertThat(till.sessions.closingCounts(session)).hasSize(fitted + 1);

        underFault(till, expected, fault,
                () -> till.sessions.close(new ClosingRequest(till.asha, counted, note, Optional.empty())));
        assertThat(till.sessions.session(session).orElseThrow().state()).isEqualTo(SessionState.CLOSED);
        assertThat(till.sessions.lastClosing().orElseThrow().amount()).isEqualTo(counted.total());
        assertThat(till.told).containsExactly("opened " + session, "cashMoved IN 100.00", "closed " + session);
        assertThat(till.database.verifyAudit().intact()).isTrue();
    }

    /** {@code action} refused under the fault, with every money table as it was; then stored after it. */
    private static void underFault(TestTill till, Fault expected, FaultMaker fault, ThrowingCallable action)
            throws Exception {
        till.audit.flush();
        Map<String, Long> before = rows(till);
        List<String> told = List.copyOf(till.told);
        AutoCloseable faulted = fault.begin();
        try {
            assertRefused(catchThrowable(action), expected);
            assertThat(rows(till)).isEqualTo(before);
            assertThat(till.told).isEqualTo(told);
        } finally {
            faulted.close();
        }
        assertThat(catchThrowable(action)).isNull();
    }

    private static void assertRefused(Throwable refused, Fault expected) {
        assertThat(refused).as("refused for a fault").isInstanceOf(StoreException.class);
        DatabaseFaultException fault = Failures.find(refused, DatabaseFaultException.class).orElseThrow();
        assertThat(fault.fault()).isEqualTo(expected);
        assertThat(refused).hasMessage(expected.message());
    }

    private static Map<String, Long> rows(TestTill till) throws Exception {
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        for (String table : MONEY_TABLES) {
            rows.put(table, till.test.rows(table));
        }
        return rows;
    }

    private static CashSale sale(TestTill till) {
        Cart cart = Cart.empty(INR).add(till.product("Masala chai")).add(till.product("Samosa"));
        return new CashSale(till.asha, cart, rupees(100));
    }
}
