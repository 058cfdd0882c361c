package app.tillpoint.kiosk.config;

import app.tillpoint.kiosk.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The {@code look} block of terminal.json: absent, the light theme; present, the theme named; each wrong value refused
 * by its path, the file left as it was.
 */
class LookConfigTest {
    @TempDir
    Path folder;

    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void withoutTheBlockTheTerminalIsLight() throws Exception {
        assertThat(loader.load(TestConfigFile.valid().writeTo(folder)).look()).isEqualTo(TerminalConfig.Look.DEFAULT)
                .isEqualTo(new TerminalConfig.Look("light"));
        assertThat(loader.load(TestConfigFile.valid().setJson("look", "{}").writeTo(folder)).look())
                .isEqualTo(TerminalConfig.Look.DEFAULT);
    }

    @Test
    void theBlockNamesTheTheme() throws Exception {
        for (String theme : List.of("light", "dark", "highContrast")) {
            Path file = TestConfigFile.valid().set("look.theme", theme).writeTo(folder);
            assertThat(loader.load(file).look().theme()).isEqualTo(theme);
        }
    }

    @Test
    void everyThemeOfTheConfigurationIsOneOfTheKiosks() {
        assertThat(TerminalConfig.Look.THEMES).containsExactlyElementsOf(Theme.codes());
    }

    @Test
    void eachWrongValueIsNamedByItsPath() throws Exception {
        assertThat(problems(TestConfigFile.valid().set("look", "dark"))).containsExactly(
                "look: must be an object such as {\"theme\": \"dark\"}, not the string \"dark\"");
        assertThat(problems(TestConfigFile.valid().set("look.theme", "Dark"))).containsExactly(
                "look.theme: must be one of light, dark, highContrast, not the string \"Dark\"");
        assertThat(problems(TestConfigFile.valid().set("look.theme", 2).set("look.colour", "red"))).containsExactly(
                "look.colour: unknown field (known fields: theme)",
                "look.theme: must be one of light, dark, highContrast, not the number 2");
    }

    @Test
    void aThemeIsWrittenAndReadBack() throws Exception {
        Path file = folder.resolve("dark.json");
        TerminalConfig written = loader.load(file, TerminalConfig.demo().withLook(new TerminalConfig.Look("dark")));
        assertThat(Files.readString(file)).contains("\"look\"").contains("\"dark\"");
        assertThat(loader.load(file)).isEqualTo(written);
        Path light = folder.resolve("light.json");
        loader.load(light, TerminalConfig.demo());
        assertThat(Files.readString(light)).doesNotContain("\"look\"");
    }

    private List<String> problems(TestConfigFile config) throws Exception {
        Path file = config.writeTo(folder);
        byte[] before = Files.readAllBytes(file);
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        return e.problems();
    }
}
