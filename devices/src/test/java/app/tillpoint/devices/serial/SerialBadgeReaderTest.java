package app.tillpoint.devices.serial;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.DeviceStatus.State;
import app.tillpoint.devices.BadgeReaderConfig;
import app.tillpoint.devices.Devices;
import app.tillpoint.devices.ProductScannerConfig;
import app.tillpoint.devices.RecordingListener;
import app.tillpoint.devices.SerialConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The serial badge reader against a real pseudo-terminal pair made by socat. */
class SerialBadgeReaderTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    @TempDir
    Path dir;
    private SocatPair pair;
    private SerialBadgeReader reader;
    private final RecordingListener listener = new RecordingListener();

    private void startReader() throws InterruptedException {
        SerialConfig serial = new SerialConfig(pair.devicePath(), 9600, 8, "none", 1, "CR", 300, 400);
        reader = new SerialBadgeReader(BadgeReaderConfig.serial(serial));
        reader.start(listener);
        assertThat(listener.awaitState(0, State.READY, WAIT)).as("reader ready").isNotNull();
    }

    @AfterEach
    void stop() throws Exception {
        if (reader != null) {
            reader.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void readsABadgeLine() throws Exception {
        pair = new SocatPair(dir).start();
        startReader();
        pair.send("12345678\r");
        assertThat(listener.nextBadge(WAIT)).isEqualTo("12345678");
    }

    @Test
    void joinsALineSplitAcrossWrites() throws Exception {
        pair = new SocatPair(dir).start();
        startReader();
        pair.send(";1234");
        Thread.sleep(120);
        pair.send("5678?\r");
        assertThat(listener.nextBadge(WAIT)).isEqualTo("12345678");
    }

    @Test
    void rejectsGarbageAndReadsTheNextBadge() throws Exception {
        pair = new SocatPair(dir).start();
        startReader();
        int seen = listener.statuses().size();
        pair.send(new byte[] {(byte) 0xFF, 0x01, '1', '2', (byte) 0x80, 0x7F, '\r'});
        DeviceStatus error = listener.awaitState(seen, State.ERROR, WAIT);
        assertThat(error).isNotNull();
        assertThat(error.detail()).contains("unreadable");
        assertThat(listener.nextBadge(Duration.ofMillis(300))).isNull();
        pair.send("4711\r");
        assertThat(listener.nextBadge(WAIT)).isEqualTo("4711");
        assertThat(reader.status().state()).isEqualTo(State.READY);
    }

    @Test
    void dropsALineThatStopsHalfway() throws Exception {
        pair = new SocatPair(dir).start();
        startReader();
        int seen = listener.statuses().size();
        pair.send("1234");
        assertThat(listener.awaitStatus(seen, s -> s.detail().contains("incomplete"), WAIT)).isNotNull();
        pair.send("5678\r");
        assertThat(listener.nextBadge(WAIT)).isEqualTo("5678");
    }

    @Test
    void reconnectsToAReaderThatIsAbsentUnpluggedAndBack() throws Exception {
        pair = new SocatPair(dir);
        SerialConfig serial = new SerialConfig(pair.devicePath(), 9600, 8, "none", 1, "CR", 300, 400);
        reader = new SerialBadgeReader(BadgeReaderConfig.serial(serial));
        reader.start(listener);
        DeviceStatus absent = listener.awaitState(0, State.NOT_CONNECTED, WAIT);
        assertThat(absent.describe()).isEqualTo("Badge reader: not connected (not started: " + pair.devicePath() + ")");
        assertThat(listener.awaitStatus(0, s -> s.describe().equals("Badge reader: not connected (" + pair.devicePath()
            + ")"), WAIT)).isNotNull();

        pair.start();
        assertThat(listener.awaitState(0, State.READY, WAIT)).as("ready once plugged in").isNotNull();
        pair.send("1111\r");
        assertThat(listener.nextBadge(WAIT)).isEqualTo("1111");

        int seen = listener.statuses().size();
        pair.kill();
        assertThat(listener.awaitState(seen, State.NOT_CONNECTED, WAIT)).as("unplugged").isNotNull();

        seen = listener.statuses().size();
        pair.start();
        assertThat(listener.awaitState(seen, State.READY, WAIT)).as("ready once plugged back").isNotNull();
        pair.send("2222\r");
        assertThat(listener.nextBadge(WAIT)).isEqualTo("2222");
    }

    @Test
    void aSerialProductScannerSendsBarcodesKeptAsScanned() throws Exception {
        pair = new SocatPair(dir).start();
        SerialConfig serial = new SerialConfig(pair.devicePath(), 9600, 8, "none", 1, "CR", 300, 400);
        reader = (SerialBadgeReader) Devices.productScanner(new ProductScannerConfig("serial", null, null, null, null,
            serial, null)).orElseThrow();
        reader.start(listener);
        assertThat(listener.awaitState(0, State.READY, WAIT)).as("scanner ready").isNotNull();

        pair.send("4006381333931\r");
        assertThat(listener.nextBadge(WAIT)).isEqualTo("4006381333931");
        pair.send(";A-12?\r");
        assertThat(listener.nextBadge(WAIT)).isEqualTo(";A-12?");
        assertThat(reader.status().device()).isEqualTo("Product scanner");
    }
}
