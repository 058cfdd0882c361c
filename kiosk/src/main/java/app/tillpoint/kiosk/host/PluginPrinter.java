package app.tillpoint.kiosk.host;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.device.PrinterException;
import app.tillpoint.api.device.ReceiptPrinter;

/**
 * The receipt printer as plugins reach it: print, ask its state, but never close (release) the device, which the
 * kiosk owns and closes when it exits.
 */
final class PluginPrinter implements ReceiptPrinter {
    private final ReceiptPrinter printer;

    PluginPrinter(ReceiptPrinter printer) {
        this.printer = printer;
    }

    @Override
    public int columns() {
        return printer.columns();
    }

    @Override
    public State state() {
        return printer.state();
    }

    @Override
    public void print(PrintJob job) throws PrinterException {
        printer.print(job);
    }

    @Override
    public DeviceStatus status() {
        return printer.status();
    }

    /** The kiosk's device stays open: a plugin has nothing to release. */
    @Override
    public void close() {
    }
}
