package app.tillpoint.devices.simulated;

import app.tillpoint.api.device.CashDrawer.OpenState;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.devices.RecordingListener;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatedDevicesTest {

    @Test
    void theReaderDeliversInjectedBadgesOnlyWhileStarted() throws Exception {
        SimulatedBadgeReader reader = new SimulatedBadgeReader();
        assertThat(reader.scan("1111")).isFalse();
        RecordingListener listener = new RecordingListener();
        reader.start(listener);
        assertThat(reader.scan("4711")).isTrue();
        assertThat(listener.nextBadge(Duration.ZERO)).isEqualTo("4711");
        assertThat(listener.statuses()).extracting(DeviceStatus::state).containsExactly(DeviceStatus.State.SIMULATED);
        reader.close();
        assertThat(reader.scan("2222")).isFalse();
    }

    @Test
    void theDrawerRecordsKicksAndItsState() throws Exception {
        SimulatedDrawer drawer = new SimulatedDrawer();
        assertThat(drawer.openState()).isEqualTo(OpenState.CLOSED);
        drawer.open();
        assertThat(drawer.kicks()).isEqualTo(1);
        assertThat(drawer.openState()).isEqualTo(OpenState.OPEN);
        assertThat(drawer.waitForClose(Duration.ofMillis(50))).isFalse();
        new Thread(drawer::closeByHand).start();
        assertThat(drawer.waitForClose(Duration.ofSeconds(5))).isTrue();
        assertThat(drawer.openState()).isEqualTo(OpenState.CLOSED);
    }

    @Test
    void theDrawerCanBeToldToFail() {
        SimulatedDrawer drawer = new SimulatedDrawer();
        drawer.failWith("Drawer did not open: open it with the key");
        assertThatThrownBy(drawer::open).isInstanceOf(DeviceException.class)
            .hasMessage("Drawer did not open: open it with the key");
        assertThat(drawer.kicks()).isZero();
    }
}
