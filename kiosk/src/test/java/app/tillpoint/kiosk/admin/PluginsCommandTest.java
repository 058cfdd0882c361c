package app.tillpoint.kiosk.admin;

import app.tillpoint.kiosk.trust.PluginDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PluginsCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void trustsAPluginFromElsewhereAndListsWhatIsTrustedAndWhatIsNot() throws Exception {
        Path dataDir = dir.resolve("data");
        Path jar = Files.writeString(dir.resolve("stock.jar"), "a jar");
        Files.createDirectories(dataDir.resolve("plugins"));
        Path dropped = Files.writeString(dataDir.resolve("plugins/promo.jar"), "dropped in");

        assertThat(run(dataDir, "trust", jar.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("Trusted stock.jar, SHA-256 "
                + PluginDigest.ofFile(jar) + ", copied into " + dataDir.resolve("plugins")
                + ". The kiosk loads it from its next start." + System.lineSeparator());
        out.reset();

        assertThat(run(dataDir, "list")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "untrusted  " + PluginDigest.ofFile(dropped) + "  promo.jar",
                "           it is not trusted: its SHA-256 is " + PluginDigest.ofFile(dropped)
                        + "; an administrator trusts it with: tillpoint plugins trust " + dropped.toAbsolutePath(),
                "trusted    " + PluginDigest.ofFile(jar) + "  stock.jar");
    }

    @Test
    void badInputChangesNothing() throws Exception {
        Path dataDir = dir.resolve("data");

        assertThat(run(dataDir, "trust")).isEqualTo(CashierCommand.BAD_INPUT);
        assertThat(run(dataDir, "trust", dir.resolve("missing.jar").toString())).isEqualTo(CashierCommand.BAD_INPUT);
        assertThat(run(dataDir, "trust", Files.writeString(dir.resolve("notes.txt"), "x").toString()))
                .isEqualTo(CashierCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("there is no " + dir.resolve("missing.jar"))
                .contains("notes.txt is not a plugin: a .jar, a .zip or a plugin folder is");
        assertThat(dataDir.resolve("plugins/trusted.sha256")).doesNotExist();
    }

    private int run(Path dataDir, String... args) {
        return new PluginsCommand().run(List.of(args), dataDir, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
