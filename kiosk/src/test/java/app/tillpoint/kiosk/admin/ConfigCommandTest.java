package app.tillpoint.kiosk.admin;

import app.tillpoint.kiosk.config.ConfigLoader;
import app.tillpoint.kiosk.config.TerminalConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code config init}, which the Linux package runs as it installs: the installed terminal types on its screen. */
class ConfigCommandTest {
    @TempDir
    Path folder;

    @Test
    void initWritesTheDemoTerminalWithTheOnScreenKeyboardOnAndLeavesAnExistingFileAlone() throws Exception {
        Path file = folder.resolve("terminal.json");
        var out = new ByteArrayOutputStream();

        int code = new ConfigCommand().run(List.of("init"), file, new PrintStream(out), new PrintStream(out));

        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(file)).contains("\"keyboard\" : {", "\"onScreen\" : true");
        assertThat(new ConfigLoader().load(file))
                .isEqualTo(TerminalConfig.demo().withKeyboard(TerminalConfig.Keyboard.INSTALLED));

        Files.writeString(file, Files.readString(file).replace("\"onScreen\" : true", "\"onScreen\" : false"));
        assertThat(new ConfigCommand().run(List.of("init"), file, new PrintStream(out), new PrintStream(out))).isZero();
        assertThat(new ConfigLoader().load(file).keyboard().onScreen()).as("left as the administrator set it").isFalse();
    }
}
