package app.tillpoint.devices;

import app.tillpoint.api.device.DeviceStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.function.Consumer;

/** The current status of one device; logs every change and passes it on to whoever listens. Thread-safe. */
public final class StatusCell {
    private static final Logger LOG = LoggerFactory.getLogger(StatusCell.class);
    private final String device;
    private DeviceStatus status;
    private Consumer<DeviceStatus> onChange = s -> { };

    public StatusCell(String device, DeviceStatus.State state, String detail) {
        this.device = device;
        this.status = new DeviceStatus(device, state, detail);
    }

    public synchronized DeviceStatus get() {
        return status;
    }

    /** Who hears changes from now on; hears the current status at once. */
    public void listen(Consumer<DeviceStatus> listener) {
        DeviceStatus now;
        synchronized (this) {
            onChange = Objects.requireNonNull(listener);
            now = status;
        }
        listener.accept(now);
    }

    /** Who hears changes from now on, without the current status (see {@link StatusSource}). */
    public synchronized void onChange(Consumer<DeviceStatus> listener) {
        onChange = Objects.requireNonNull(listener);
    }

    /** Sets the status; tells the listener only when it changed. */
    public void set(DeviceStatus.State state, String detail) {
        DeviceStatus next = new DeviceStatus(device, state, detail);
        Consumer<DeviceStatus> listener;
        synchronized (this) {
            if (next.equals(status)) {
                return;
            }
            status = next;
            listener = onChange;
        }
        if (next.usable()) {
            LOG.info("{}", next.describe());
        } else {
            LOG.warn("{}", next.describe());
        }
        try {
            listener.accept(next);
        } catch (RuntimeException e) {
            LOG.error("The listener of {} failed on a status change", device, e);
        }
    }
}
