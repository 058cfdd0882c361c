package app.tillpoint.kiosk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataDirsTest {
    private static final Path HOME = Path.of("/home/till");

    @Test
    void theInstalledTerminalsFolderWhenItIsThere(@TempDir Path terminal) {
        assertThat(DataDirs.resolve(terminal.toString(), "Linux", Map.of(), HOME)).isEqualTo(terminal);
    }

    @Test
    void theUsersFolderWhenTheTerminalsFolderIsMissingOrNotNamed(@TempDir Path parent) {
        Path local = HOME.resolve(".local/share/tillpoint");
        assertThat(DataDirs.resolve(parent.resolve("gone").toString(), "Linux", Map.of(), HOME)).isEqualTo(local);
        assertThat(DataDirs.resolve(null, "Linux", Map.of(), HOME)).isEqualTo(local);
        assertThat(DataDirs.resolve(" ", "Linux", Map.of(), HOME)).isEqualTo(local);
    }

    @Test
    void eachSystemsPerUserFolder() {
        assertThat(DataDirs.defaultFor("Linux", Map.of("XDG_DATA_HOME", "/data/till"), HOME))
                .isEqualTo(Path.of("/data/till/tillpoint"));
        assertThat(DataDirs.defaultFor("Windows 10", Map.of("LOCALAPPDATA", "C:/Users/till/AppData/Local"), HOME))
                .isEqualTo(Path.of("C:/Users/till/AppData/Local/Tillpoint"));
        assertThat(DataDirs.defaultFor("Mac OS X", Map.of(), HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/Tillpoint"));
    }
}
