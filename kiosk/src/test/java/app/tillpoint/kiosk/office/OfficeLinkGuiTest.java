package app.tillpoint.kiosk.office;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.ui.Names;
import app.tillpoint.kiosk.OpenSessionProcess;
import app.tillpoint.kiosk.admin.OfficeCommand;
import app.tillpoint.kiosk.testkit.TestKiosk;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.exception.WaitTimedOutError;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JLabel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The office link on the dashboard's status line and the register's header, through the real kiosk and a real PostgreSQL. */
@GuiTest
@Tag("office")
class OfficeLinkGuiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path manager;

    @Test
    void theDashboardSaysSyncedThenOfflineSinceWhenTheServerStops() throws Exception {
        OfficeCluster cluster = OfficeCluster.shared();
        OfficeAdmin admin = cluster.newOffice();
        Path login = Files.writeString(manager.resolve("office.login"), "url=" + admin.url() + "\nuser="
                + admin.user() + "\npassword=" + admin.password() + "\n");
        Path credentials = dataDir.resolve("office.credentials");
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(said, true, StandardCharsets.UTF_8);
        assertThat(new OfficeCommand().run(List.of("register", "--office", login.toString(), "--store", "LINK",
                "--store-name", "Link test", "--zone", "Asia/Kolkata", "--terminal", "T01", "--credentials",
                credentials.toString()), out, out)).as(said.toString(StandardCharsets.UTF_8)).isZero();
        try (TestKiosk first = TestKiosk.start(dataDir)) {
            first.waitFor(Names.DASHBOARD_NEW_SESSION);
            assertThat(first.text(Names.DASHBOARD_DEVICES)).doesNotContain("Office");
        }
        Path config = dataDir.resolve("terminal.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode terminal = (ObjectNode) json.readTree(config.toFile());
        terminal.putObject("office").put("url", admin.url()).put("credentials", credentials.toString());
        json.writeValue(config.toFile(), terminal);

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.waitUntil(Names.DASHBOARD_DEVICES, text -> text.contains("Office: synced"));
            try {
                cluster.stop();
                // A change the office must hear of (committed beside the kiosk, as its screens would): the sender
                // finds the server gone.
                OpenSessionProcess.open(dataDir, Instant.now());
                // (The sender's check for other machines' tries, every 30 s, may find the server gone before the
                // session: "offline since … (0 waiting)" first.)
                String line = kiosk.waitUntil(Names.DASHBOARD_DEVICES,
                        text -> text.contains("Office: offline since ") && text.contains("(1 waiting)"));
                assertThat(line).containsPattern("Office: offline since \\d\\d:\\d\\d \\(1 waiting\\)");
            } finally {
                cluster.start();
            }
        }
    }

    @Test
    void anotherMachineTryingThisTerminalsIdIsSaidOnItsDashboard() throws Exception {
        OfficeAdmin admin = OfficeCluster.shared().newOffice();
        admin.migrate();
        OfficeCredentials credentials = admin.register("CLASH", "Clash test", "Asia/Kolkata", "T01");
        Path file = dataDir.resolve("office.credentials");
        credentials.write(file);
        try (TestKiosk first = TestKiosk.start(dataDir)) {
            first.waitFor(Names.DASHBOARD_NEW_SESSION);
        }
        Path config = dataDir.resolve("terminal.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode terminal = (ObjectNode) json.readTree(config.toFile());
        terminal.putObject("office").put("url", admin.url()).put("credentials", file.toString());
        json.writeValue(config.toFile(), terminal);

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.waitUntil(Names.DASHBOARD_DEVICES, text -> text.contains("Office: synced"));
            // A second machine configured with this terminal's id and a copy of its login.
            try (OfficeTerminal other = new OfficeTerminal(manager.resolve("other"), admin.url(), credentials)) {
                other.day(1);
                assertThatThrownBy(other.sender::sendOnce).isInstanceOf(OfficeRefusedException.class);
            }
            // The kiosk's sender asks the office every 30 s.
            String line = null;
            for (int wait = 0; wait < 5 && line == null; wait++) {
                try {
                    line = kiosk.waitUntil(Names.DASHBOARD_DEVICES,
                            text -> text.contains("another machine tried to use this terminal's id"));
                } catch (WaitTimedOutError e) {
                    // not asked yet
                }
            }
            // The time alone on the terminal's day; with the date once its day is over (past midnight in Kolkata).
            assertThat(line).containsPattern("Office: synced; another machine tried to use this terminal's id at"
                    + " (\\d{1,2} \\p{L}+ )?\\d\\d:\\d\\d");
        }
    }

    @Test
    void theRegistersHeaderShowsTheLinkAsAnIconAndAWarningOnceTheServerStops() throws Exception {
        OfficeCluster cluster = OfficeCluster.shared();
        OfficeAdmin admin = cluster.newOffice();
        admin.migrate();
        OfficeCredentials credentials = admin.register("ICON", "Icon test", "Asia/Kolkata", "T01");
        Path file = dataDir.resolve("office.credentials");
        credentials.write(file);
        try (TestKiosk first = TestKiosk.start(dataDir)) {
            first.waitFor(Names.DASHBOARD_NEW_SESSION);
        }
        Path config = dataDir.resolve("terminal.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode terminal = (ObjectNode) json.readTree(config.toFile());
        terminal.putObject("office").put("url", admin.url()).put("credentials", file.toString());
        json.writeValue(config.toFile(), terminal);

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.waitUntil(Names.DASHBOARD_DEVICES, text -> text.contains("Office: synced"));
            kiosk.tap(Names.DASHBOARD_NEW_SESSION);
            kiosk.waitFor(Names.LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            kiosk.tap(Names.OPENING_OPEN);
            kiosk.waitFor(Names.REGISTER_SESSION);
            assertThat(linkSays(kiosk, "Office: synced")).isTrue();
            try {
                cluster.stop();
                // The sender's next pull of the master data (every 3 s) finds the server gone.
                assertThat(linkSays(kiosk, "Office: offline; sales wait safely on this terminal")).isTrue();
                kiosk.screenshot("register-office-offline");
            } finally {
                cluster.start();
            }
            assertThat(linkSays(kiosk, "Office: synced")).as("back once the server is").isTrue();
        }
    }

    /** Waits (at most a minute) until the register's link icon is showing and says {@code text}. */
    private static boolean linkSays(TestKiosk kiosk, String text) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            try {
                JLabel link = (JLabel) kiosk.find(Names.REGISTER_LINK);
                String said = GuiActionRunner.execute(() -> link.getToolTipText());
                if (text.equals(said)) {
                    return true;
                }
            } catch (AssertionError notShowing) {
                // not yet
            }
            Thread.sleep(500);
        }
        return false;
    }
}
