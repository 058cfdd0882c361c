package app.tillpoint.api.terminal;

import app.tillpoint.api.device.DeviceStatus;

import java.util.function.Consumer;

/**
 * The badge codes scanned on this terminal's badge reader, whatever its kind (keyboard wedge, serial, JavaPOS,
 * simulated). Provided by the host.
 *
 * <p>A badge is a credential, so it goes to the screen that asked for it, and to nobody else: since 1.2 the host
 * delivers a scan only to the subscriptions of the plugin whose {@link app.tillpoint.api.Screen} is being shown (the
 * lock screen's, badge-login's, while it is up). A plugin that subscribed while another plugin's screen, a dialog
 * over it, or a screen of the host's is shown gets nothing; its own screen gets the scans while it is shown.
 */
public interface BadgeScans {

    /**
     * Delivers the badge codes scanned from now on while one of this plugin's screens is shown to {@code onBadge}, on
     * the event thread, until the subscription is closed. Subscribe when a screen that takes badges is shown; close
     * it when the screen is hidden. (Before 1.2 every subscription heard every scan.)
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
