package app.tillpoint.kiosk.office;

import app.tillpoint.api.SessionEvent;
import app.tillpoint.kiosk.store.AuditEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The terminal's audit rows up to the office: each exactly once, in the terminal's commit order, beside the outbox's
 * events but never among them; the office's row-level security over them. Against a real PostgreSQL.
 */
@Tag("office")
class OfficeAuditTest {
    private static OfficeAdmin office;

    @TempDir
    Path dir;

    @BeforeAll
    static void office() throws Exception {
        office = OfficeCluster.shared().newOffice();
        office.migrate();
    }

    /** The office's audit rows of {@code terminal}: "id event detail hash", in id order. */
    private static List<String> officeAudit(String store, String terminal) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = office.connect();
             PreparedStatement select = connection.prepareStatement("SELECT audit_id, event, detail, hash"
                     + " FROM office.audit WHERE store_id = ? AND terminal_id = ? ORDER BY audit_id")) {
            select.setString(1, store);
            select.setString(2, terminal);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getLong(1) + " " + row.getString(2) + " " + row.getString(3) + " "
                            + row.getString(4));
                }
            }
        }
        return rows;
    }

    /** The till's own audit, the same way. */
    private static List<String> tillAudit(OfficeTerminal till) {
        till.till.audit.flush();
        List<String> rows = new ArrayList<>();
        List<AuditEvent> recent = new ArrayList<>(till.till.audit.recent(Integer.MAX_VALUE));
        recent.sort(Comparator.comparingLong(AuditEvent::id));
        List<String> hashes = till.marks.auditAfter(0, Integer.MAX_VALUE).stream().map(r -> r.hash()).toList();
        for (int i = 0; i < recent.size(); i++) {
            AuditEvent row = recent.get(i);
            rows.add(row.id() + " " + row.event() + " " + row.detail() + " " + hashes.get(i));
        }
        return rows;
    }

    @Test
    void everyAuditRowArrivesOnceInCommitOrderAndNeverAsAnEvent() throws Exception {
        OfficeCredentials credentials = office.register("AUD", "Chennai", "Asia/Kolkata", "T01");
        AtomicBoolean failAfterCommit = new AtomicBoolean(false);
        OfficeSender.Hooks hooks = new OfficeSender.Hooks() {
            @Override
            public void afterCommit() {
                if (failAfterCommit.getAndSet(false)) {
                    throw new IllegalStateException("cut off after the commit, before the mark moved");
                }
            }
        };
        try (OfficeTerminal till = new OfficeTerminal(dir, office.url(), credentials, hooks)) {
            for (int day = 0; day < 3; day++) {
                till.day(4);
                for (int i = 0; i < 30; i++) {
                    till.till.audit.record("drawer.kick", "Drawer opened " + day + "/" + i);
                }
            }
            List<String> local = tillAudit(till);
            assertThat(local).hasSizeGreaterThan(OfficeTerminal.QUICK.batchSize() * 2);
            int events = till.all().size();
            assertThat(till.marks.auditWaiting()).isEqualTo(local.size());

            till.catchUp();
            assertThat(officeAudit("AUD", "T01")).containsExactlyElementsOf(local);
            assertThat(till.marks.auditWaiting()).isZero();
            // The events are the four kinds of money, as many as before: a listener hears no audit row.
            assertThat(till.all()).hasSize(events).allSatisfy(event -> assertThat(EnumSet.allOf(
                    SessionEvent.Kind.class)).contains(event.kind()));
            assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.events WHERE store_id = ?",
                    "AUD")).isEqualTo(events);

            // Committed but not heard (the mark did not move): sent again, nothing doubled.
            till.till.audit.record("login.failed", "Wrong PIN for Asha");
            till.till.audit.flush();
            failAfterCommit.set(true);
            assertThatThrownBy(till.sender::sendOnce).isInstanceOf(IllegalStateException.class);
            assertThat(till.marks.auditWaiting()).isEqualTo(1);
            till.catchUp();
            // The mark lost altogether: the whole audit sent again, nothing doubled.
            till.till.database.inTransaction(connection -> {
                try (Statement update = connection.createStatement()) {
                    return update.executeUpdate("UPDATE meta SET value = '0' WHERE key = 'office.audit_sent'");
                }
            });
            assertThat(till.marks.auditSent()).isZero();
            till.catchUp();
            assertThat(officeAudit("AUD", "T01")).containsExactlyElementsOf(tillAudit(till));
        }
    }

    @Test
    void aBatchThatWouldLeaveAGapIsRefused() throws Exception {
        OfficeCredentials credentials = office.register("AUD-GAP", "Gap", "UTC", "T01");
        try (OfficeTerminal till = new OfficeTerminal(dir, office.url(), credentials);
             Connection connection = till.link.open();
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("SELECT office.receive_audit(3, 5)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("would leave a gap after 0");
            connection.rollback();
            assertThatThrownBy(() -> statement.execute("SELECT office.receive_audit(5, 3)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("empty or reversed");
        }
        assertThat(officeAudit("AUD-GAP", "T01")).isEmpty();
    }

    private static final String INSERT = "INSERT INTO office.audit (store_id, terminal_id, audit_id, at, event,"
            + " detail, hash) VALUES (?, ?, 1, now(), 'login.failed', 'forged', repeat('a', 64))";

    @Test
    void rowLevelSecurityHoldsOnTheAudit() throws Exception {
        OfficeCredentials chennai1 = office.register("AUD-CHN", "Chennai", "Asia/Kolkata", "T01");
        OfficeCredentials chennai2 = office.register("AUD-CHN", "Chennai", "Asia/Kolkata", "T02");
        OfficeCredentials mumbai1 = office.register("AUD-MUM", "Mumbai", "Asia/Kolkata", "T01");
        try (OfficeTerminal mumbai = new OfficeTerminal(dir.resolve("mumbai"), office.url(), mumbai1)) {
            mumbai.day(1);
            mumbai.catchUp();
        }
        long mumbaiRows = officeAudit("AUD-MUM", "T01").size();
        assertThat(mumbaiRows).isPositive();
        try (OfficeTerminal t01 = new OfficeTerminal(dir.resolve("chennai"), office.url(), chennai1);
             Connection connection = t01.link.open();
             Statement statement = connection.createStatement()) {
            // Another terminal's row, of its own store or another's: refused by the database.
            for (String[] key : new String[][] {{chennai2.store(), chennai2.terminal()}, {"AUD-MUM", "T01"}}) {
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    insert.setString(1, key[0]);
                    insert.setString(2, key[1]);
                    assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                            .hasMessageContaining("row-level security");
                }
                connection.rollback();
            }
            // Another store's audit is not there for it; nor may it change or remove a row.
            try (ResultSet row = statement.executeQuery("SELECT count(*) FROM office.audit WHERE store_id = 'AUD-MUM'")) {
                row.next();
                assertThat(row.getLong(1)).isZero();
            }
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE office.audit SET detail = 'x'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            connection.rollback();
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM office.audit"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            connection.rollback();
        }
        assertThat(officeAudit("AUD-CHN", "T02")).isEmpty();
        assertThat(officeAudit("AUD-MUM", "T01")).hasSize((int) mumbaiRows);
        // A reporting tool's login (tillpoint_reader) reads every store's audit, and changes none.
        try (Connection owner = office.connect(); Statement statement = owner.createStatement()) {
            statement.execute("CREATE ROLE aud_reporting LOGIN PASSWORD 'reporting-test' IN ROLE tillpoint_reader");
        }
        try (Connection reporting = DriverManager.getConnection(office.url(), "aud_reporting", "reporting-test");
             Statement statement = reporting.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT count(*) FROM office.audit WHERE store_id = 'AUD-MUM'")) {
                row.next();
                assertThat(row.getLong(1)).isEqualTo(mumbaiRows);
            }
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM office.audit"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }
}
