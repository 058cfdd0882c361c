package app.tillpoint.kiosk.host;

import app.tillpoint.api.ApiVersion;
import app.tillpoint.api.DashboardAction;
import app.tillpoint.api.SessionListener;
import app.tillpoint.kiosk.trust.PluginTrust;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PluginHostTest {
    @TempDir
    Path plugins;
    @TempDir
    Path pluginData;
    @TempDir
    Path build;
    @TempDir
    Path bundled;

    private final List<PluginProblem> reported = new CopyOnWriteArrayList<>();

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

    @Test
    void aCorePluginThatThrowsIsReportedEachTimeAndKeptRunning() throws Exception {
        throwingAction(TestPlugin.builder("selling")).build(bundled);
        throwingAction(TestPlugin.builder("flaky")).build(plugins);
        PluginHost host = startWithBundled();
        DashboardAction selling = action(host, "selling");
        DashboardAction flaky = action(host, "flaky");

        selling.perform(Optional.empty());
        selling.perform(Optional.empty());
        flaky.perform(Optional.empty());

        assertThat(reported).extracting(PluginProblem::pluginId, PluginProblem::outcome).containsExactly(
                tuple("selling", PluginProblem.Outcome.RECOVERED), tuple("selling", PluginProblem.Outcome.RECOVERED),
                tuple("flaky", PluginProblem.Outcome.DISABLED));
        assertThat(reported.get(0).describe()).isEqualTo("Plugin selling failed and is kept running (a core plugin): "
                + "DashboardAction.perform threw ArithmeticException: divide by till");
        assertThat(host.extensions(DashboardAction.class)).extracting(DashboardAction::id).containsExactly("selling");
        assertThat(host.isCore("selling")).isTrue();
        assertThat(host.problems()).as("no dashboard notice: the plugin works").extracting(PluginProblem::pluginId)
                .containsExactly("flaky");
        assertThat(host.startedPlugins()).containsExactly("selling 1.0.0");
    }

    @Test
    void aCorePluginWhoseExtensionCannotBeCreatedIsDisabledForThereIsNothingToKeep() throws Exception {
        TestPlugin.builder("selling").source("BadScreen", """
                import app.tillpoint.api.*;
                @org.pf4j.Extension
                public class BadScreen implements DashboardAction {
                    public BadScreen(KioskContext context) { throw new IllegalStateException("no register"); }
                    public String id() { return "bad"; }
                    public String label() { return "Bad"; }
                    public boolean offeredFor(java.util.Optional<app.tillpoint.api.session.Session> s) { return true; }
                }
                """).build(bundled);
        PluginHost host = startWithBundled();

        assertThat(host.isCore("selling")).isFalse();
        assertThat(reported).extracting(PluginProblem::pluginId, PluginProblem::outcome)
                .containsExactly(tuple("selling", PluginProblem.Outcome.DISABLED));
        assertThat(host.problems()).extracting(PluginProblem::pluginId).containsExactly("selling");
    }

    @Test
    void aRetailersPluginNamedLikeACorePluginIsDisabledLikeAnyOther() throws Exception {
        throwingAction(TestPlugin.builder("session-opening")).build(plugins);
        PluginHost host = startWithBundled();

        action(host, "session-opening").perform(Optional.empty());

        assertThat(host.isCore("session-opening")).isFalse();
        assertThat(reported).extracting(PluginProblem::outcome).containsExactly(PluginProblem.Outcome.DISABLED);
        assertThat(host.extensions(DashboardAction.class)).isEmpty();
    }

    @Test
    void aCorePluginThatHoldsTheEventThreadIsKeptAndARetailersIsDisabled() throws Exception {
        TestPlugin.builder("badge-login").dashboardAction("LockAction", "lock", "Lock").build(bundled);
        TestPlugin.builder("sleepy").dashboardAction("SleepyAction", "sleepy", "Sleepy").build(plugins);
        PluginHost host = startWithBundled();

        host.heldEventThread("badge-login", Duration.ofMillis(1_500));
        host.heldEventThread("sleepy", Duration.ofMillis(1_500));

        assertThat(reported).extracting(PluginProblem::describe).containsExactly(
                "Plugin badge-login is slow, kept running (a core plugin): it held the event thread for 1500 ms",
                "Plugin sleepy disabled: it held the event thread for more than a second");
        assertThat(host.extensions(DashboardAction.class)).extracting(DashboardAction::id).containsExactly("lock");
    }

    @Test
    void aSessionListenerThatThrowsDisablesNothingAndItsCallerHearsTheFailure() throws Exception {
        TestPlugin.builder("erp").source("ErpListener", """
                import app.tillpoint.api.*;
                @org.pf4j.Extension
                public class ErpListener implements SessionListener {
                    public ErpListener(KioskContext context) { }
                    public void opened(app.tillpoint.api.session.Session s) {
                        throw new IllegalStateException("ERP share offline");
                    }
                }
                """).dashboardAction("ErpAction", "erp.export", "Export").build(plugins);
        PluginHost host = start();
        SessionListener listener = host.extensions(SessionListener.class).get(0);

        assertThatThrownBy(() -> listener.opened(null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("ERP share offline");
        assertThatThrownBy(() -> listener.opened(null)).hasMessage("ERP share offline");

        assertThat(reported).isEmpty();
        assertThat(host.extensions(SessionListener.class)).hasSize(1);
        assertThat(host.extensions(DashboardAction.class)).extracting(DashboardAction::id).containsExactly("erp.export");
    }

    @Test
    void anApiRangeRefusalIsLoggedAsOneLineWithoutAStackTrace() throws Exception {
        TestPlugin.builder("future").requires(">=2.0.0 & <3.0.0")
                .dashboardAction("FutureAction", "future", "Future").build(plugins);
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            start();
        } finally {
            root.removeHandler(capture);
        }

        List<LogRecord> aboutIt = records.stream()
                .filter(r -> String.valueOf(r.getMessage()).contains("future")
                        || (r.getThrown() != null && String.valueOf(r.getThrown()).contains("future")))
                .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(aboutIt).as("warnings and errors naming the plugin").allSatisfy(r -> assertThat(r.getThrown())
                .as(r.getMessage()).isNull());
        assertThat(aboutIt).extracting(LogRecord::getMessage).contains(
                "Plugin future disabled: it needs plugin API >=2.0.0 & <3.0.0, this kiosk has " + ApiVersion.CURRENT);
    }

    private static TestPlugin throwingAction(TestPlugin plugin) {
        return plugin.source("ThrowingAction", """
                import app.tillpoint.api.*;
                @org.pf4j.Extension
                public class ThrowingAction implements DashboardAction {
                    private final String id;
                    public ThrowingAction(KioskContext context) { id = getClass().getPackageName().substring(5); }
                    public String id() { return id.replace('_', '-'); }
                    public String label() { return "Throwing"; }
                    public boolean offeredFor(java.util.Optional<app.tillpoint.api.session.Session> s) { return true; }
                    public void perform() { throw new ArithmeticException("divide by till"); }
                }
                """);
    }

    private static DashboardAction action(PluginHost host, String id) {
        return host.extensions(DashboardAction.class).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private PluginHost startWithBundled() {
        PluginHost host = new PluginHost(List.of(bundled, plugins), pluginData, reported::add);
        host.start(null);
        return host;
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
