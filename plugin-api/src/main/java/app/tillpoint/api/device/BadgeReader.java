package app.tillpoint.api.device;

/**
 * The port of a badge reader, implemented in {@code devices} (keyboard wedge, serial, JavaPOS, simulated). The host
 * starts one reader and fans its badges out through {@link app.tillpoint.api.terminal.BadgeScans}.
 */
public interface BadgeReader extends AutoCloseable {

    /**
     * Starts reading and returns at once; badges and state changes go to {@code listener}. A reader that is absent
     * reports it through the listener and keeps trying to reconnect; it never throws for that.
     *
     * @param listener told every badge read and every change of state, on the driver's own thread
     */
    void start(BadgeListener listener);

    /**
     * The reader's state now. Never blocks.
     *
     * @return the state, as the dashboard and the lock screen show it
     */
    DeviceStatus status();

    /** Stops reading and releases the device. Never throws. */
    @Override
    void close();
}
