package app.tillpoint.api.terminal;

import app.tillpoint.api.device.DeviceStatus;

import java.util.function.Consumer;

/**
 * The badge codes scanned on this terminal's badge reader, whatever its kind (keyboard wedge, serial, JavaPOS,
 * simulated). Provided by the host.
 */
public interface BadgeScans {

    /**
     * Delivers every badge code scanned from now on to {@code onBadge}, on the event thread, until the subscription
     * is closed. Subscribe when a screen that takes badges is shown; close it when the screen is hidden.
     *
     * @param onBadge told each badge code, cleaned by the reader's driver, on the event thread
     * @return the subscription; closing it stops the delivery
     */
    Subscription subscribe(Consumer<String> onBadge);

    /**
     * The reader's state, for the dashboard and the lock screen.
     *
     * @return the state now, e.g. "Badge reader: not connected (/dev/ttyUSB0)" when described
     */
    DeviceStatus readerStatus();
}
