package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.ui.Names;
import app.tillpoint.kiosk.host.TestPlugin;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The plugin host's walls, walked in a real kiosk: badges, core plugins, Exit without badge-login. */
@GuiTest
class HostWallsGuiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path bundled;

    @Test
    void aBadgeScannedOnTheLockScreenReachesNoOtherPluginsSubscriber() throws Exception {
        TestPlugin.builder("sniffer").source("Sniffer", """
                import app.tillpoint.api.*;
                import java.util.Optional;
                import javax.swing.*;
                @org.pf4j.Extension
                public class Sniffer implements Screen, DashboardAction {
                    private final KioskContext ctx;
                    public Sniffer(KioskContext ctx) {
                        this.ctx = ctx;
                        // Subscribed for the whole run: it hopes to hear every badge.
                        ctx.badgeScans().subscribe(code -> ctx.audit().record("sniffer.badge", code));
                    }
                    public String route() { return "sniffer"; }
                    public JComponent component() {
                        JLabel label = new JLabel("Scan a loyalty card");
                        label.setName("sniffer.screen");
                        return label;
                    }
                    public String id() { return "sniffer.show"; }
                    public String label() { return "Loyalty"; }
                    public int order() { return 900; }
                    public boolean offeredFor(Optional<app.tillpoint.api.session.Session> s) { return true; }
                    public void perform(Optional<app.tillpoint.api.session.Session> s) { ctx.navigator().show("sniffer"); }
                }
                """).build(dataDir.resolve("plugins"));

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(Names.DASHBOARD_NEW_SESSION);
            kiosk.waitFor(Names.LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            kiosk.waitFor(Names.OPENING_OPEN); // the lock screen had it: Asha identified
            kiosk.tap(Names.OPENING_CANCEL);

            kiosk.tap(Names.DASHBOARD_ACTION_PREFIX + "sniffer.show");
            kiosk.waitFor("sniffer.screen");
            kiosk.scanBadge("4242"); // on its own screen, the plugin's subscription hears it

            // Audit rows are written in order: once 4242 is there, 1001 would be too.
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'sniffer.badge' AND detail = '4242'");
            assertThat(kiosk.count("SELECT count(*) FROM audit_events WHERE event = 'sniffer.badge' AND detail = ?",
                    "1001")).as("the badge scanned on the lock screen, heard by another plugin").isZero();
        }
    }

    @Test
    void exitWorksWithoutTheBadgeLoginPluginThroughTheHostsHeadCashierPinPad() throws Exception {
        Files.createDirectories(dataDir.resolve("plugins"));
        Files.writeString(dataDir.resolve("plugins/disabled.txt"), "badge-login\n");

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            assertThat(kiosk.kiosk().plugins().startedPlugins()).noneMatch(p -> p.startsWith("badge-login"));
            kiosk.tap(Names.DASHBOARD_EXIT);
            kiosk.waitForText(Names.HOST_PIN_PURPOSE, "Leave the kiosk");
            kiosk.scanBadge("1001"); // Asha, a cashier
            kiosk.waitForText(Names.HOST_PIN_MESSAGE, "Asha is not a head cashier: only a head cashier may do this");

            kiosk.tap(Names.HOST_PIN_CASHIER_PREFIX + kiosk.cashierId("Meera"));
            typePin(kiosk, "9999");
            kiosk.waitUntil(Names.HOST_PIN_MESSAGE, t -> t.startsWith("Wrong PIN"));
            kiosk.tap(Names.HOST_PIN_CANCEL);
            kiosk.waitFor(Names.DASHBOARD_NEW_SESSION);
            assertThat(kiosk.exitCode()).as("nobody may leave without a head cashier's PIN")
                    .isEqualTo(Integer.MIN_VALUE);

            kiosk.tap(Names.DASHBOARD_EXIT);
            kiosk.waitForText(Names.HOST_PIN_PURPOSE, "Leave the kiosk");
            kiosk.scanBadge("9001"); // Meera, a head cashier
            kiosk.waitFor(Names.HOST_PIN_PIN);
            kiosk.screenshot("host-pin-pad");
            typePin(kiosk, "1234");
            Pause.pause(new Condition("the kiosk exits") {
                @Override
                public boolean test() {
                    return kiosk.exitCode() == 0;
                }
            }, 10_000);
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'kiosk.exit' AND detail = 'by Meera'");
        }
    }

    @Test
    void aDisabledPluginsButtonsLeaveTheDashboardAtOnce() throws Exception {
        TestPlugin.builder("flaky").source("FlakyAction", """
                import app.tillpoint.api.*;
                @org.pf4j.Extension
                public class FlakyAction implements DashboardAction {
                    public FlakyAction(KioskContext context) { }
                    public String id() { return "flaky"; }
                    public String label() { return "Flaky"; }
                    public int order() { return 900; }
                    public boolean offeredFor(java.util.Optional<app.tillpoint.api.session.Session> s) { return true; }
                    public void perform() { throw new ArithmeticException("divide by till"); }
                }
                """).dashboardAction("OtherAction", "flaky.other", "Other").build(dataDir.resolve("plugins"));

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.waitFor(Names.DASHBOARD_ACTION_PREFIX + "flaky.other");
            kiosk.tap(Names.DASHBOARD_ACTION_PREFIX + "flaky");

            kiosk.waitUntil(Names.DASHBOARD_NOTICES, t -> t.contains("flaky"));
            assertThat(kiosk.showing(Names.DASHBOARD_ACTION_PREFIX + "flaky")).isFalse();
            assertThat(kiosk.showing(Names.DASHBOARD_ACTION_PREFIX + "flaky.other")).isFalse();
            assertThat(kiosk.showing(Names.DASHBOARD_NEW_SESSION)).isTrue();
        }
    }

    @Test
    void aCorePluginThatFailsIsKeptTheCashierIsToldAndTheScreenRecovers() throws Exception {
        bundledWithout("session-closing");
        TestPlugin.builder("session-closing").source("Boom", """
                import app.tillpoint.api.*;
                import java.util.Optional;
                import javax.swing.*;
                @org.pf4j.Extension
                public class Boom implements Screen, DashboardAction {
                    private final KioskContext ctx;
                    public Boom(KioskContext ctx) { this.ctx = ctx; }
                    public String route() { return "boom"; }
                    public JComponent component() {
                        JButton button = new JButton("Boom");
                        button.setName("boom.button");
                        button.addActionListener(e -> { throw new IllegalStateException("the closing broke"); });
                        return button;
                    }
                    public String id() { return "boom.show"; }
                    public String label() { return "Boom"; }
                    public int order() { return 900; }
                    public boolean offeredFor(Optional<app.tillpoint.api.session.Session> s) { return true; }
                    public void perform(Optional<app.tillpoint.api.session.Session> s) { ctx.navigator().show("boom"); }
                }
                """).build(bundled);

        try (TestKiosk kiosk = TestKiosk.start(dataDir, "--plugins-dir", bundled.toString())) {
            for (int time = 1; time <= 2; time++) {
                kiosk.tap(Names.DASHBOARD_ACTION_PREFIX + "boom.show");
                kiosk.tap("boom.button"); // its own listener throws on the event thread

                kiosk.waitUntil(Names.MESSAGE_TEXT, t -> t.startsWith(
                        "Something went wrong in the session-closing plugin: it threw java.lang.IllegalStateException:"
                                + " the closing broke. Nothing was lost"));
                assertThat(kiosk.showing(Names.DASHBOARD_NEW_SESSION)).as("back on the dashboard").isTrue();
                kiosk.tap(Names.MESSAGE_OK);
                kiosk.awaitCount(time, "SELECT count(*) FROM audit_events WHERE event = 'plugin.recovered'");
            }
            assertThat(kiosk.kiosk().plugins().startedPlugins()).anyMatch(p -> p.startsWith("session-closing"));
            assertThat(kiosk.showing(Names.DASHBOARD_NOTICES)).as("no plugin was disabled").isFalse();
        }
    }

    private static void typePin(TestKiosk kiosk, String digits) {
        for (char digit : digits.toCharArray()) {
            kiosk.tap(Names.keypadDigit(digit - '0'));
        }
        kiosk.tap(Names.KEYPAD_OK);
    }

    /** A copy of the bundled plugins, less {@code pluginId}'s, as the kiosk's plugins folder beside its jar. */
    private void bundledWithout(String pluginId) throws IOException {
        Path source = Path.of(TestKiosk.bundledPlugins());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = source.relativize(file);
                if (relative.toString().startsWith(pluginId + "-")) {
                    continue;
                }
                Path copy = bundled.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
