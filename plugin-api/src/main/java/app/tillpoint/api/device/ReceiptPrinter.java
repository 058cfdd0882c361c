package app.tillpoint.api.device;

/**
 * The port of a receipt printer, implemented in {@code devices} (ESC/POS over serial, TCP or a USB device file, and a
 * simulated printer that writes each job to a picture and a text file) and handed to plugins by the host. Methods that
 * talk to the printer block: call them from a background task or a listener's thread, never on the event thread. The
 * host gives up a call after a time-out. Thread-safe.
 *
 * @since 1.3
 */
public interface ReceiptPrinter extends AutoCloseable {

    /**
     * Whether the printer can print now, as far as it can tell.
     *
     * @since 1.3
     */
    enum State {
        /** Ready to print. */
        READY,
        /** The paper roll is empty. */
        PAPER_OUT,
        /** The cover is open. */
        COVER_OPEN,
        /** Not connected, switched off, or not answering. */
        OFFLINE
    }

    /**
     * The characters of one line on this printer's paper: 32 on 58 mm paper, 48 on 80 mm paper with the usual font.
     * Never blocks.
     *
     * @return the width of a line, in characters
     * @since 1.3
     */
    int columns();

    /**
     * Asks the printer whether it can print. Blocks for the printer's answer; a printer that does not answer is
     * {@link State#OFFLINE}. A printer that cannot report (a USB device file) says {@link State#READY} while it is
     * connected.
     *
     * @return the printer's state now
     * @since 1.3
     */
    State state();

    /**
     * Prints {@code job}: its lines laid out to {@link #columns()}, then the cut and the drawer kick it asks for. The
     * printer's state is asked first: a printer that is not ready prints nothing.
     *
     * @param job what to print
     * @throws PrinterException if the printer is not ready or the job could not be sent; its state says why, its
     *                          message is fit for the cashier
     * @since 1.3
     */
    void print(PrintJob job) throws PrinterException;

    /**
     * The printer's state as a device, as the dashboard shows it. Never blocks.
     *
     * @return the last known state
     * @since 1.3
     */
    DeviceStatus status();

    /** Releases the device. Never throws. */
    @Override
    void close();
}
