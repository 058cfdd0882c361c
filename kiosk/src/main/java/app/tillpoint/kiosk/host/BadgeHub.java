package app.tillpoint.kiosk.host;

import app.tillpoint.api.device.BadgeListener;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.terminal.Audit;
import app.tillpoint.api.terminal.BadgeScans;
import app.tillpoint.api.terminal.Subscription;

import javax.swing.SwingUtilities;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Fans the badge reader's codes out to the screens that listen, on the event thread; keeps and audits the reader's
 * state.
 */
public final class BadgeHub implements BadgeScans, BadgeListener {
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final Audit audit;
    private final Runnable onStatusChange;
    private volatile DeviceStatus status;
    private volatile Runnable onScan = () -> { };

    /** @param onStatusChange run on the event thread when the reader's state changes (the dashboard shows it) */
    public BadgeHub(DeviceStatus initial, Audit audit, Runnable onStatusChange) {
        this.status = initial;
        this.audit = audit;
        this.onStatusChange = onStatusChange;
    }

    @Override
    public Subscription subscribe(Consumer<String> onBadge) {
        listeners.add(onBadge);
        return () -> listeners.remove(onBadge);
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
        SwingUtilities.invokeLater(() -> listeners.forEach(listener -> listener.accept(code)));
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
}
