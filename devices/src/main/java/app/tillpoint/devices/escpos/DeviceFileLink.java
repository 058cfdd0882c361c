package app.tillpoint.devices.escpos;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A USB printer's device file ({@code /dev/usb/lp0} through the kernel's usblp driver). Written only: the driver
 * gives no reliable way to read the printer's answers, so the state is known only as "there" or "not there".
 */
final class DeviceFileLink implements PrinterLink {
    private final String device;
    private FileOutputStream out;

    DeviceFileLink(String device) {
        this.device = device;
    }

    @Override
    public void open() throws IOException {
        if (out == null) {
            try {
                out = new FileOutputStream(device, true);
            } catch (IOException e) {
                throw new IOException("not connected (" + device + ")", e);
            }
        }
    }

    @Override
    public OutputStream output() throws IOException {
        open();
        return out;
    }

    @Override
    public int read(long millis) {
        return -1;
    }

    @Override
    public void drain() {
        // Nothing can be read.
    }

    @Override
    public boolean answers() {
        return false;
    }

    @Override
    public void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                // The device went away while closing: nothing left to release.
            }
            out = null;
        }
    }

    @Override
    public String describe() {
        return device;
    }
}
