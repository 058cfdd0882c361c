package app.tillpoint.devices.escpos;

import java.io.IOException;
import java.io.OutputStream;

/**
 * How the ESC/POS printer is reached: a serial port, a TCP socket or a USB device file. Opened when needed, closed and
 * opened afresh after a failure; used under the printer's lock, one caller at a time.
 */
interface PrinterLink {

    /** Opens the link if it is not open. */
    void open() throws IOException;

    /** Where the bytes go; valid until {@link #close()}. */
    OutputStream output() throws IOException;

    /** One byte of the printer's answer, or -1 when none came within {@code millis}. */
    int read(long millis) throws IOException;

    /** Drops whatever the printer sent that nobody asked for. */
    void drain() throws IOException;

    /** Whether the printer can answer status requests on this link; a USB device file cannot be read. */
    boolean answers();

    /** Closes the link; never throws. */
    void close();

    /** Where it leads, for the cashier and the log, e.g. "/dev/ttyUSB0" or "192.168.1.50:9100". */
    String describe();
}
