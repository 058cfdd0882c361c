package app.tillpoint.kiosk.office;

import app.tillpoint.kiosk.store.OfficeMarks;
import app.tillpoint.kiosk.ui.Texts;
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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The office's walls, walked as an attacker or a misconfigured terminal would: each terminal its own role, row-level
 * security, one claim per terminal id, one open session per terminal. Against a real PostgreSQL.
 */
@Tag("office")
class OfficeSecurityTest {
    private static final Locale EN_IN = Locale.forLanguageTag("en-IN");
    private static OfficeAdmin office;
    private static OfficeCredentials chennai1;
    private static OfficeCredentials chennai2;
    private static OfficeCredentials mumbai1;

    @TempDir
    Path dir;

    @BeforeAll
    static void office() throws Exception {
        office = OfficeCluster.shared().newOffice();
        office.migrate();
        chennai1 = office.register("SEC-CHN", "Chennai", "Asia/Kolkata", "T01");
        chennai2 = office.register("SEC-CHN", "Chennai", "Asia/Kolkata", "T02");
        mumbai1 = office.register("SEC-MUM", "Mumbai", "Asia/Kolkata", "T01");
    }

    private static final String SESSION = "INSERT INTO office.sessions (store_id, terminal_id, session_id, state,"
            + " currency, opened_at, opened_by_id, opened_by, opening_cash, opening_note)"
            + " VALUES (?, ?, ?, 'OPEN', 'INR', now(), 1, 'Asha', 100000, '')";

    private static void insertSession(Connection connection, String store, String terminal, long id)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(SESSION)) {
            insert.setString(1, store);
            insert.setString(2, terminal);
            insert.setLong(3, id);
            insert.executeUpdate();
        }
        connection.commit();
    }

    @Test
    void aTerminalInsertingAnotherTerminalsSessionIsRefusedByTheDatabase() throws Exception {
        try (OfficeTerminal t01 = new OfficeTerminal(dir, office.url(), chennai1);
             Connection connection = t01.link.open()) {
            assertThatThrownBy(() -> insertSession(connection, "SEC-CHN", "T02", 1))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            connection.rollback();
            assertThatThrownBy(() -> insertSession(connection, "SEC-MUM", "T01", 1))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            connection.rollback();
            insertSession(connection, "SEC-CHN", "T01", 901);
        }
        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.sessions WHERE store_id = ?",
                "SEC-MUM")).isZero();
    }

    @Test
    void aTerminalReadsNoOtherStoresOrdersAndNoTableOfTheOffice() throws Exception {
        try (OfficeTerminal mumbai = new OfficeTerminal(dir.resolve("mumbai"), office.url(), mumbai1)) {
            mumbai.day(3);
            mumbai.catchUp();
        }
        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.orders WHERE store_id = ?",
                "SEC-MUM")).isEqualTo(3);
        try (OfficeTerminal t02 = new OfficeTerminal(dir.resolve("chennai"), office.url(), chennai2);
             Connection connection = t02.link.open();
             Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery("SELECT count(*) FROM office.orders")) {
                row.next();
                assertThat(row.getLong(1)).isZero();
            }
            try (ResultSet row = statement.executeQuery("SELECT count(*) FROM office.orders"
                    + " WHERE store_id = 'SEC-MUM'")) {
                row.next();
                assertThat(row.getLong(1)).isZero();
            }
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM office.terminals"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            connection.rollback();
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM office.orders"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            connection.rollback();
            assertThatThrownBy(() -> statement.executeUpdate("ALTER TABLE office.orders DISABLE ROW LEVEL SECURITY"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("owner");
        }
    }

    @Test
    void theSameTerminalIdOnASecondMachineIsRefused() throws Exception {
        OfficeCredentials credentials = office.register("SEC-TWO", "Two machines", "UTC", "T01");
        try (OfficeTerminal first = new OfficeTerminal(dir.resolve("first"), office.url(), credentials);
             OfficeTerminal second = new OfficeTerminal(dir.resolve("second"), office.url(), credentials)) {
            first.day(2);
            first.catchUp();
            second.day(2);
            assertThatThrownBy(second.sender::sendOnce).isInstanceOf(OfficeRefusedException.class)
                    .hasMessageContaining("registered to another machine");
            assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.terminal_refusals"
                    + " WHERE store_id = ?", "SEC-TWO")).isEqualTo(1);
            // The first machine goes on.
            first.day(1);
            first.catchUp();
            assertThat(first.sender.waiting()).isZero();
            assertThat(second.sender.waiting()).isEqualTo(second.all().size());
        }
        // Without the claim (a login used by hand, or a fingerprint guessed), nothing goes in either.
        try (Connection connection = DriverManager.getConnection(office.url(), credentials.user(),
                credentials.password())) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> insertSession(connection, "SEC-TWO", "T01", 77))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            connection.rollback();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT set_config('tillpoint.machine', repeat('a', 64), false)");
            }
            assertThatThrownBy(() -> insertSession(connection, "SEC-TWO", "T01", 77))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
        }
        // And the id cannot be registered a second time.
        assertThatThrownBy(() -> office.register("SEC-TWO", "Two machines", "UTC", "T01"))
                .isInstanceOf(OfficeAdmin.RegistrationRefusedException.class)
                .hasMessageContaining("registered already");
    }

    @Test
    void theFirstMachineIsToldWhenASecondOneTriesItsIdAndAuditsItOnce() throws Exception {
        OfficeCredentials credentials = office.register("SEC-TOLD", "Told", "Asia/Kolkata", "T01");
        try (OfficeTerminal first = new OfficeTerminal(dir.resolve("first"), office.url(), credentials);
             OfficeTerminal second = new OfficeTerminal(dir.resolve("second"), office.url(), credentials)) {
            first.day(1);
            first.catchUp();
            assertThat(first.sender.status().clash()).isEmpty();
            second.day(1);
            assertThatThrownBy(second.sender::sendOnce).isInstanceOf(OfficeRefusedException.class);
            assertThatThrownBy(second.sender::sendOnce).isInstanceOf(OfficeRefusedException.class);

            // The first machine asks at its next check: told of both tries, each audited once, on its status line.
            first.sender.refusalCheck = Duration.ZERO;
            first.sender.sendOnce();
            first.sender.sendOnce();
            Instant clash = first.sender.status().clash().orElseThrow();
            assertThat(clash).isBetween(Instant.now().minusSeconds(60), Instant.now());
            assertThat(first.till.audit.recent(50)).filteredOn(row -> row.event().equals(OfficeMarks.CLASH_EVENT))
                    .hasSize(2).allSatisfy(row -> assertThat(row.detail())
                            .contains("Another machine tried to use terminal T01 of store SEC-TOLD"));
            String line = new OfficeStatusLine(new Texts(EN_IN), ZoneId.of("Asia/Kolkata"), EN_IN)
                    .of(first.sender.status(), first.sender.waiting(), Instant.now());
            assertThat(line).matches("Office: synced; another machine tried to use this terminal's id at"
                    + " \\d\\d:\\d\\d");
            // The second machine's own screen says it was refused.
            assertThat(second.sender.status().state()).isNotEqualTo(OfficeSender.State.SYNCED);
        }
        // A new start of the first machine still shows the last try (kept beside its audit), and audits nothing again.
        try (OfficeTerminal again = new OfficeTerminal(dir.resolve("first"), office.url(), credentials)) {
            again.sender.refusalCheck = Duration.ZERO;
            again.sender.sendOnce();
            assertThat(again.sender.status().clash()).isPresent();
            assertThat(again.till.audit.recent(50)).filteredOn(row -> row.event().equals(OfficeMarks.CLASH_EVENT))
                    .hasSize(2);
        }
        // Only the machine holding the id hears of the refusals: a login without the claim reads none.
        try (Connection connection = DriverManager.getConnection(office.url(), credentials.user(),
                credentials.password());
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT set_config('tillpoint.machine', repeat('b', 64), false)");
            try (ResultSet row = statement.executeQuery("SELECT count(*) FROM office.my_refusals(0)")) {
                row.next();
                assertThat(row.getLong(1)).isZero();
            }
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM office.terminal_refusals"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void oneOpenSessionPerTerminalHoldsInTheOffice() throws Exception {
        OfficeCredentials credentials = office.register("SEC-ONE", "One open", "UTC", "T01");
        try (OfficeTerminal till = new OfficeTerminal(dir, office.url(), credentials);
             Connection connection = till.link.open()) {
            insertSession(connection, "SEC-ONE", "T01", 1);
            assertThatThrownBy(() -> insertSession(connection, "SEC-ONE", "T01", 2))
                    .isInstanceOf(SQLException.class).hasMessageContaining("sessions_one_open_per_terminal");
        }
    }

    @Test
    void registrationRefusesBadIdsAndChangesNothing() throws Exception {
        assertThatThrownBy(() -> office.register("bad store", "x", "UTC", "T01"))
                .isInstanceOf(OfficeAdmin.RegistrationRefusedException.class).hasMessageContaining("store id");
        assertThatThrownBy(() -> office.register("SEC-BAD", "x", "UTC", "T/01"))
                .isInstanceOf(OfficeAdmin.RegistrationRefusedException.class).hasMessageContaining("terminal id");
        assertThatThrownBy(() -> office.register("SEC-BAD", "x", "Mars/Olympus", "T01"))
                .isInstanceOf(OfficeAdmin.RegistrationRefusedException.class).hasMessageContaining("time zone");
        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.stores WHERE store_id = ?",
                "SEC-BAD")).isZero();
    }
}
