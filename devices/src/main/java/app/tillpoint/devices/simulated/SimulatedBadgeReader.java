package app.tillpoint.devices.simulated;

import app.tillpoint.api.device.BadgeListener;
import app.tillpoint.api.device.BadgeReader;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.devices.Reads;
import app.tillpoint.devices.StatusCell;

/**
 * A badge reader with no hardware: code calls {@link #scan} (tests, the demo). Badges reach the listener on the
 * caller's thread; a scan before {@link #start} or after {@link #close} is ignored.
 */
public final class SimulatedBadgeReader implements BadgeReader {
    private final StatusCell status;
    private volatile BadgeListener listener;

    public SimulatedBadgeReader() {
        this(Reads.BADGES);
    }

    /** @param reads badges, or product barcodes (a simulated product scanner) */
    public SimulatedBadgeReader(Reads reads) {
        this.status = new StatusCell(reads.device(), DeviceStatus.State.SIMULATED, "");
    }

    @Override
    public void start(BadgeListener listener) {
        this.listener = listener;
        status.listen(listener::status);
    }

    /** Simulates a scan of {@code code}; returns whether a started reader delivered it. */
    public boolean scan(String code) {
        BadgeListener current = listener;
        if (current == null) {
            return false;
        }
        current.badge(code);
        return true;
    }

    /** Simulates a change of state, e.g. to show what the kiosk does when the reader is unplugged. */
    public void simulateStatus(DeviceStatus.State state, String detail) {
        status.set(state, detail);
    }

    @Override
    public DeviceStatus status() {
        return status.get();
    }

    @Override
    public void close() {
        listener = null;
    }
}
