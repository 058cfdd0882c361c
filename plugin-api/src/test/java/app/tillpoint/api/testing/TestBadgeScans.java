package app.tillpoint.api.testing;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.terminal.BadgeScans;

/** A badge reader in the test's hand: it knows who listens, and scans badges on request. Event thread only. */
public final class TestBadgeScans extends TestScans implements BadgeScans {
    @Override
    public DeviceStatus readerStatus() {
        return new DeviceStatus("Badge reader", DeviceStatus.State.SIMULATED, "");
    }
}
