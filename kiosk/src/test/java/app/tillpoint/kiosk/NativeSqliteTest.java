package app.tillpoint.kiosk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code java -jar}, sqlite's native library is loaded from the data folder, extracted there once: a kiosk or
 * command that ends without a clean exit leaves nothing in the temp folder.
 */
class NativeSqliteTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path tmp;

    @Test
    void killedCommandsLeaveNothingInTheTempFolder() throws Exception {
        for (int run = 0; run < 2; run++) {
            Process command = new ProcessBuilder(List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
                    "-Djava.io.tmpdir=" + tmp, "-Djava.awt.headless=true", Launcher.class.getName(), "--data-dir",
                    dataDir.toString(), "cashier", "list")).redirectErrorStream(true).start();
            String output = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(command.waitFor(60, TimeUnit.SECONDS)).isTrue();
            // A refused list (no database yet) has still opened nothing; add one so the library loads.
            if (run == 0) {
                assertThat(output).isNotEmpty();
                Process add = new ProcessBuilder(List.of(javaCommand(), "-cp",
                        System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + tmp,
                        "-Djava.awt.headless=true", Launcher.class.getName(), "--data-dir", dataDir.toString(),
                        "cashier", "add", "--name", "Asha", "--role", "CASHIER")).redirectErrorStream(true).start();
                add.getInputStream().readAllBytes();
                assertThat(add.waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.filter(p -> p.getFileName().toString().contains("sqlite")).toList())
                    .as("nothing extracted to the temp folder").isEmpty();
        }
        try (Stream<Path> native_ = Files.walk(dataDir.resolve("native"))) {
            assertThat(native_.filter(p -> p.getFileName().toString().startsWith("libsqlitejdbc")).toList())
                    .hasSize(1);
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
