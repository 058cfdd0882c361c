package app.tillpoint.devices;

import app.tillpoint.api.device.BadgeReader;
import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus.State;
import app.tillpoint.devices.serial.EscPosSerialDrawer;
import app.tillpoint.devices.serial.SerialBadgeReader;
import app.tillpoint.devices.simulated.SimulatedDrawer;
import app.tillpoint.devices.wedge.KeyboardWedgeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevicesTest {
    @TempDir
    Path dir;

    @Test
    void theDemoHasAKeyboardWedgeAndASimulatedDrawer() {
        DevicesConfig demo = DevicesConfig.demo();
        BadgeReader reader = Devices.badgeReader(demo.badgeReader());
        try (CashDrawer drawer = Devices.cashDrawer(demo.cashDrawer())) {
            assertThat(reader).isInstanceOf(KeyboardWedgeReader.class);
            assertThat(drawer).isInstanceOf(SimulatedDrawer.class);
            assertThat(drawer.status().state()).isEqualTo(State.SIMULATED);
        }
    }

    @Test
    void absentSerialDevicesSaySoAndDoNotThrow() throws Exception {
        String port = dir.resolve("ttyNothing").toString();
        RecordingListener listener = new RecordingListener();
        try (BadgeReader reader = Devices.badgeReader(BadgeReaderConfig.serial(SerialConfig.of(port)));
             CashDrawer drawer = Devices.cashDrawer(CashDrawerConfig.escPosSerial(SerialConfig.of(port)))) {
            assertThat(reader).isInstanceOf(SerialBadgeReader.class);
            assertThat(drawer).isInstanceOf(EscPosSerialDrawer.class);
            reader.start(listener);
            assertThat(listener.awaitStatus(0, s -> s.describe().equals("Badge reader: not connected (" + port + ")"),
                Duration.ofSeconds(5))).isNotNull();
            assertThat(drawer.status().describe()).isEqualTo("Cash drawer: not connected (" + port + ")");
            assertThatThrownBy(drawer::open).isInstanceOf(DeviceException.class)
                .hasMessage("Drawer did not open: printer not connected (" + port + ")");
        }
    }

    @Test
    void aWrongConfigurationGivesDevicesThatSayWhatIsWrong() throws Exception {
        RecordingListener listener = new RecordingListener();
        try (BadgeReader reader = Devices.badgeReader(BadgeReaderConfig.of("telepathy"));
             CashDrawer drawer = Devices.cashDrawer(CashDrawerConfig.escPosSerial(null))) {
            reader.start(listener);
            assertThat(listener.statuses()).singleElement().satisfies(s -> {
                assertThat(s.state()).isEqualTo(State.ERROR);
                assertThat(s.detail()).startsWith("configuration: type: \"telepathy\" is not one of");
            });
            assertThat(drawer.status().describe()).isEqualTo("Cash drawer: error (configuration: serial: missing)");
            assertThatThrownBy(drawer::open).hasMessage("Drawer did not open: configuration: serial: missing");
            assertThat(drawer.openState()).isEqualTo(CashDrawer.OpenState.UNKNOWN);
        }
    }

    @Test
    void noConfigurationAtAllIsReportedToo() {
        assertThat(Devices.badgeReader(null).status().describe())
            .isEqualTo("Badge reader: error (no badge reader configured)");
        assertThat(Devices.cashDrawer(null).status().describe())
            .isEqualTo("Cash drawer: error (no cash drawer configured)");
    }
}
