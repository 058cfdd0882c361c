package app.tillpoint.devices.escpos;

import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.devices.CashDrawerConfig;

import java.time.Duration;

/**
 * The drawer on the kick connector of the ESC/POS receipt printer, which holds the one port they share: each kick
 * goes through the printer's link, between its jobs. Its open state is not read (the printer's status requests are
 * the printer's); a drawer with a sensor on a printer of its own is {@code escpos-serial}.
 */
public final class PrinterDrawer implements CashDrawer {
    private final EscPosPrinter printer;
    private final CashDrawerConfig config;

    public PrinterDrawer(EscPosPrinter printer, CashDrawerConfig config) {
        this.printer = printer;
        this.config = config;
    }

    @Override
    public void open() throws DeviceException {
        printer.kick(config.pin(), config.pulseOnMillis(), config.pulseOffMillis());
    }

    @Override
    public OpenState openState() {
        return OpenState.UNKNOWN;
    }

    @Override
    public boolean waitForClose(Duration timeout) {
        return false;
    }

    @Override
    public DeviceStatus status() {
        DeviceStatus printers = printer.status();
        // A printer out of paper still kicks its drawer: only a printer out of reach takes the drawer with it.
        return printers.state() == DeviceStatus.State.NOT_CONNECTED
                ? new DeviceStatus("Cash drawer", printers.state(), "printer " + printers.detail())
                : new DeviceStatus("Cash drawer", DeviceStatus.State.READY, "on the receipt printer");
    }

    /** The printer owns the link and closes it. */
    @Override
    public void close() {
    }
}
