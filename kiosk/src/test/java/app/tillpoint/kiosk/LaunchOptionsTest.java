package app.tillpoint.kiosk;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchOptionsTest {
    private static final Path DATA = Path.of("/var/lib/till");
    private static final Path PLUGINS = Path.of("/opt/tillpoint/lib/app/plugins");

    private static LaunchOptions parse(String... args) {
        return LaunchOptions.parse(args, DATA, PLUGINS);
    }

    @Test
    void theDefaultsStartTheFullScreenKioskOnTheDefaultDataFolder() {
        LaunchOptions options = parse();
        assertThat(options.dataDir()).isEqualTo(DATA);
        assertThat(options.configFile()).isEqualTo(DATA.resolve("terminal.json"));
        assertThat(options.pluginsDir()).isEqualTo(PLUGINS);
        assertThat(options.windowed()).isFalse();
        assertThat(options.size()).isEmpty();
        assertThat(options.startupProbe()).isFalse();
        assertThat(options.command()).isEmpty();
        assertThat(options.configGiven()).isFalse();
    }

    @Test
    void saysWhetherTheConfigurationWasNamed() {
        LaunchOptions options = parse("--config", "/etc/till.json", "devices");
        assertThat(options.configFile()).isEqualTo(Path.of("/etc/till.json"));
        assertThat(options.configGiven()).isTrue();
    }

    @Test
    void readsTheWindowSizeWithoutAwt() {
        LaunchOptions options = parse("--windowed", "--size", "1024x768", "--startup-probe");
        assertThat(options.size()).contains(new LaunchOptions.WindowSize(1024, 768));
        assertThat(options.windowed()).isTrue();
        assertThat(options.startupProbe()).isTrue();
    }

    @Test
    void refusesASizeThatNoTerminalHasWithTheExpectedForm() {
        for (String size : List.of("9999999x768", "-3x768", "1024", "axb", "320x200")) {
            assertThatThrownBy(() -> parse("--size", size))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("WIDTHxHEIGHT").hasMessageContaining(size);
        }
    }

    @Test
    void optionsComeBeforeTheCommandAndItsArguments() {
        LaunchOptions options = parse("--data-dir", "/tmp/t", "cashier", "list", "--all");
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/t"));
        assertThat(options.configFile()).isEqualTo(Path.of("/tmp/t/terminal.json"));
        assertThat(options.command()).containsExactly("cashier", "list", "--all");
    }

    @Test
    void anUnknownOptionOrAMissingValueIsNamed() {
        assertThatThrownBy(() -> parse("--fast")).hasMessage("Unknown option --fast");
        assertThatThrownBy(() -> parse("--data-dir")).hasMessage("--data-dir needs a value");
        assertThatThrownBy(() -> parse("--help")).hasMessage("");
    }
}
