package app.tillpoint.devices;

import app.tillpoint.api.device.DeviceStatus;

import java.util.function.Consumer;

/**
 * A driver whose status changes can be heard as they happen: the cash drawers, whose port in plugin-api only answers
 * when asked. The kiosk listens so that a drawer switched off or unplugged shows on the dashboard at once.
 */
public interface StatusSource {

    /**
     * {@code listener} hears every change of status from now on (not the current one), on the driver's own thread or
     * the device service's; it must return quickly. Replaces an earlier listener.
     */
    void onStatusChange(Consumer<DeviceStatus> listener);
}
