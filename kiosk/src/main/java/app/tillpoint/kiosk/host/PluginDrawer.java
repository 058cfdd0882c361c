package app.tillpoint.kiosk.host;

import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;

import java.time.Duration;

/**
 * The cash drawer as plugins reach it: open it, ask its state, wait for it, but never close (release) the device,
 * which the kiosk owns and closes when it exits.
 */
final class PluginDrawer implements CashDrawer {
    private final CashDrawer drawer;

    PluginDrawer(CashDrawer drawer) {
        this.drawer = drawer;
    }

    @Override
    public void open() throws DeviceException {
        drawer.open();
    }

    @Override
    public OpenState openState() throws DeviceException {
        return drawer.openState();
    }

    @Override
    public boolean waitForClose(Duration timeout) throws DeviceException, InterruptedException {
        return drawer.waitForClose(timeout);
    }

    @Override
    public DeviceStatus status() {
        return drawer.status();
    }

    /** The kiosk's device stays open: a plugin has nothing to release. */
    @Override
    public void close() {
    }
}
