package app.tillpoint.kiosk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tillpoint devices}: what it refuses before it checks anything. */
class DevicesCommandTest {
    @TempDir
    Path dataDir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aConfigurationNamedAfterTheCommandThatIsNotThereIsAnError() {
        Path missing = dataDir.resolve("nowhere.json");
        assertThat(run("--data-dir", dataDir.toString(), "devices", "--config", missing.toString())).isEqualTo(2);
        assertThat(err()).contains("No configuration at " + missing + ": nothing was checked.");
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("demo");
    }

    @Test
    void aConfigurationNamedBeforeTheCommandThatIsNotThereIsAnError() {
        Path missing = dataDir.resolve("nowhere.json");
        assertThat(run("--data-dir", dataDir.toString(), "--config", missing.toString(), "devices")).isEqualTo(2);
        assertThat(err()).contains("No configuration at " + missing + ": nothing was checked.");
    }

    @Test
    void anUnknownArgumentIsAnError() {
        assertThat(run("--data-dir", dataDir.toString(), "devices", "--fast")).isEqualTo(2);
        assertThat(err()).contains("Unknown argument --fast", "Usage: tillpoint [options] devices [--config FILE]");
        assertThat(run("--data-dir", dataDir.toString(), "devices", "--config")).isEqualTo(2);
    }

    @Test
    void theJavaPosVendorFoldersAreTheDataFoldersAndTheInstallations() {
        Path app = AppFolder.path();
        assertThat(AppFolder.javaPosVendorFolders(dataDir))
                .containsExactly(dataDir.resolve("jpos"), app.resolveSibling("vendor"));
        assertThat(AppFolder.bundledPlugins()).isEqualTo(app.resolve("plugins"));
    }
}
