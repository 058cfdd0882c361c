package app.tillpoint.kiosk.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The {@code office} block of terminal.json: absent, nothing changes; present, the URL and the credentials' path. */
class OfficeConfigTest {
    @TempDir
    Path folder;

    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void withoutTheBlockTheTerminalHasNoOffice() throws Exception {
        assertThat(loader.load(TestConfigFile.valid().writeTo(folder)).office()).isEmpty();
    }

    @Test
    void theBlockNamesTheUrlAndTheCredentialsFile() throws Exception {
        Path file = TestConfigFile.valid()
                .set("office.url", "jdbc:postgresql://office.example:5432/office?sslmode=verify-full")
                .set("office.credentials", "/etc/tillpoint/office.credentials").writeTo(folder);

        assertThat(loader.load(file).office()).isEqualTo(Optional.of(new TerminalConfig.Office(
                "jdbc:postgresql://office.example:5432/office?sslmode=verify-full",
                Path.of("/etc/tillpoint/office.credentials"))));
    }

    @Test
    void aWrongBlockIsRefusedByPath() throws Exception {
        Path file = TestConfigFile.valid().set("office.url", "http://office.example/?password=hunter2")
                .set("office.credentials", "office.credentials").set("office.user", "tp").writeTo(folder);

        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
        assertThat(e.problems()).containsExactly(
                "office.user: unknown field (known fields: url, credentials)",
                "office.url: must be a PostgreSQL JDBC URL such as jdbc:postgresql://office.example:5432/office"
                        + "?sslmode=verify-full, not \"http://office.example/?password=hunter2\"",
                "office.url: must not hold the password: it belongs in the credentials file",
                "office.credentials: must be an absolute path, not \"office.credentials\"");
        Path notAnObject = TestConfigFile.valid().set("office", "postgres").writeTo(folder);
        assertThat(assertThrows(ConfigException.class, () -> loader.load(notAnObject)).problems())
                .singleElement().asString().startsWith("office: must be an object such as");
    }
}
