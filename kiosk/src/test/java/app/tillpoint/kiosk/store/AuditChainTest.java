package app.tillpoint.kiosk.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit's hash chain against someone who edits the database file after dropping its triggers: a changed, removed
 * or inserted row is found and named. Without the terminal's key the chain cannot be rewritten to hide it.
 */
class AuditChainTest {

    @TempDir
    Path dir;

    private Database withRows(int rows) {
        Database database = TestDatabase.in(dir).open();
        for (int i = 1; i <= rows; i++) {
            int n = i;
            database.inTransaction(connection -> {
                database.audit(connection, Instant.ofEpochMilli(n), "test.event", "row " + n, null);
                return null;
            });
        }
        return database;
    }

    private void tamper(String... statements) throws Exception {
        try (Connection raw = TestDatabase.raw(dir.resolve(Database.FILE_NAME)); Statement sql = raw.createStatement()) {
            sql.execute("DROP TRIGGER audit_events_no_update");
            sql.execute("DROP TRIGGER audit_events_no_delete");
            sql.execute("DROP TRIGGER audit_events_chained");
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    @Test
    void anUntouchedAuditIsIntact() {
        try (Database database = withRows(5)) {
            AuditChain.Verdict verdict = database.verifyAudit();
            assertThat(verdict.intact()).isTrue();
            assertThat(verdict.rows()).isEqualTo(5);
            assertThat(verdict.finding()).isEqualTo("intact");
        }
    }

    @Test
    void aChangedRowIsNamed() throws Exception {
        withRows(5).close();
        tamper("UPDATE audit_events SET detail = 'nothing to see' WHERE id = 3");
        try (Database database = TestDatabase.in(dir).open()) {
            AuditChain.Verdict verdict = database.verifyAudit();
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.brokenRow()).isEqualTo(3);
            assertThat(verdict.finding()).contains("row 3 was changed");
        }
    }

    @Test
    void aRemovedRowIsNamed() throws Exception {
        withRows(5).close();
        tamper("DELETE FROM audit_events WHERE id = 2");
        try (Database database = TestDatabase.in(dir).open()) {
            AuditChain.Verdict verdict = database.verifyAudit();
            assertThat(verdict.brokenRow()).isEqualTo(3);
            assertThat(verdict.finding()).contains("rows 2 to 2 were removed");
        }
    }

    @Test
    void aRowInsertedWithoutTheKeyIsNamedEvenWithItsNeighboursHashCopied() throws Exception {
        withRows(3).close();
        tamper("UPDATE audit_events SET id = id + 1 WHERE id = 3",
                "INSERT INTO audit_events (id, at, event, detail, prev_hash, hash) SELECT 3, 2, 'cash.out', "
                        + "'approved', hash, hash FROM audit_events WHERE id = 2");
        try (Database database = TestDatabase.in(dir).open()) {
            AuditChain.Verdict verdict = database.verifyAudit();
            assertThat(verdict.brokenRow()).isEqualTo(3);
        }
    }

    @Test
    void theTerminalKeyIsMadeOnceAndReadableByTheOwnerAndGroupOnly() throws Exception {
        withRows(1).close();
        Path key = dir.resolve(TerminalKey.FILE_NAME);
        String first = Files.readString(key);
        withRows(0).close();
        assertThat(Files.readString(key)).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-r-----");
    }
}
