package app.tillpoint.kiosk.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may run the commands that change a terminal. The file system's own refusal, for a real till user, is proved by
 * installer/ci.sh; here the answer to "may this user write the plugins folder?" is given.
 */
class AdministratorsTest {
    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void whoeverMayNotChangeThePluginsFolderIsRefusedTheCommandsThatChangeTheTerminal() throws Exception {
        Files.createDirectories(dataDir.resolve("plugins"));
        for (List<String> command : List.of(List.of("cashier", "add", "--name", "X", "--role", "CASHIER"),
                List.of("cashier", "list"), List.of("catalog", "import", "menu.csv"), List.of("plugins", "trust", "x.jar"),
                List.of("config", "init"), List.of("devices"))) {
            err.reset();

            assertThat(allow(command, false)).as(String.join(" ", command)).isFalse();

            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(command.get(0) + ": "
                    + System.getProperty("user.name") + " is not an administrator of this terminal: only ")
                    .contains(" may change " + dataDir.resolve("plugins"))
                    .contains("sudo adduser " + System.getProperty("user.name") + " tillpoint-admin")
                    .endsWith("Nothing was changed." + System.lineSeparator());
        }
    }

    @Test
    void theReportAndHelpAreForEveryoneAndAnAdministratorMayRunEverything() throws Exception {
        Files.createDirectories(dataDir.resolve("plugins"));

        assertThat(allow(List.of("report", "--csv", "x.csv"), false)).isTrue();
        assertThat(allow(List.of("cashier", "--help"), false)).isTrue();
        assertThat(allow(List.of("cashier", "add", "--name", "X", "--role", "CASHIER"), true)).isTrue();
        assertThat(allow(List.of("plugins", "trust", "x.jar"), true)).isTrue();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aDataFolderWithoutAPluginsFolderYetIsJudgedByTheDataFolder() {
        Path fresh = dataDir.resolve("new-terminal");

        assertThat(Administrators.allow(List.of("cashier", "list"), fresh,
                new PrintStream(err, true, StandardCharsets.UTF_8), path -> path.equals(dataDir))).isTrue();
        assertThat(Administrators.allow(List.of("cashier", "list"), dataDir,
                new PrintStream(err, true, StandardCharsets.UTF_8), path -> false)).isFalse();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(" may change " + dataDir + ".");
    }

    private boolean allow(List<String> command, boolean writable) {
        return Administrators.allow(command, dataDir, new PrintStream(err, true, StandardCharsets.UTF_8),
                path -> writable);
    }
}
