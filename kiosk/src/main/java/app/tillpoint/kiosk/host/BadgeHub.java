package app.tillpoint.kiosk.host;

import app.tillpoint.api.device.BadgeListener;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.terminal.Audit;
import app.tillpoint.api.terminal.BadgeScans;
import app.tillpoint.api.terminal.Subscription;

import javax.swing.SwingUtilities;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Hands each badge code to the screen being shown, and to nobody else, on the event thread: to the subscriptions of
 * the plugin whose screen it is (badge-login's, while the lock screen is shown), or to the host's own when a screen of
 * the host's is shown (the first-run screen, the host's PIN pad). A plugin that subscribed while another's screen is
 * shown gets nothing. Keeps and audits the reader's state.
 *
 * <p>Its own {@link #subscribe} is the host's; each plugin subscribes through {@link #forPlugin}.
 */
public final class BadgeHub implements BadgeScans, BadgeListener {
    private final ScreenSubscribers subscribers = new ScreenSubscribers();
    private final Audit audit;
    private final Runnable onStatusChange;
    private volatile DeviceStatus status;
    private volatile Runnable onScan = () -> { };
    private volatile Supplier<Optional<String>> shownScreenOwner = Optional::empty;
    private volatile ProductHub products;

    /** @param onStatusChange run on the event thread when the reader's state changes (the dashboard shows it) */
    public BadgeHub(DeviceStatus initial, Audit audit, Runnable onStatusChange) {
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

    /**
     * The badge reader scans products too: a scan goes to {@code products} when the screen shown takes products (the
     * register), and is a badge only when it does not.
     */
    public void shareWith(ProductHub products) {
        this.products = products;
    }

    /** A subscription of the host's own screens: they get the scans while a screen of the host's is shown. */
    @Override
    public Subscription subscribe(Consumer<String> onBadge) {
        return subscribers.add(Optional.empty(), onBadge)::run;
    }

    /** The badge scans as plugin {@code pluginId} sees them: delivered only while one of its screens is shown. */
    BadgeScans forPlugin(String pluginId) {
        return new PluginScans(pluginId);
    }

    @Override
    public DeviceStatus readerStatus() {
        return status;
    }

    /** {@code activity} runs on the reader's thread at every scan, whoever listens: the till is in use. */
    public void onScan(Runnable activity) {
        this.onScan = activity;
    }

    @Override
    public void badge(String code) {
        onScan.run();
        SwingUtilities.invokeLater(() -> deliver(code));
    }

    @Override
    public void status(DeviceStatus newStatus) {
        DeviceStatus old = status;
        status = newStatus;
        if (!newStatus.equals(old)) {
            audit.record("device.status", newStatus.describe());
            SwingUtilities.invokeLater(onStatusChange);
        }
    }

    private void deliver(String code) {
        ProductHub shared = products;
        if (shared != null && shared.deliver(code)) {
            return;
        }
        subscribers.deliver(shownScreenOwner.get(), code);
    }

    /** One plugin's view: it can subscribe and read the reader's state, nothing else of the hub. */
    private final class PluginScans implements BadgeScans {
        private final Optional<String> pluginId;

        PluginScans(String pluginId) {
            this.pluginId = Optional.of(pluginId);
        }

        @Override
        public Subscription subscribe(Consumer<String> onBadge) {
            return subscribers.add(pluginId, onBadge)::run;
        }

        @Override
        public DeviceStatus readerStatus() {
            return status;
        }
    }
}
