package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.devices.javapos.TestDrawerService;
import app.tillpoint.devices.javapos.TestServiceFactory;
import app.tillpoint.kiosk.admin.CashierCommand;
import app.tillpoint.kiosk.testkit.TestKiosk;
import jpos.JposConst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static app.tillpoint.api.ui.Names.DASHBOARD_DEVICES;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.MESSAGE_OK;
import static app.tillpoint.api.ui.Names.MESSAGE_TEXT;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.REGISTER_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

/** Devices that are missing or fail, as the cashier meets them in the real kiosk. */
@GuiTest
class DevicesGuiTest {
    @TempDir
    Path dataDir;


    @Test
    void anAbsentSerialBadgeReaderIsShownOnTheDashboardAndTheKioskKeepsWorking() throws Exception {
        terminal("""
                "badgeReader": {"type": "serial", "serial": {"port": "/dev/ttyTILLPOINT-ABSENT"}},
                "cashDrawer": {"type": "simulated"}""");

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            String devices = kiosk.waitUntil(DASHBOARD_DEVICES, t -> t.contains("not connected"));
            assertThat(devices).contains("Badge reader: not connected").contains("/dev/ttyTILLPOINT-ABSENT");
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'device.status' AND detail LIKE ?",
                    "at start: Badge reader: not connected%");
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
        }
    }

    @Test
    void aDrawerThatDoesNotOpenStillOpensTheSessionAndTellsTheCashierToUseTheKey() throws Exception {
        terminal("""
                "badgeReader": {"type": "keyboard-wedge"},
                "cashDrawer": {"type": "escpos-serial", "serial": {"port": "/dev/ttyTILLPOINT-NO-PRINTER"}}""");
        addCashier("Asha", "1001");

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            assertThat(kiosk.waitUntil(DASHBOARD_DEVICES, t -> t.contains("Cash drawer")))
                    .contains("Cash drawer: not connected");
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            kiosk.tap(OPENING_OPEN);

            kiosk.waitForText(MESSAGE_TEXT, "Drawer did not open: printer not connected "
                    + "(/dev/ttyTILLPOINT-NO-PRINTER): open it with the key");
            kiosk.screenshot("11-drawer-did-not-open");
            assertThat(kiosk.count("SELECT count(*) FROM sessions WHERE state = 'OPEN'")).isEqualTo(1);
            kiosk.tap(MESSAGE_OK);
            kiosk.waitFor(REGISTER_SESSION);
        }
    }

    @Test
    void aJavaPosDrawerSwitchedOffShowsOnTheDashboardWithinASecondAndComesBackByItself() throws Exception {
        // The vendor's jpos.xml in the data folder's jpos folder: the configuration names none.
        Path jpos = Files.createDirectories(dataDir.resolve("jpos"));
        try (InputStream vendors = TestServiceFactory.class.getResourceAsStream("/jpos.xml")) {
            Files.copy(vendors, jpos.resolve("jpos.xml"));
        }
        terminal("""
                "badgeReader": {"type": "keyboard-wedge"},
                "cashDrawer": {"type": "javapos", "javapos": {"logicalName": "TestDrawer"}}""");

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.waitUntil(DASHBOARD_DEVICES, t -> t.contains("Cash drawer: ready"));
            TestDrawerService drawer = TestServiceFactory.latest("TestDrawer", TestDrawerService.class);

            long switchedOff = System.nanoTime();
            drawer.power(JposConst.JPOS_PS_OFF);
            kiosk.waitUntil(DASHBOARD_DEVICES, t -> t.contains("Cash drawer: not connected (switched off (TestDrawer))"));
            assertThat(Duration.ofNanos(System.nanoTime() - switchedOff)).isLessThan(Duration.ofSeconds(1));
            kiosk.screenshot("12-drawer-switched-off");
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'device.status' AND detail = ?",
                    "Cash drawer: not connected (switched off (TestDrawer))");

            long switchedOn = System.nanoTime();
            drawer.power(JposConst.JPOS_PS_ONLINE);
            kiosk.waitUntil(DASHBOARD_DEVICES, t -> t.contains("Cash drawer: ready"));
            assertThat(Duration.ofNanos(System.nanoTime() - switchedOn)).isLessThan(Duration.ofSeconds(1));
        }
    }

    private void terminal(String devices) throws Exception {
        Files.writeString(dataDir.resolve("terminal.json"), """
                {"id": "T01", "name": "CHN LS Terminal 01", "currency": "INR", "locale": "en-IN",
                 "zone": "Asia/Kolkata", "devices": {%s}}
                """.formatted(devices));
    }

    private void addCashier(String name, String badge) {
        var out = new ByteArrayOutputStream();
        int code = new CashierCommand().run(List.of("add", "--name", name, "--role", "CASHIER", "--badge", badge),
                dataDir, new PrintStream(out), new PrintStream(out));
        assertThat(code).as(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
    }
}
