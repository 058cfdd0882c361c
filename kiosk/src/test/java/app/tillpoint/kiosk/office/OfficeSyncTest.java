package app.tillpoint.kiosk.office;

import app.tillpoint.api.SessionEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Facts flow up exactly once and in order, whatever happens to the office on the way. Against a real PostgreSQL. */
@Tag("office")
class OfficeSyncTest {
    @TempDir
    Path dir;

    private static long rows(OfficeAdmin office, String table, String terminal) throws Exception {
        return OfficeTerminal.officeCount(office, "SELECT count(*) FROM office." + table + " WHERE terminal_id = ?", terminal);
    }

    private static void assertExactlyOnce(OfficeAdmin office, String terminal, OfficeTerminal till) throws Exception {
        long sales = till.all().stream().filter(e -> e.kind() == SessionEvent.Kind.SOLD).count();
        long sessions = till.all().stream().filter(e -> e.kind() == SessionEvent.Kind.OPENED).count();
        long moves = till.all().stream().filter(e -> e.kind() == SessionEvent.Kind.CASH_MOVED).count();
        assertThat(rows(office, "events", terminal)).isEqualTo(till.all().size());
        assertThat(rows(office, "sessions", terminal)).isEqualTo(sessions);
        assertThat(rows(office, "orders", terminal)).isEqualTo(sales);
        assertThat(rows(office, "payments", terminal)).isEqualTo(sales);
        assertThat(rows(office, "cash_moves", terminal)).isEqualTo(moves);
        assertThat(OfficeTerminal.officeCount(office, "SELECT coalesce(sum(total), 0) FROM office.orders"
                + " WHERE terminal_id = ?", terminal)).isEqualTo(till.salesTotal());
        assertThat(OfficeTerminal.officeCount(office, "SELECT coalesce(sum(amount), 0) FROM office.order_lines"
                + " WHERE terminal_id = ?", terminal)).isEqualTo(till.salesTotal());
        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.sessions WHERE terminal_id = ?"
                + " AND state = 'OPEN'", terminal)).isZero();
        // In the till's commit order, with no gap: seq 1 … n, each the till's own event id.
        assertThat(OfficeTerminal.officeCount(office, "SELECT max(seq) FROM office.events WHERE terminal_id = ?", terminal))
                .isEqualTo(till.all().size());
        assertThat(OfficeTerminal.officeCount(office, "SELECT last_seq FROM office.terminals WHERE terminal_id = ?",
                terminal)).isEqualTo(till.all().size());
    }

    @Test
    void twoTerminalsSellWhileTheOfficeIsDownThenCatchUpEveryFactOnce() throws Exception {
        OfficeCluster cluster = OfficeCluster.shared();
        OfficeAdmin office = cluster.newOffice();
        office.migrate();
        OfficeCredentials first = office.register("SYNC", "Chennai", "Asia/Kolkata", "T01");
        OfficeCredentials second = office.register("SYNC", "Chennai", "Asia/Kolkata", "T02");
        try (OfficeTerminal one = new OfficeTerminal(dir.resolve("one"), office.url(), first);
             OfficeTerminal two = new OfficeTerminal(dir.resolve("two"), office.url(), second)) {
            cluster.stop();
            try {
                one.sender.start();
                two.sender.start();
                // A week of selling with the office down: the till never waits for it.
                for (int day = 0; day < 7; day++) {
                    Instant started = Instant.now();
                    one.day(12);
                    two.day(9);
                    assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(5));
                }
                waitFor(() -> one.sender.status().state() == OfficeSender.State.OFFLINE);
                assertThat(one.sender.status().problemSince()).isPresent();
                assertThat(one.sender.waiting()).isEqualTo(one.all().size());
            } finally {
                cluster.start();
            }
            waitFor(() -> one.sender.waiting() == 0 && two.sender.waiting() == 0);
            waitFor(() -> one.sender.status().state() == OfficeSender.State.SYNCED);
            assertExactlyOnce(office, "T01", one);
            assertExactlyOnce(office, "T02", two);

            // Everything sent again (a mark lost): nothing is doubled.
            one.sender.close();
            one.forgetMark();
            one.catchUp();
            assertExactlyOnce(office, "T01", one);
        }
    }

    @Test
    void theServerStoppedMidBatchLosesNothingAndDoublesNothing() throws Exception {
        OfficeCluster cluster = OfficeCluster.shared();
        OfficeAdmin office = cluster.newOffice();
        office.migrate();
        OfficeCredentials credentials = office.register("MID", "Mumbai", "Asia/Kolkata", "T01");
        AtomicBoolean stopOnce = new AtomicBoolean(true);
        AtomicBoolean failAfterCommitOnce = new AtomicBoolean(false);
        OfficeSender.Hooks hooks = new OfficeSender.Hooks() {
            @Override
            public void beforeCommit(Connection connection) throws SQLException {
                if (stopOnce.getAndSet(false)) {
                    try {
                        cluster.stop();
                    } catch (Exception e) {
                        throw new SQLException(e);
                    }
                }
            }

            @Override
            public void afterCommit() {
                if (failAfterCommitOnce.getAndSet(false)) {
                    throw new IllegalStateException("cut off after the commit, before the mark moved");
                }
            }
        };
        try (OfficeTerminal till = new OfficeTerminal(dir, office.url(), credentials, hooks)) {
            till.day(30);
            try {
                // The whole batch was written, then the server went away before the commit: none of it counts.
                assertThatThrownBy(till.sender::sendOnce).isInstanceOf(SQLException.class);
                assertThat(till.sender.waiting()).isEqualTo(till.all().size());
            } finally {
                cluster.start();
            }
            assertThat(rows(office, "events", "T01")).isZero();
            assertThat(rows(office, "orders", "T01")).isZero();

            // Committed, but the till did not hear it: the batch is sent again and inserts nothing twice.
            failAfterCommitOnce.set(true);
            assertThatThrownBy(till.sender::sendOnce).isInstanceOf(IllegalStateException.class);
            assertThat(rows(office, "events", "T01")).isEqualTo(Math.min(OfficeTerminal.QUICK.batchSize(), till.all().size()));
            assertThat(till.sender.waiting()).isEqualTo(till.all().size());
            till.day(5);
            till.catchUp();
            assertExactlyOnce(office, "T01", till);
        }
    }

    @Test
    void theSenderKilledWithSigkillMidBatchLosesNothingAndDoublesNothing() throws Exception {
        OfficeCluster cluster = OfficeCluster.shared();
        OfficeAdmin office = cluster.newOffice();
        office.migrate();
        OfficeCredentials credentials = office.register("KILL", "Pune", "Asia/Kolkata", "T01");
        Path login = dir.resolve("t01.credentials");
        credentials.write(login);
        Path folder = dir.resolve("till");
        try (OfficeTerminal till = new OfficeTerminal(folder, office.url(), credentials)) {
            for (int day = 0; day < 3; day++) {
                till.day(40);
            }
            int total = till.all().size();
            // The sender alone in a child JVM, 20 events a batch, each held a moment before its commit.
            Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                    System.getProperty("java.class.path"), OfficeSenderProcess.class.getName(), folder.toString(),
                    office.url(), login.toString()).redirectErrorStream(true).start();
            try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                int batches = 0;
                for (String line = out.readLine(); line != null && batches < 2; line = out.readLine()) {
                    if (line.startsWith("SENT ")) {
                        batches++;
                    }
                }
                assertThat(batches).isEqualTo(2);
            } finally {
                // SIGKILL: inside the third batch, no close, no mark written for it.
                child.destroyForcibly();
                assertThat(child.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            }
            assertThat(rows(office, "events", "T01")).isBetween(40L, total - 1L);

            // The next start of the same till (its folder, its key: the same machine) sends the rest.
            till.catchUp();
            assertExactlyOnce(office, "T01", till);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached in 60 s");
            }
            Thread.sleep(50);
        }
    }
}
