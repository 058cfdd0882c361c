package app.tillpoint.devices.escpos;

import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.device.PrinterException;
import app.tillpoint.api.device.ReceiptPrinter;
import app.tillpoint.devices.PrinterStates;
import app.tillpoint.devices.ReceiptPrinterConfig;
import app.tillpoint.devices.StatusCell;
import app.tillpoint.devices.StatusSource;
import app.tillpoint.devices.serial.EscPosSerialDrawer;
import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.Style;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * An ESC/POS receipt printer on a serial port, a TCP socket or a USB device file. The job's text goes through
 * escpos-coffee (styles, the code page, feed and cut); a row the code page cannot print (Hindi, Tamil) goes as a
 * picture of itself ({@link RasterRows}); the state is asked with the real-time status requests
 * {@code DLE EOT 2} (cover open, stopped for paper) and {@code DLE EOT 4} (paper roll), which escpos-coffee does not
 * do. A printer that does not answer within {@code answerMillis} is offline; the link is opened afresh at the next
 * call, so a printer switched back on prints again without a restart.
 */
public final class EscPosPrinter implements ReceiptPrinter, StatusSource {
    private static final Logger LOG = LoggerFactory.getLogger(EscPosPrinter.class);
    private static final byte DLE = 0x10;
    private static final byte EOT = 0x04;
    /** Lines fed after the last so that the cut does not go through it. */
    private static final int FEED_BEFORE_CUT = 4;
    private final PrinterLink link;
    private final int columns;
    private final long answerMillis;
    private final Glyphs glyphs = Glyphs.codePage437();
    private final RasterRows raster;
    private final StatusCell status;

    EscPosPrinter(PrinterLink link, int columns, long answerMillis) {
        this.link = link;
        this.columns = columns;
        this.raster = new RasterRows(columns);
        this.answerMillis = answerMillis;
        this.status = new StatusCell("Receipt printer", DeviceStatus.State.NOT_CONNECTED, link.describe());
    }

    /** The printer the configuration names: its {@code type} is one of the {@code escpos-…} types. */
    public static EscPosPrinter of(ReceiptPrinterConfig config) {
        PrinterLink link = switch (config.type()) {
            case "escpos-serial" -> new SerialLink(config.serial());
            case "escpos-tcp" -> new TcpLink(config.host(), config.port(), config.answerMillis());
            case "escpos-usb" -> new DeviceFileLink(config.device());
            default -> throw new IllegalArgumentException("Not an ESC/POS printer: " + config.type());
        };
        return new EscPosPrinter(link, config.columns(), config.answerMillis());
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public synchronized State state() {
        try {
            link.open();
            State state = link.answers() ? asked() : State.READY;
            remember(state);
            return state;
        } catch (IOException e) {
            LOG.debug("Receipt printer on {}: {}", link.describe(), e.getMessage());
            link.close();
            remember(State.OFFLINE);
            return State.OFFLINE;
        }
    }

    @Override
    public synchronized void print(PrintJob job) throws PrinterException {
        State state = state();
        if (state != State.READY) {
            throw new PrinterException(state, PrinterStates.message(state));
        }
        try {
            EscPos escpos = new EscPos(link.output());
            escpos.setCharsetName(glyphs.charsetName());
            escpos.initializePrinter();
            Style plain = new Style();
            Style bold = new Style().setBold(true);
            for (PrintJob.Row row : job.layout(columns, glyphs::plain)) {
                if (row.barcode() && EscPosBarcode.write(escpos, row.text().strip(), columns)) {
                    continue;
                }
                if (glyphs.fits(row.text())) {
                    escpos.writeLF(row.emphasis() ? bold : plain, row.text());
                } else {
                    raster.print(escpos, row.text(), row.emphasis());
                }
            }
            if (job.cut()) {
                escpos.feed(FEED_BEFORE_CUT).cut(EscPos.CutMode.PART);
            }
            if (job.kickDrawer()) {
                escpos.write(EscPosSerialDrawer.kickCommand(0, 100, 500), 0, 5);
            }
            escpos.flush();
        } catch (IOException e) {
            link.close();
            remember(State.OFFLINE);
            throw new PrinterException(State.OFFLINE, PrinterStates.message(State.OFFLINE), e);
        }
    }

    /** Kicks the drawer on the printer's kick connector: the drawer that hangs on this printer shares its link. */
    public synchronized void kick(int pin, int pulseOnMillis, int pulseOffMillis) throws DeviceException {
        byte[] kick = EscPosSerialDrawer.kickCommand(pin, pulseOnMillis, pulseOffMillis);
        try {
            link.open();
            OutputStream out = link.output();
            out.write(kick);
            out.flush();
        } catch (IOException e) {
            link.close();
            remember(State.OFFLINE);
            throw new DeviceException("Drawer did not open: printer not connected (" + link.describe() + ")", e);
        }
    }

    @Override
    public DeviceStatus status() {
        return status.get();
    }

    @Override
    public void onStatusChange(Consumer<DeviceStatus> listener) {
        status.onChange(listener);
    }

    @Override
    public synchronized void close() {
        link.close();
    }

    private State asked() throws IOException {
        link.drain();
        int cause = ask(2);
        if ((cause & 0x04) != 0) {
            return State.COVER_OPEN;
        }
        if ((cause & 0x20) != 0) {
            return State.PAPER_OUT;
        }
        int paper = ask(4);
        return (paper & 0x60) != 0 ? State.PAPER_OUT : State.READY;
    }

    /** The answer to {@code DLE EOT n}; a printer that does not answer, or answers nonsense, is offline. */
    private int ask(int n) throws IOException {
        OutputStream out = link.output();
        out.write(new byte[] {DLE, EOT, (byte) n});
        out.flush();
        int answer = link.read(answerMillis);
        if (answer < 0) {
            throw new IOException("no answer to DLE EOT " + n + " within " + answerMillis + " ms");
        }
        // Every status byte is 0xx1xx10 in binary.
        if ((answer & 0x93) != 0x12) {
            throw new IOException(String.format("unreadable answer 0x%02X to DLE EOT %d", answer, n));
        }
        return answer;
    }

    private void remember(State state) {
        switch (state) {
            case READY -> status.set(DeviceStatus.State.READY, "");
            case OFFLINE -> status.set(DeviceStatus.State.NOT_CONNECTED, link.describe());
            default -> status.set(DeviceStatus.State.ERROR, PrinterStates.message(state).toLowerCase(Locale.ROOT));
        }
    }
}
