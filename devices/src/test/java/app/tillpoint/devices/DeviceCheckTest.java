package app.tillpoint.devices;

import app.tillpoint.devices.serial.SocatPair;
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
