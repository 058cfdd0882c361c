package app.tillpoint.api.device;

import java.time.Duration;

/**
 * The port of a cash drawer, implemented in {@code devices} (ESC/POS serial, JavaPOS, simulated) and handed to
 * plugins by the host. Methods that talk to the device block: call them from a background task, never on the event
 * thread. Thread-safe.
 */
public interface CashDrawer extends AutoCloseable {

    /** The state of an open drawer, as far as the hardware can tell. */
    enum OpenState { OPEN, CLOSED, UNKNOWN }

    /**
     * Kicks the drawer open.
     *
     * @throws DeviceException if the kick could not be sent; the message is fit for the cashier
     */
    void open() throws DeviceException;

    /** Whether the drawer is open now; {@code UNKNOWN} where the hardware cannot say. */
    OpenState openState() throws DeviceException;

    /**
     * Waits until the drawer is closed, at most {@code timeout}.
     *
     * @return true if it was seen closed; false on time-out or where the hardware cannot say
     */
    boolean waitForClose(Duration timeout) throws DeviceException, InterruptedException;

    DeviceStatus status();

    /** Releases the device. Never throws. */
    @Override
    void close();
}
