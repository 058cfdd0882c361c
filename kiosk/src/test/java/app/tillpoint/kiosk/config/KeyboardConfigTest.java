package app.tillpoint.kiosk.config;

import app.tillpoint.api.ui.KeyboardLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The {@code keyboard} block of terminal.json: absent, a physical keyboard (nothing on the screen); present, the switch
 * and the layouts; each wrong value refused by its path, the file left as it was.
 */
class KeyboardConfigTest {
    @TempDir
    Path folder;

    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void withoutTheBlockTheTerminalHasAPhysicalKeyboard() throws Exception {
        assertThat(loader.load(TestConfigFile.valid().writeTo(folder)).keyboard())
                .isEqualTo(TerminalConfig.Keyboard.OFF)
                .isEqualTo(new TerminalConfig.Keyboard(false, List.of("en")));
    }

    @Test
    void theBlockSwitchesTheKeyboardOnInTheLayoutsItNamesInTheirOrder() throws Exception {
        Path file = TestConfigFile.valid().set("keyboard.onScreen", true).setJson("keyboard.layouts", "[\"ta\", \"en\"]")
                .writeTo(folder);

        TerminalConfig.Keyboard keyboard = loader.load(file).keyboard();

        assertThat(keyboard).isEqualTo(new TerminalConfig.Keyboard(true, List.of("ta", "en")));
        assertThat(keyboard.keyboardLayouts()).containsExactly(KeyboardLayout.TAMIL, KeyboardLayout.ENGLISH);
        Path english = TestConfigFile.valid().set("keyboard.onScreen", true).writeTo(folder);
        assertThat(loader.load(english).keyboard()).isEqualTo(new TerminalConfig.Keyboard(true, List.of("en")));
    }

    @Test
    void eachWrongValueIsRefusedByItsPathAndTheFileIsLeftAsItWas() throws Exception {
        assertThat(problems(TestConfigFile.valid().set("keyboard", true))).containsExactly(
                "keyboard: must be an object such as {\"onScreen\": true, \"layouts\": [\"en\", \"hi\", \"ta\"]}, not true");
        assertThat(problems(TestConfigFile.valid().set("keyboard.onScreen", "yes").set("keyboard.layout", "en")))
                .containsExactly(
                        "keyboard.layout: unknown field (known fields: onScreen, layouts)",
                        "keyboard.onScreen: must be true or false, not the string \"yes\"");
        assertThat(problems(TestConfigFile.valid().set("keyboard.onScreen", true).set("keyboard.layouts", "hi")))
                .containsExactly("keyboard.layouts: must list one or more of en, hi, ta, such as [\"en\", \"hi\"],"
                        + " not the string \"hi\"");
        assertThat(problems(TestConfigFile.valid().set("keyboard.onScreen", true).setJson("keyboard.layouts", "[]")))
                .containsExactly("keyboard.layouts: must list one or more of en, hi, ta, such as [\"en\", \"hi\"],"
                        + " not an empty list");
        assertThat(problems(TestConfigFile.valid().set("keyboard.onScreen", true)
                .setJson("keyboard.layouts", "[\"en\", \"fr\", 7, \"en\"]"))).containsExactly(
                "keyboard.layouts[1]: must be one of en, hi, ta (English, Hindi, Tamil), not the string \"fr\"",
                "keyboard.layouts[2]: must be one of en, hi, ta (English, Hindi, Tamil), not the number 7",
                "keyboard.layouts[3]: \"en\" is listed twice");
    }

    @Test
    void theDemoWrittenOnAFirstStartHasNoKeyboardAndConfigInitWritesOneInEveryLayout() throws Exception {
        Path demo = folder.resolve("demo.json");
        assertThat(loader.load(demo).keyboard()).isEqualTo(TerminalConfig.Keyboard.OFF);
        assertThat(Files.readString(demo)).doesNotContain("\"keyboard\"");

        Path installed = folder.resolve("installed.json");
        TerminalConfig written = loader.load(installed,
                TerminalConfig.demo().withKeyboard(TerminalConfig.Keyboard.INSTALLED));
        assertThat(written.keyboard()).isEqualTo(new TerminalConfig.Keyboard(true, List.of("en", "hi", "ta")));
        assertThat(loader.load(installed)).isEqualTo(written);
    }

    private List<String> problems(TestConfigFile config) throws Exception {
        Path file = config.writeTo(folder);
        byte[] before = Files.readAllBytes(file);
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        return e.problems();
    }
}
