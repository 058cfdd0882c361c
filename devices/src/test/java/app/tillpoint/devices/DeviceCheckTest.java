package app.tillpoint.devices;

import app.tillpoint.devices.javapos.TestDrawerService;
import app.tillpoint.devices.javapos.TestMsrService;
import app.tillpoint.devices.javapos.TestServiceFactory;
import app.tillpoint.devices.javapos.VendorJars;
import app.tillpoint.devices.serial.SocatPair;
import jpos.JposConst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceCheckTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream report = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(report, true, StandardCharsets.UTF_8);

    private String report() {
        return report.toString(StandardCharsets.UTF_8);
    }

    private static InputStream console(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theDemoPassesWithABadgeTypedIntoTheConsole() throws Exception {
        DeviceCheck check = new DeviceCheck(DevicesConfig.demo(), out, console("12345678\n"), Duration.ofSeconds(5));
        assertThat(check.run()).as(report()).isTrue();
        assertThat(report()).contains(
            "[OK] Configuration: valid",
            "[OK] Serial ports: ",
            "[OK] Cash drawer (simulated): simulated",
            "[OK] Cash drawer (simulated): kicked; did it open?",
            "[OK] Cash drawer (simulated): reports open",
            "[OK] Badge reader (keyboard-wedge): badge read, 8 characters, 12******",
            "[OK] All devices work");
    }

    @Test
    void serialDevicesAreOpenedKickedAndScanned() throws Exception {
        Files.createDirectories(dir.resolve("reader"));
        Files.createDirectories(dir.resolve("printer"));
        try (SocatPair readerPair = new SocatPair(dir.resolve("reader")).start();
             SocatPair printerPair = new SocatPair(dir.resolve("printer")).start()) {
            DevicesConfig config = new DevicesConfig(
                BadgeReaderConfig.serial(SerialConfig.of(readerPair.devicePath())),
                CashDrawerConfig.escPosSerial(SerialConfig.of(printerPair.devicePath())));
            Thread cashier = new Thread(() -> {
                // Scans once the report asks for it.
                long deadline = System.currentTimeMillis() + 15_000;
                while (!report().contains("scan a badge now") && System.currentTimeMillis() < deadline) {
                    LockSupport.parkNanos(20_000_000);
                }
                readerPair.send("%B4711^TEST?\r");
            });
            cashier.start();
            boolean ok = new DeviceCheck(config, out, console(""), Duration.ofSeconds(10)).run();
            cashier.join();
            assertThat(ok).as(report()).isTrue();
            assertThat(printerPair.receive(5, 2000)).containsExactly(0x1B, 0x70, 0x00, 50, 250);
            assertThat(report()).contains(
                "[OK] Cash drawer (ESC/POS printer on " + printerPair.devicePath() + "): ready",
                "reports no open/closed state",
                "[OK] Badge reader (serial " + readerPair.devicePath() + "): badge read, 10 characters, B4********");
        }
    }

    @Test
    void aDrawerLeftOpenIsReportedAndNotKicked() throws Exception {
        DevicesConfig config = new DevicesConfig(BadgeReaderConfig.keyboardWedge(),
            CashDrawerConfig.javapos(javapos("TestDrawerLeftOpen", null)));
        boolean ok = new DeviceCheck(config, out, console("12345678\n"), Duration.ofSeconds(5)).run();
        assertThat(ok).as(report()).isFalse();
        assertThat(report()).contains(
            "[OK] Cash drawer (JavaPOS CashDrawer TestDrawerLeftOpen): ready",
            "[FAIL] Cash drawer (JavaPOS CashDrawer TestDrawerLeftOpen): open before the kick; close it and check again",
            "[OK] Badge reader (keyboard-wedge): badge read",
            "[FAIL] Some devices need attention (see above)").doesNotContain("kicked");
        assertThat(TestServiceFactory.latest("TestDrawerLeftOpen", TestDrawerService.class).calls())
            .doesNotContain("openDrawer");
    }

    @Test
    void javaPosDevicesAreKickedAndScannedWithTheVendorFoldersNamed() throws Exception {
        VendorJars.use(List.of(dir.resolve("jpos"), dir.resolve("vendor")));
        try {
            DevicesConfig config = new DevicesConfig(BadgeReaderConfig.javapos(javapos("TestMSR", "MSR")),
                CashDrawerConfig.javapos(javapos("TestDrawer", null)));
            Thread cashier = new Thread(() -> {
                long deadline = System.currentTimeMillis() + 15_000;
                while (!report().contains("scan a badge now") && System.currentTimeMillis() < deadline) {
                    LockSupport.parkNanos(20_000_000);
                }
                TestServiceFactory.latest("TestMSR", TestMsrService.class).swipe("", "40001234");
            });
            cashier.start();
            boolean ok = new DeviceCheck(config, out, console(""), Duration.ofSeconds(10)).run();
            cashier.join();
            assertThat(ok).as(report()).isTrue();
            assertThat(report()).contains(
                "[INFO] JavaPOS vendor jars: none (in " + dir.resolve("jpos") + ", " + dir.resolve("vendor") + ")",
                "[OK] Cash drawer (JavaPOS CashDrawer TestDrawer): ready",
                "[OK] Cash drawer (JavaPOS CashDrawer TestDrawer): kicked; did it open?",
                "[OK] Cash drawer (JavaPOS CashDrawer TestDrawer): reports open",
                "[OK] Badge reader (JavaPOS MSR TestMSR): badge read, 8 characters, 40******",
                "[OK] All devices work");
        } finally {
            VendorJars.use(List.of());
        }
    }

    @Test
    void nobodyScanningABadgeIsSaidAsSuchNotAsAReadyFailure() throws Exception {
        DevicesConfig config = new DevicesConfig(BadgeReaderConfig.javapos(javapos("TestMSR", "MSR")),
            CashDrawerConfig.simulated());
        boolean ok = new DeviceCheck(config, out, console(""), Duration.ofSeconds(1)).run();
        assertThat(ok).isFalse();
        assertThat(report()).contains("[OK] Badge reader (JavaPOS MSR TestMSR): ready",
            "[FAIL] Badge reader (JavaPOS MSR TestMSR): nobody scanned a badge within 1 s, so it is not checked");
        assertThat(report().lines().filter(line -> line.startsWith("[FAIL]") && line.contains("ready")))
            .as(report()).isEmpty();
    }

    @Test
    void aReaderSwitchedOffWhileWaitingForTheScanIsReportedSo() throws Exception {
        DevicesConfig config = new DevicesConfig(BadgeReaderConfig.javapos(javapos("TestMSR", "MSR")),
            CashDrawerConfig.simulated());
        Thread unplug = new Thread(() -> {
            long deadline = System.currentTimeMillis() + 15_000;
            while (!report().contains("scan a badge now") && System.currentTimeMillis() < deadline) {
                LockSupport.parkNanos(20_000_000);
            }
            TestServiceFactory.latest("TestMSR", TestMsrService.class).power(JposConst.JPOS_PS_OFF);
        });
        unplug.start();
        boolean ok = new DeviceCheck(config, out, console(""), Duration.ofSeconds(2)).run();
        unplug.join();
        assertThat(ok).isFalse();
        assertThat(report()).contains("[FAIL] Badge reader (JavaPOS MSR TestMSR): not connected (switched off (TestMSR))")
            .doesNotContain("nobody scanned");
    }

    private static JavaPosConfig javapos(String logicalName, String category) throws Exception {
        return new JavaPosConfig(logicalName, category,
            Path.of(DeviceCheckTest.class.getResource("/jpos.xml").toURI()).toString(), 500);
    }

    @Test
    void absentDevicesFailWithAClearLineEach() throws Exception {
        String port = dir.resolve("ttyNothing").toString();
        DevicesConfig config = new DevicesConfig(BadgeReaderConfig.serial(SerialConfig.of(port)),
            CashDrawerConfig.escPosSerial(SerialConfig.of(port)));
        boolean ok = new DeviceCheck(config, out, console(""), Duration.ofSeconds(1)).run();
        assertThat(ok).isFalse();
        assertThat(report()).contains(
            "[FAIL] Cash drawer (ESC/POS printer on " + port + "): not connected (" + port + ")",
            "[FAIL] Badge reader (serial " + port + "): not connected (" + port + ")",
            "[FAIL] Some devices need attention (see above)");
    }
}
