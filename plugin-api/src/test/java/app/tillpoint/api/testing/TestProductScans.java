package app.tillpoint.api.testing;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.terminal.ProductScans;

/** A product scanner in the test's hand: it knows who listens, and scans barcodes on request. Event thread only. */
public final class TestProductScans extends TestScans implements ProductScans {
    @Override
    public DeviceStatus scannerStatus() {
        return new DeviceStatus("Product scanner", DeviceStatus.State.SIMULATED, "");
    }
}
