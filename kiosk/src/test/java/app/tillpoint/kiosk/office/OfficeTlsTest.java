package app.tillpoint.kiosk.office;

import app.tillpoint.kiosk.ui.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
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
 * The office over TLS with {@code sslmode=verify-full}, against a real PostgreSQL that accepts only TLS
 * ({@link OfficeCluster#tls}): a terminal that trusts the office's CA syncs; the walks of a terminal that must not
 * (another CA, a certificate for another host name, no TLS at all) are refused, and the dashboard says so.
 */
@Tag("office")
class OfficeTlsTest {
    private static final Locale EN_IN = Locale.forLanguageTag("en-IN");
    private static OfficeCluster cluster;
    private static OfficeAdmin office;
    private static String database;

    @TempDir
    Path dir;

    @BeforeAll
    static void office() throws Exception {
        cluster = OfficeCluster.tls();
        office = cluster.newOffice();
        office.migrate();
        database = office.url().replaceAll("^.*/([a-z_0-9]+)\\?.*$", "$1");
    }

    private static String url(String host, String parameters) {
        return "jdbc:postgresql://" + host + ":" + cluster.port() + "/" + database + parameters;
    }

    @Test
    void aTerminalTrustingTheOfficesCaSyncsOverTls() throws Exception {
        assertThat(office.url()).contains("sslmode=verify-full", "sslrootcert=");
        OfficeCredentials credentials = office.register("TLS", "Chennai", "Asia/Kolkata", "T01");
        try (OfficeTerminal till = new OfficeTerminal(dir, office.url(), credentials)) {
            till.day(3);
            till.catchUp();
            assertThat(till.sender.waiting()).isZero();
            assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.events WHERE terminal_id = ?",
                    "T01")).isEqualTo(till.all().size());
            try (Connection connection = till.link.open(); Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT ssl, version FROM pg_stat_ssl"
                         + " WHERE pid = pg_backend_pid()")) {
                row.next();
                assertThat(row.getBoolean("ssl")).isTrue();
                assertThat(row.getString("version")).startsWith("TLSv1.");
            }
        }
    }

    @Test
    void theDocumentedRootCrtOfTheKiosksUserIsUsedWithoutSslrootcert() throws Exception {
        OfficeCredentials credentials = office.register("TLS", "Chennai", "Asia/Kolkata", "T05");
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve(".postgresql"));
        Files.copy(cluster.ca(), home.resolve(".postgresql/root.crt"));
        String before = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try (OfficeTerminal till = new OfficeTerminal(dir.resolve("till"), url("localhost", "?sslmode=verify-full"),
                credentials)) {
            till.day(1);
            till.catchUp();
            assertThat(till.sender.waiting()).isZero();
        } finally {
            System.setProperty("user.home", before);
        }
        // Without the file, the certificate cannot be checked: refused, and said so.
        Path empty = Files.createDirectories(dir.resolve("empty-home"));
        System.setProperty("user.home", empty.toString());
        try {
            assertThat(walk(url("localhost", "?sslmode=verify-full"), "T06", "root certificate file"))
                    .startsWith("Office: certificate check failed since ");
        } finally {
            System.setProperty("user.home", before);
        }
    }

    @Test
    void anotherCaIsRefusedAndTheDashboardSaysTheCertificate() throws Exception {
        Path rogue = OfficeCluster.makeCa(Files.createDirectories(dir.resolve("rogue")), "rogue", "Someone else's CA");
        assertThat(walk(url("localhost", "?sslmode=verify-full&sslrootcert=" + rogue), "T02",
                "PKIX path building failed"))
                .matches("Office: certificate check failed since \\d\\d:\\d\\d \\(\\d+ waiting\\); tell the store"
                        + " manager");
    }

    @Test
    void aCertificateForAnotherHostNameIsRefused() throws Exception {
        // The office's certificate, signed by the trusted CA, names localhost: asked as 127.0.0.1, it is not this host.
        assertThat(walk(url("127.0.0.1", "?sslmode=verify-full&sslrootcert=" + cluster.ca()), "T03",
                "could not be verified"))
                .startsWith("Office: certificate check failed since ");
    }

    @Test
    void aPlainConnectionIsRefusedByTheServer() throws Exception {
        assertThat(walk(url("localhost", "?sslmode=disable"), "T04", "no encryption"))
                .startsWith("Office: login refused since ");
        assertThatThrownBy(() -> DriverManager.getConnection(url("localhost", "?sslmode=disable"),
                OfficeCluster.SUPERUSER, OfficeCluster.PASSWORD).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("no encryption");
    }

    /**
     * A terminal registered as {@code terminal}, connecting with {@code url}: it sells a day, its sender fails
     * with {@code said}, then runs on its thread until it fails; nothing of it reaches the office. Returns its
     * dashboard's line.
     */
    private String walk(String url, String terminal, String said) throws Exception {
        OfficeCredentials credentials = office.register("TLS", "Chennai", "Asia/Kolkata", terminal);
        try (OfficeTerminal till = new OfficeTerminal(dir.resolve(terminal), url, credentials)) {
            till.day(2);
            assertThatThrownBy(till.sender::sendOnce).isInstanceOf(SQLException.class).hasMessageContaining(said);
            till.sender.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (till.sender.status().state() == OfficeSender.State.STARTING && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            OfficeSender.Status status = till.sender.status();
            assertThat(status.problemSince()).isPresent();
            assertThat(till.sender.waiting()).isEqualTo(till.all().size());
            assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.events WHERE terminal_id = ?",
                    terminal)).isZero();
            return new OfficeStatusLine(new Texts(EN_IN), ZoneId.of("Asia/Kolkata"), EN_IN)
                    .of(status, till.sender.waiting(), Instant.now());
        }
    }
}
