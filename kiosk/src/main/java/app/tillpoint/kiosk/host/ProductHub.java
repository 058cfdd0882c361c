package app.tillpoint.kiosk.host;

import app.tillpoint.api.device.BadgeListener;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.terminal.Audit;
import app.tillpoint.api.terminal.ProductScans;
import app.tillpoint.api.terminal.Subscription;

import javax.swing.SwingUtilities;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Hands each product barcode to the plugin whose screen is shown (the register's), and to nobody else, on the event
 * thread, as {@link BadgeHub} does with badges. It hears a product scanner of its own as that scanner's listener, or
 * the badge reader's scans through {@link BadgeHub#shareWith} when the terminal shares the device: then a scan that
 * the screen shown takes as a product is not a badge. Keeps and audits its own scanner's state.
 */
public final class ProductHub implements ProductScans, BadgeListener {
    private final ScreenSubscribers subscribers = new ScreenSubscribers();
    private final Audit audit;
    private final Runnable onStatusChange;
    private volatile Supplier<DeviceStatus> status;
    private volatile Runnable onScan = () -> { };
    private volatile Supplier<Optional<String>> shownScreenOwner = Optional::empty;

    /**
     * @param initial        the scanner's state at start: its own device's, or the badge reader's when shared
     * @param onStatusChange run on the event thread when the scanner's state changes (the dashboard shows it)
     */
    public ProductHub(Supplier<DeviceStatus> initial, Audit audit, Runnable onStatusChange) {
        this.status = initial;
        this.audit = audit;
        this.onStatusChange = onStatusChange;
    }

    /**
     * Who owns the screen being shown, asked on the event thread at each scan.
     *
     * @param owner the id of the plugin whose screen is shown; empty while a screen of the host's is
     */
    public void deliverTo(Supplier<Optional<String>> owner) {
        this.shownScreenOwner = owner;
    }

    /** {@code activity} runs at every scan of the scanner's own device, whoever listens: the till is in use. */
    public void onScan(Runnable activity) {
        this.onScan = activity;
    }

    /** The host's own subscription: scans while a screen of the host's is shown (none takes products yet). */
    @Override
    public Subscription subscribe(Consumer<String> onCode) {
        return subscribers.add(Optional.empty(), onCode)::run;
    }

    /** The product scans as plugin {@code pluginId} sees them: delivered only while one of its screens is shown. */
    ProductScans forPlugin(String pluginId) {
        return new PluginScans(pluginId);
    }

    @Override
    public DeviceStatus scannerStatus() {
        return status.get();
    }

    /** A scan of the scanner's own device, on its driver's thread. */
    @Override
    public void badge(String code) {
        onScan.run();
        SwingUtilities.invokeLater(() -> deliver(code));
    }

    @Override
    public void status(DeviceStatus newStatus) {
        DeviceStatus old = status.get();
        status = () -> newStatus;
        if (!newStatus.equals(old)) {
            audit.record("device.status", newStatus.describe());
            SwingUtilities.invokeLater(onStatusChange);
        }
    }

    /**
     * Whether the screen shown takes products, and if so hands it {@code code}. Event thread.
     *
     * @return false when no subscription of the screen's owner takes products: the code is not delivered
     */
    boolean deliver(String code) {
        return subscribers.deliver(shownScreenOwner.get(), code);
    }

    /** One plugin's view: it can subscribe and read the scanner's state, nothing else of the hub. */
    private final class PluginScans implements ProductScans {
        private final Optional<String> pluginId;

        PluginScans(String pluginId) {
            this.pluginId = Optional.of(pluginId);
        }

        @Override
        public Subscription subscribe(Consumer<String> onCode) {
            return subscribers.add(pluginId, onCode)::run;
        }

        @Override
        public DeviceStatus scannerStatus() {
            return status.get();
        }
    }
}
