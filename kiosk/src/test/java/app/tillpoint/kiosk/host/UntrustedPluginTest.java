package app.tillpoint.kiosk.host;

import app.tillpoint.api.DashboardAction;
import app.tillpoint.kiosk.trust.PluginDigest;
import app.tillpoint.kiosk.trust.PluginTrust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The retailer's plugins folder loads only what an administrator trusted; the bundled plugins come trusted. */
class UntrustedPluginTest {
    @TempDir
    Path dir;

    private final List<PluginProblem> reported = new ArrayList<>();

    @Test
    void anUntrustedPluginIsReportedWithItsDigestAndTheWayInAndNoneOfItsCodeRuns() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path ran = dir.resolve("dropped-ran");
        TestPlugin.builder("good").dashboardAction("GoodAction", "good", "Good").build(plugins);
        Path dropped = droppedPlugin(ran).untrusted().build(plugins);

        PluginHost host = start(List.of(plugins));

        assertThat(host.extensions(DashboardAction.class)).extracting(DashboardAction::id).containsExactly("good");
        assertThat(host.startedPlugins()).containsExactly("good 1.0.0");
        assertThat(ran).as("no class of the untrusted plugin was loaded").doesNotExist();
        assertThat(reported).singleElement().satisfies(problem -> {
            assertThat(problem.pluginId()).isEqualTo("dropped");
            assertThat(problem.describe()).isEqualTo("Plugin dropped disabled: it is not trusted: the SHA-256 of its"
                    + " code (plugin.properties, classes/, lib/) is " + PluginDigest.ofFolder(dropped) + "; an administrator trusts it with: tillpoint"
                    + " plugins trust " + dropped.toAbsolutePath());
        });

        PluginTrust.trust(plugins, dropped);
        reported.clear();
        PluginHost trusted = start(List.of(plugins));

        assertThat(trusted.extensions(DashboardAction.class)).extracting(DashboardAction::id)
                .containsExactly("dropped", "good");
        assertThat(ran).as("once trusted, it runs").exists();
        assertThat(reported).isEmpty();
        host.close();
        trusted.close();
    }

    @Test
    void theBundledPluginsAreTrustedAsAWholeAndOnlyTheRetailersFolderIsChecked() throws Exception {
        Path bundled = Files.createDirectories(dir.resolve("app/plugins"));
        Path retailer = Files.createDirectories(dir.resolve("data/plugins"));
        TestPlugin.builder("bundled").untrusted().dashboardAction("BundledAction", "bundled", "Bundled").build(bundled);
        TestPlugin.builder("retail").untrusted().dashboardAction("RetailAction", "retail", "Retail").build(retailer);

        PluginHost host = start(List.of(bundled, retailer));

        assertThat(host.extensions(DashboardAction.class)).extracting(DashboardAction::id).containsExactly("bundled");
        assertThat(reported).extracting(PluginProblem::pluginId).containsExactly("retail");
        host.close();
    }

    /** A plugin whose main class leaves {@code ran} behind as soon as it is loaded. */
    private static TestPlugin droppedPlugin(Path ran) {
        return TestPlugin.builder("dropped").dashboardAction("DroppedAction", "dropped", "Dropped")
                .source("TestPluginMain", """
                        public class TestPluginMain extends org.pf4j.Plugin {
                            static {
                                try {
                                    java.nio.file.Files.createFile(java.nio.file.Path.of("%s"));
                                } catch (java.io.IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            }
                        }
                        """.formatted(ran.toString().replace("\\", "\\\\")));
    }

    private PluginHost start(List<Path> roots) {
        PluginHost host = new PluginHost(roots, roots.get(0).resolveSibling("plugin-data"), reported::add);
        host.start(null);
        return host;
    }
}
