package app.tillpoint.api.device;

import java.time.Duration;

/**
 * The port of a cash drawer, implemented in {@code devices} (ESC/POS serial, JavaPOS, simulated) and handed to
 * plugins by the host. Methods that talk to the device block: call them from a background task, never on the event
 * thread. Thread-safe.
 */
public interface CashDrawer extends AutoCloseable {

    /** The state of an open drawer, as far as the hardware can tell. */
    enum OpenState {
        /** The drawer is open. */
        OPEN,
        /** The drawer is closed. */
        CLOSED,
        /** The hardware cannot tell, e.g. a drawer without a sensor, or a printer configured without status. */
        UNKNOWN
    }

    /**
     * Kicks the drawer open.
     *
     * @throws DeviceException if the kick could not be sent; the message is fit for the cashier
     */
    void open() throws DeviceException;

    /**
     * Whether the drawer is open now; {@code UNKNOWN} where the hardware cannot say.
     *
     * @return open, closed or unknown
     * @throws DeviceException if the device could not be asked (not connected, an error); the message is fit for the
     *                         cashier
     */
    OpenState openState() throws DeviceException;

    /**
     * Waits until the drawer is closed, at most {@code timeout}.
     *
     * @param timeout the longest wait
     * @return true if it was seen closed; false on time-out or where the hardware cannot say
     * @throws DeviceException      if the device could not be asked; the message is fit for the cashier
     * @throws InterruptedException if the waiting thread was interrupted
     */
    boolean waitForClose(Duration timeout) throws DeviceException, InterruptedException;

    /**
     * The drawer's state as a device now. Never blocks.
     *
     * @return the state, as the dashboard shows it
     */
    DeviceStatus status();

    /** Releases the device. Never throws. */
    @Override
    void close();
}
