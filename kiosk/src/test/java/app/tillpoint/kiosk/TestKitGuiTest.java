package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.host.TestPlugin;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The test kit installs a plugin under test from its parts and from a zip, and the kiosk starts it. */
@GuiTest
class TestKitGuiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path build;


    @Test
    void aPluginInstalledFromItsClassesOrFromAZipIsStarted() throws Exception {
        Path parts = TestPlugin.builder("kit-parts").dashboardAction("FromParts", "fromParts", "From parts")
                .build(build.resolve("parts"));
        Path installed = TestKiosk.installPlugin(dataDir, parts.resolve("plugin.properties"), parts.resolve("classes"));
        assertThat(installed).isEqualTo(dataDir.resolve("plugins/kit-parts"));
        assertThat(installed.resolve("classes/META-INF/extensions.idx")).isRegularFile();

        Path zipped = TestPlugin.builder("kit-zip").dashboardAction("FromZip", "fromZip", "From a zip")
                .build(build.resolve("zip"));
        Path zip = TestPlugin.zip(zipped, build.resolve("kit-zip-1.0.0-plugin.zip"));
        assertThat(TestKiosk.installPlugin(dataDir, zip)).isEqualTo(dataDir.resolve("plugins/kit-zip.zip"));

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.waitForText("dashboard.action.fromParts", "From parts");
            kiosk.waitForText("dashboard.action.fromZip", "From a zip");
        }
    }
}
