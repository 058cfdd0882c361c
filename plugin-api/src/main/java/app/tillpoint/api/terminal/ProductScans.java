package app.tillpoint.api.terminal;

import app.tillpoint.api.device.DeviceStatus;

import java.util.function.Consumer;

/**
 * The barcodes scanned on this terminal's product scanner, whatever its kind (keyboard wedge, serial, JavaPOS
 * {@code Scanner}, simulated), or on the badge reader when the terminal shares it with the products. Provided by the
 * host.
 *
 * <p>As with {@link BadgeScans}, a scan goes only to the subscriptions of the plugin whose
 * {@link app.tillpoint.api.Screen} is shown (the register's, while it is up). When the badge reader scans products
 * too, a scan is a product while a screen with a product subscription is shown, and a badge elsewhere.
 *
 * @since 1.3
 */
public interface ProductScans {

    /**
     * Delivers the codes scanned from now on while one of this plugin's screens is shown to {@code onCode}, on the
     * event thread, until the subscription is closed. Subscribe when a screen that sells is shown; close it when the
     * screen is hidden.
     *
     * @param onCode told each code as the scanner sent it (prefix and suffix removed), on the event thread; look it
     *               up with {@link app.tillpoint.api.catalog.Catalog#byBarcode}
     * @return the subscription; closing it stops the delivery
     */
    Subscription subscribe(Consumer<String> onCode);

    /**
     * The scanner's state, for the dashboard.
     *
     * @return the state now; the badge reader's when it is shared
     */
    DeviceStatus scannerStatus();
}
