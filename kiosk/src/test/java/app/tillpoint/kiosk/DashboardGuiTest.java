package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.ui.Names;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@GuiTest
class DashboardGuiTest {
    @TempDir
    Path dataDir;


    @Test
    void aFreshKioskShowsTheDemoTerminalWithNoSessionClosedYetAndNewSession() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            var window = kiosk.window();
            window.label(Names.DASHBOARD_TERMINAL_NAME).requireText("CHN LS Terminal 01");
            window.label(Names.DASHBOARD_LAST_CLOSING).requireText("No session closed yet");
            window.label(Names.DASHBOARD_STATUS).requireText("No open session");
            window.button(Names.DASHBOARD_NEW_SESSION).requireVisible().requireEnabled();
            assertThat(kiosk.showing(Names.DASHBOARD_NOTICES)).isFalse();
            assertThat(kiosk.kiosk().plugins().startedPlugins()).containsExactlyInAnyOrder("badge-login 0.1.0",
                    "cash-counting 0.1.0", "session-opening 0.1.0", "continue-selling 0.1.0", "selling 0.1.0",
                    "session-closing 0.1.0", "receipts 0.1.0");
            assertThat(dataDir.resolve("terminal.json")).exists();
            assertThat(dataDir.resolve("tillpoint.db")).exists();
            try (var logs = Files.list(dataDir.resolve("logs"))) {
                assertThat(logs).isNotEmpty();
            }
        }
    }

    @Test
    void aBrokenRetailerPluginIsNamedOnTheDashboardAndTheKioskKeepsWorking() throws Exception {
        app.tillpoint.kiosk.host.TestPlugin.builder("loyalty").requires(">=2.0.0 & <3.0.0")
                .dashboardAction("LoyaltyAction", "loyalty", "Loyalty").build(dataDir.resolve("plugins"));

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            var window = kiosk.window();
            window.textBox(Names.DASHBOARD_NOTICES).requireVisible().requireText(
                    "Plugin loyalty disabled: it needs plugin API >=2.0.0 & <3.0.0, this kiosk has "
                            + app.tillpoint.api.ApiVersion.CURRENT);
            window.button(Names.DASHBOARD_NEW_SESSION).requireEnabled();
            assertThat(dataDir.resolve("logs/tillpoint.0.log")).content()
                    .contains("Plugin loyalty disabled: it needs plugin API >=2.0.0 & <3.0.0");
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'plugin.failed' AND detail LIKE ?",
                    "Plugin loyalty disabled%");
        }
    }

    @Test
    void backOnTheDashboardItsButtonsStayTheSameWhileItReadsTheSessionAgain() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            var newSession = kiosk.find(Names.DASHBOARD_NEW_SESSION);
            kiosk.tap(Names.DASHBOARD_NEW_SESSION);
            kiosk.tap(Names.LOCK_CANCEL);
            kiosk.waitFor(Names.DASHBOARD_NEW_SESSION);
            // The dashboard reads the session in the background each time it shows; the read done, a button rebuilt
            // under a finger would have lost the tap (pressed on the old one, released on the new).
            kiosk.waitForText(Names.DASHBOARD_STATUS, "No open session");
            kiosk.robot().waitForIdle();
            assertThat(kiosk.find(Names.DASHBOARD_NEW_SESSION)).isSameAs(newSession);

            kiosk.tap(Names.DASHBOARD_NEW_SESSION);
            kiosk.waitFor(Names.LOCK_SCAN_PROMPT);
        }
    }

    @Test
    void leavingTheKioskNeedsAHeadCashier() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap("dashboard.exit");
            kiosk.waitFor(Names.LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            kiosk.waitUntil(Names.LOCK_MESSAGE, t -> !t.isBlank());
            assertThat(kiosk.exitCode()).as("a cashier may not leave the kiosk").isEqualTo(Integer.MIN_VALUE);

            kiosk.scanBadge("9001");
            for (char digit : "1234".toCharArray()) {
                kiosk.tap(Names.keypadDigit(digit - '0'));
            }
            kiosk.tap(Names.KEYPAD_OK);
            org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("the kiosk exits") {
                @Override
                public boolean test() {
                    return kiosk.exitCode() == 0;
                }
            }, 10_000);
        }
    }

    @Test
    void aPluginThatHoldsTheEventThreadForMoreThanASecondIsNamedAndDisabled() throws Exception {
        app.tillpoint.kiosk.host.TestPlugin.builder("sleepy").source("SleepyAction", """
                import app.tillpoint.api.*;
                @org.pf4j.Extension
                public class SleepyAction implements DashboardAction {
                    public SleepyAction(KioskContext context) { }
                    public String id() { return "sleepy"; }
                    public String label() { return "Sleepy"; }
                    public int order() { return 900; }
                    public boolean offeredFor(java.util.Optional<app.tillpoint.api.session.Session> s) { return true; }
                    public void perform() {
                        try { Thread.sleep(1_800); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                    }
                }
                """).build(dataDir.resolve("plugins"));

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(Names.DASHBOARD_ACTION_PREFIX + "sleepy");

            kiosk.waitUntil(Names.DASHBOARD_NOTICES, t -> t.contains("sleepy"));
            assertThat(kiosk.text(Names.DASHBOARD_NOTICES))
                    .isEqualTo("Plugin sleepy disabled: it held the event thread for more than a second");
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'plugin.failed' AND detail LIKE ?",
                    "Plugin sleepy disabled%");
            kiosk.tap(Names.DASHBOARD_NEW_SESSION);
            kiosk.waitFor(Names.LOCK_SCAN_PROMPT);
        }
    }

    @Test
    void aHeadCashierDisablesAPluginFromThePluginsScreenAndTheNextStartLeavesItOut() throws Exception {
        app.tillpoint.kiosk.host.TestPlugin.builder("loyalty").requires(">=2.0.0 & <3.0.0")
                .dashboardAction("LoyaltyAction", "loyalty", "Loyalty").build(dataDir.resolve("plugins"));
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(Names.DASHBOARD_PLUGINS);
            kiosk.waitFor(Names.LOCK_SCAN_PROMPT);
            kiosk.scanBadge("9001");
            for (char digit : "1234".toCharArray()) {
                kiosk.tap(Names.keypadDigit(digit - '0'));
            }
            kiosk.tap(Names.KEYPAD_OK);

            kiosk.waitForText(Names.PLUGINS_STATE_PREFIX + "session-closing", "started");
            assertThat(kiosk.text(Names.PLUGINS_STATE_PREFIX + "loyalty")).isEqualTo("failed");
            kiosk.tap(Names.PLUGINS_TOGGLE_PREFIX + "session-closing");
            kiosk.waitForText(Names.PLUGINS_STATE_PREFIX + "session-closing",
                    "started \u00b7 disabled from the next start");
            kiosk.screenshot("17-plugins-screen");
            kiosk.tap(Names.PLUGINS_BACK);
            kiosk.waitFor(Names.DASHBOARD_NEW_SESSION);
        }
        assertThat(dataDir.resolve("plugins/disabled.txt")).content().contains("session-closing");

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.waitFor(Names.DASHBOARD_NEW_SESSION);
            assertThat(kiosk.kiosk().plugins().startedPlugins()).noneMatch(p -> p.startsWith("session-closing"))
                    .anyMatch(p -> p.startsWith("selling"));
        }
    }
}
