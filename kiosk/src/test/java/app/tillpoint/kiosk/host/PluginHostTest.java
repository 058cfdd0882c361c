package app.tillpoint.kiosk.host;

import app.tillpoint.api.DashboardAction;
import app.tillpoint.kiosk.trust.PluginTrust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PluginHostTest {
    @TempDir
    Path plugins;
    @TempDir
    Path pluginData;
    @TempDir
    Path build;

    private final List<PluginProblem> reported = new ArrayList<>();

    @Test
    void loadsAWorkingPluginAndHandsOutItsExtensions() throws Exception {
        TestPlugin.builder("good").dashboardAction("GoodAction", "good", "Good").build(plugins);

        PluginHost host = start();

        assertThat(host.extensions(DashboardAction.class)).extracting(DashboardAction::id).containsExactly("good");
        assertThat(reported).isEmpty();
        assertThat(host.startedPlugins()).containsExactly("good 1.0.0");
    }

    @Test
    void aPluginWhoseExtensionThrowsInItsConstructorIsReportedAndTheOthersStillLoad() throws Exception {
        TestPlugin.builder("good").dashboardAction("GoodAction", "good", "Good").build(plugins);
        TestPlugin.builder("crashing").source("BadAction", """
                import app.tillpoint.api.*;
                @org.pf4j.Extension
                public class BadAction implements DashboardAction {
                    public BadAction(KioskContext context) { throw new IllegalStateException("no till here"); }
                    public String id() { return "bad"; }
                    public String label() { return "Bad"; }
                    public boolean offeredFor(java.util.Optional<app.tillpoint.api.session.Session> s) { return true; }
                    public void perform() { }
                }
                """).build(plugins);

        PluginHost host = start();

        assertThat(host.extensions(DashboardAction.class)).extracting(DashboardAction::id).containsExactly("good");
        assertThat(reported).singleElement().satisfies(problem -> {
            assertThat(problem.pluginId()).isEqualTo("crashing");
            assertThat(problem.reason()).contains("constructor").contains("no till here");
        });
    }

    @Test
    void aPluginBuiltForAnotherApiMajorIsRefusedNamingItsRangeAndOurVersion() throws Exception {
        TestPlugin.builder("good").dashboardAction("GoodAction", "good", "Good").build(plugins);
        TestPlugin.builder("future").requires(">=2.0.0 & <3.0.0")
                .dashboardAction("FutureAction", "future", "Future").build(plugins);

        PluginHost host = start();

        assertThat(host.extensions(DashboardAction.class)).extracting(DashboardAction::id).containsExactly("good");
        assertThat(reported).singleElement().satisfies(problem -> {
            assertThat(problem.pluginId()).isEqualTo("future");
            assertThat(problem.describe()).isEqualTo(
                    "Plugin future disabled: it needs plugin API >=2.0.0 & <3.0.0, this kiosk has "
                            + app.tillpoint.api.ApiVersion.CURRENT);
        });
    }

    @Test
    void aPluginWithAMissingDependencyIsReportedAndTheOthersStillLoad() throws Exception {
        TestPlugin.builder("good").dashboardAction("GoodAction", "good", "Good").build(plugins);
        TestPlugin.builder("needy").dependsOn("loyalty-core")
                .dashboardAction("NeedyAction", "needy", "Needy").build(plugins);

        PluginHost host = start();

        assertThat(host.extensions(DashboardAction.class)).extracting(DashboardAction::id).containsExactly("good");
        assertThat(reported).singleElement().satisfies(problem -> {
            assertThat(problem.pluginId()).isEqualTo("needy");
            assertThat(problem.reason()).isEqualTo("it needs the plugin loyalty-core, which is not installed");
        });
    }

    @Test
    void aPluginThatCannotBeReadIsReportedByItsFolder() throws Exception {
        TestPlugin.builder("good").dashboardAction("GoodAction", "good", "Good").build(plugins);
        java.nio.file.Files.createDirectories(plugins.resolve("broken"));
        java.nio.file.Files.writeString(plugins.resolve("broken/plugin.properties"), "plugin.version=oops\n");
        app.tillpoint.kiosk.trust.PluginTrust.trust(plugins, plugins.resolve("broken"));

        PluginHost host = start();

        assertThat(host.extensions(DashboardAction.class)).extracting(DashboardAction::id).containsExactly("good");
        assertThat(reported).extracting(PluginProblem::pluginId).containsExactly("broken");
    }

    @Test
    void anExtensionThatThrowsLaterDisablesItsPluginOnceAndTheCallReturns() throws Exception {
        TestPlugin.builder("flaky").source("FlakyAction", """
                import app.tillpoint.api.*;
                @org.pf4j.Extension
                public class FlakyAction implements DashboardAction {
                    public FlakyAction(KioskContext context) { }
                    public String id() { return "flaky"; }
                    public String label() { return "Flaky"; }
                    public boolean offeredFor(java.util.Optional<app.tillpoint.api.session.Session> s) { return true; }
                    public void perform() { throw new ArithmeticException("divide by till"); }
                }
                """).build(plugins);
        PluginHost host = start();
        DashboardAction flaky = host.extensions(DashboardAction.class).get(0);

        flaky.perform();
        flaky.perform();

        assertThat(reported).singleElement().satisfies(problem -> {
            assertThat(problem.pluginId()).isEqualTo("flaky");
            assertThat(problem.reason()).isEqualTo("DashboardAction.perform threw ArithmeticException: divide by till");
        });
        assertThat(host.extensions(DashboardAction.class)).isEmpty();
    }

    @Test
    void aPluginListedInDisabledTxtIsNotStartedAndIsNoProblem() throws Exception {
        TestPlugin.builder("good").dashboardAction("GoodAction", "good", "Good").build(plugins);
        TestPlugin.builder("unwanted").dashboardAction("UnwantedAction", "unwanted", "Unwanted").build(plugins);
        java.nio.file.Files.writeString(plugins.resolve("disabled.txt"), "unwanted\n");

        PluginHost host = start();

        assertThat(host.extensions(DashboardAction.class)).extracting(DashboardAction::id).containsExactly("good");
        assertThat(host.startedPlugins()).containsExactly("good 1.0.0");
        assertThat(reported).isEmpty();
    }

    @Test
    void eachPluginGetsItsOwnDataFolderMadeOnFirstUse() throws Exception {
        dataFolderPlugin("alpha", "1.0.0").build(plugins);
        dataFolderPlugin("beta", "1.0.0").build(plugins);

        PluginHost host = start();

        assertThat(pluginData.resolve("alpha")).doesNotExist();
        assertThat(host.extensions(DashboardAction.class)).extracting(DashboardAction::label)
                .containsExactly(pluginData.resolve("alpha").toString(), pluginData.resolve("beta").toString());
        assertThat(pluginData.resolve("alpha")).isDirectory();
        assertThat(pluginData.resolve("beta")).isDirectory();
    }

    @Test
    void aNewerZipReplacesThePluginsFolderAndLeavesItsDataFolderAlone() throws Exception {
        Path zip = plugins.resolve("keeper.zip");
        TestPlugin.zip(dataFolderPlugin("keeper", "1.0.0").build(build.resolve("v1")), zip);
        PluginTrust.trust(plugins, zip);
        PluginHost first = start();
        Path data = Path.of(first.extensions(DashboardAction.class).get(0).label());
        Files.writeString(data.resolve("settings.properties"), "output.dir=out\n");
        Files.writeString(plugins.resolve("keeper/settings.properties"), "where API 1.1 plugins kept them\n");
        first.close();

        TestPlugin.zip(dataFolderPlugin("keeper", "1.1.0").build(build.resolve("v2")), zip);
        Files.setLastModifiedTime(zip, FileTime.fromMillis(System.currentTimeMillis() + 2_000));
        PluginTrust.trust(plugins, zip);
        PluginHost upgraded = start();

        assertThat(upgraded.startedPlugins()).containsExactly("keeper 1.1.0");
        assertThat(plugins.resolve("keeper/settings.properties")).as("pf4j unpacks a newer zip afresh").doesNotExist();
        assertThat(upgraded.extensions(DashboardAction.class).get(0).label()).isEqualTo(data.toString());
        assertThat(data.resolve("settings.properties")).hasContent("output.dir=out");
        upgraded.close();
    }

    /** A plugin whose dashboard action's label is its data folder. */
    private static TestPlugin dataFolderPlugin(String id, String version) {
        return TestPlugin.builder(id).version(version).source("DataAction", """
                import app.tillpoint.api.*;
                @org.pf4j.Extension
                public class DataAction implements DashboardAction {
                    private final KioskContext context;
                    public DataAction(KioskContext context) { this.context = context; }
                    public String id() { return "data"; }
                    public String label() { return context.pluginData().toString(); }
                    public boolean offeredFor(java.util.Optional<app.tillpoint.api.session.Session> s) { return true; }
                    public void perform() { }
                }
                """);
    }

    private PluginHost start() {
        PluginHost host = new PluginHost(List.of(plugins), pluginData, reported::add);
        host.start(null);
        return host;
    }
}
