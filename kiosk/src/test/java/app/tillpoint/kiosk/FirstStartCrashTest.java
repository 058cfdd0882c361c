package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.config.ConfigLoader;
import app.tillpoint.kiosk.store.CrashPoint;
import app.tillpoint.kiosk.store.TestDatabase;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first start cut short must not break the terminal: a kiosk started with {@code --demo} on a fresh data folder is
 * killed at named points of its first start (a crash point makes the process die there at once) and after a range of
 * delays; the next start must always end with the complete demo terminal: its configuration, three cashiers with a
 * head cashier, twelve products, and the folder marked a demo's.
 */
@GuiTest
class FirstStartCrashTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path logs;

    private final Map<Process, Path> outputs = new HashMap<>();

    /** "point:NAME" dies at that crash point; "ms:N" is killed N milliseconds after it started. */
    @ParameterizedTest
    @ValueSource(strings = {"point:configured", "point:seeding", "ms:400", "ms:900", "ms:1400", "ms:1900",
            "ms:2600", "ms:3400"})
    void theNextStartAlwaysFindsACompleteTerminal(String cut) throws Exception {
        Process first = kiosk(cut.startsWith("point:") ? List.of("-D" + CrashPoint.PROPERTY + "=" + cut.substring(6))
                : List.of());
        if (cut.startsWith("ms:")) {
            first.waitFor(Long.parseLong(cut.substring(3)), TimeUnit.MILLISECONDS);
            first.destroyForcibly(); // SIGKILL: as a power cut leaves it
        }
        assertThat(first.waitFor(90, TimeUnit.SECONDS)).as("the first start ended").isTrue();
        if (cut.startsWith("point:")) {
            assertThat(first.exitValue()).as("died at " + cut + ": " + output(first)).isEqualTo(99);
        }

        Process next = kiosk(List.of());
        assertThat(next.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(output(next)).as("the next start reached its dashboard").contains("startup-ms ");

        Path db = dataDir.resolve("tillpoint.db");
        assertThat(TestDatabase.queryLong(db, "SELECT count(*) FROM cashiers")).isEqualTo(3);
        assertThat(TestDatabase.queryLong(db, "SELECT count(*) FROM cashiers WHERE role = 'HEAD_CASHIER'"))
                .isEqualTo(1);
        assertThat(TestDatabase.queryLong(db, "SELECT count(*) FROM products WHERE active = 1")).isEqualTo(12);
        assertThat(TestDatabase.queryLong(db, "SELECT count(*) FROM meta WHERE key = 'setup' AND value = 'demo'"))
                .isEqualTo(1);
        assertThat(new ConfigLoader().load(dataDir.resolve("terminal.json")).id()).isEqualTo("T01");
    }

    /**
     * A kiosk in its own JVM, on the test's display, with --demo: it stops once its dashboard is painted. Its output
     * goes to a file beside the data folder, so that a full pipe never holds it up.
     */
    private Process kiosk(List<String> jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.addAll(List.of(Launcher.class.getName(), "--data-dir", dataDir.toString(), "--plugins-dir",
                TestKiosk.bundledPlugins(), "--windowed", "--demo", "--startup-probe"));
        Path log = Files.createTempFile(logs, "kiosk", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        outputs.put(process, log);
        return process;
    }

    private String output(Process process) throws IOException {
        return Files.readString(outputs.get(process), StandardCharsets.UTF_8);
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
