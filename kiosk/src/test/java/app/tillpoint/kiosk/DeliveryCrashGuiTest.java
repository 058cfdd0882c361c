package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.host.TestPlugin;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kill -9 while a listener holds an event: a real kiosk in a child process, its plugin's listener inside
 * {@code on(event)}, killed; the next kiosk delivers that event again, then the ones after it, in order.
 */
@GuiTest
class DeliveryCrashGuiTest {
    @TempDir
    Path dataDir;

    @Test
    void anEventCutOffByAKillIsDeliveredAgainAfterTheRestartAndNothingIsLostOrReordered() throws Exception {
        TestPlugin.builder("export").source("FileListener", """
                import app.tillpoint.api.*;
                import java.nio.file.*;
                @org.pf4j.Extension
                public class FileListener implements SessionListener {
                    private final KioskContext context;
                    public FileListener(KioskContext context) { this.context = context; }
                    @Override
                    public void on(SessionEvent event) {
                        Path data = context.pluginData();
                        try {
                            Files.writeString(data.resolve("heard.txt"), event.id() + " " + event.kind() + "\\n",
                                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                            while (Files.exists(data.resolve("hang"))) {
                                Thread.sleep(50);
                            }
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                """).build(Files.createDirectories(dataDir.resolve("plugins")));
        try (TestKiosk first = TestKiosk.start(dataDir)) {
            first.waitFor(DASHBOARD_NEW_SESSION);
        }
        Path pluginData = Files.createDirectories(TestKiosk.pluginData(dataDir, "export"));
        Path heard = pluginData.resolve("heard.txt");
        Files.writeString(pluginData.resolve("hang"), "");

        Process kiosk = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--data-dir", dataDir.toString(), "--plugins-dir", TestKiosk.bundledPlugins(),
                "--windowed", "--size", "800x600", "--demo").redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("child.log").toFile()).start();
        try {
            // Started when it audited its start: its plugins and their couriers are running.
            waitFor(() -> audited("kiosk.started") == 2, kiosk);
            // Changes committed beside the running kiosk (as its own screens would): its courier finds them.
            OpenSessionProcess.open(dataDir, Instant.now());
            OpenSessionProcess.sell(dataDir);
            waitFor(() -> Files.exists(heard) && !Files.readAllLines(heard).isEmpty(), kiosk);
        } finally {
            // SIGKILL while the listener is inside on(event): no shutdown hook, no mark written.
            kiosk.destroyForcibly();
            assertThat(kiosk.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.readAllLines(heard)).singleElement().satisfies(line -> assertThat(line).endsWith(" OPENED"));
        Files.delete(pluginData.resolve("hang"));

        try (TestKiosk next = TestKiosk.start(dataDir)) {
            waitFor(() -> Files.readAllLines(heard).size() == 3, null);
            OpenSessionProcess.sell(dataDir);
            waitFor(() -> Files.readAllLines(heard).size() == 4, null);
            // The mark moves just after the listener returned.
            // The export plugin's mark (the bundled receipts plugin listens too).
            next.awaitCount(1, "SELECT count(*) FROM event_deliveries WHERE consumer LIKE 'export%'"
                    + " AND delivered = 3");
        }
        List<String> lines = Files.readAllLines(heard);
        // At least once: the opening twice (cut off, then again), the sales once each, in commit order.
        assertThat(lines.get(1)).isEqualTo(lines.get(0));
        assertThat(lines.subList(1, 4)).extracting(line -> line.substring(33))
                .containsExactly("OPENED", "SOLD", "SOLD");
        assertThat(lines.subList(1, 4)).doesNotHaveDuplicates();
    }

    private long audited(String event) throws java.sql.SQLException {
        try (var database = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("tillpoint.db"));
             var select = database.prepareStatement("SELECT count(*) FROM audit_events WHERE event = ?")) {
            select.setString(1, event);
            try (var row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private void waitFor(Check check, Process child) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!check.holds()) {
            if (child != null && !child.isAlive()) {
                throw new AssertionError("The kiosk ended early:\n" + Files.readString(dataDir.resolve("child.log")));
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("Not within 60 s");
            }
            Thread.sleep(50);
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
