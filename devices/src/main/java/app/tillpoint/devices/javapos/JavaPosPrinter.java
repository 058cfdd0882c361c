package app.tillpoint.devices.javapos;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.device.PrinterException;
import app.tillpoint.api.device.ReceiptPrinter;
import app.tillpoint.devices.Code128;
import app.tillpoint.devices.JavaPosConfig;
import app.tillpoint.devices.PrinterStates;
import app.tillpoint.devices.ReceiptPrinterConfig;
import app.tillpoint.devices.StatusCell;
import app.tillpoint.devices.StatusSource;
import jpos.JposConst;
import jpos.JposException;
import jpos.POSPrinter;
import jpos.POSPrinterConst;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * A receipt printer driven through a JavaPOS {@code POSPrinter}, by its logical name in {@code jpos.xml}: opened,
 * claimed and enabled by a daemon thread that retries with a growing wait, as {@link JavaPosDrawer} (both through
 * {@link JposConnection}). A job is fitted to
 * the service's {@code RecLineChars}, printed with {@code printNormal} (a bold row between {@code ESC|bC} and
 * {@code ESC|N}), its barcode rows with {@code printBarCode} as Code 128 where {@code CapRecBarCode} says the station
 * can and the bars fit the line (else their text; {@link #barcode}), and cut with {@code cutPaper}. The state comes
 * from the power state, {@code CoverOpen} and {@code RecEmpty} before each job, and from the error codes of a job that
 * fails ({@link #stateOf}).
 */
public final class JavaPosPrinter implements ReceiptPrinter, StatusSource {
    private static final Logger LOG = LoggerFactory.getLogger(JavaPosPrinter.class);
    static final int STATION = POSPrinterConst.PTR_S_RECEIPT;
    /** UPOS escape sequences: bold on, and back to normal at the end of the row. */
    static final String BOLD = "\u001b|bC";
    static final String NORMAL = "\u001b|N";
    /** Lines fed after the last so that the cut does not go through it. */
    static final String FEED_BEFORE_CUT = "\u001b|4lF";
    /** A partial cut, as the ESC/POS driver does: the slip stays on the roll by a tab. */
    static final int CUT_PERCENT = 90;
    /** The bars' height in dots: {@code MapMode} is set to dots. */
    static final int BARCODE_HEIGHT = 80;
    /** Dots a character, for a service that does not say its {@code RecLineWidth}. */
    private static final int DOTS_PER_COLUMN = 12;
    private final JavaPosConfig javapos;
    private final JposConnection<POSPrinter> connection;
    private final StatusCell status;
    private volatile int columns;

    /** Starts connecting at once; never throws for an absent printer. */
    public JavaPosPrinter(ReceiptPrinterConfig config) {
        this.javapos = config.javapos();
        this.columns = config.columns();
        this.connection = new JposConnection<>("Receipt printer", javapos, "POSPrinter", "receipt-printer-javapos",
            LOG, new JposConnection.Steps<>(POSPrinter::new, POSPrinter::addStatusUpdateListener, this::enabled,
                this::statusUpdate));
        this.status = connection.status();
        connection.start();
    }

    /** The service's {@code RecLineChars} once connected; until then the configured paper's. */
    @Override
    public int columns() {
        return columns;
    }

    @Override
    public State state() {
        synchronized (connection) {
            POSPrinter printer = connection.device();
            if (printer == null) {
                return State.OFFLINE;
            }
            State state;
            try {
                state = asked(printer);
            } catch (JposException | RuntimeException | LinkageError e) {
                JposFailure.log(LOG, "JavaPOS POSPrinter \"" + javapos.logicalName() + "\": its state is unknown", e);
                state = stateOf(e);
            }
            remember(state);
            return state;
        }
    }

    @Override
    public void print(PrintJob job) throws PrinterException {
        synchronized (connection) {
            State state = state();
            if (state != State.READY) {
                throw new PrinterException(state, PrinterStates.message(state));
            }
            POSPrinter printer = connection.device();
            try {
                send(printer, job);
            } catch (JposException | RuntimeException | LinkageError e) {
                JposFailure.log(LOG, "JavaPOS POSPrinter \"" + javapos.logicalName() + "\": the job failed", e);
                State failed = stateOf(e);
                clearOutput(printer);
                remember(failed);
                throw new PrinterException(failed, PrinterStates.message(failed), e);
            }
        }
        LOG.info("JavaPOS POSPrinter {}: job printed", javapos.logicalName());
    }

    @Override
    public DeviceStatus status() {
        return connection.current();
    }

    @Override
    public void onStatusChange(Consumer<DeviceStatus> listener) {
        connection.onStatusChange(listener);
    }

    @Override
    public void close() {
        connection.close();
    }

    private void send(POSPrinter device, PrintJob job) throws JposException {
        int width = device.getRecLineChars();
        if (width >= 16) {
            columns = width;
        }
        boolean barcodes = device.getCapRecBarCode();
        StringBuilder text = new StringBuilder();
        for (PrintJob.Row row : job.layout(columns, JavaPosPrinter::printable)) {
            if (row.barcode() && barcodes) {
                flush(device, text);
                if (!barcode(device, row.text().strip())) {
                    text.append(row.text()).append('\n');
                }
            } else {
                text.append(row.emphasis() ? BOLD + row.text() + NORMAL : row.text()).append('\n');
            }
        }
        if (job.cut()) {
            text.append(FEED_BEFORE_CUT);
        }
        flush(device, text);
        if (job.cut() && device.getCapRecPapercut()) {
            device.cutPaper(CUT_PERCENT);
        }
        if (job.kickDrawer()) {
            // A JavaPOS drawer is a device of its own (cashDrawer.type "javapos"), kicked through its service.
            LOG.debug("JavaPOS POSPrinter {}: the job's drawer kick is left to the CashDrawer", javapos.logicalName());
        }
    }

    /**
     * Prints {@code data} as Code 128 with its text below, in the fewest symbols ({@link Code128}), its modules the
     * widest that fit {@code RecLineWidth}: first as the spec's {@code PTR_BCS_Code128_Parsed} (code sets chosen by us,
     * "{B"/"{C" before each run), then, for a service that refuses it (one older than UnifiedPOS 1.8), as
     * plain {@code PTR_BCS_Code128}, the sets left to the service. False when the bars do not fit the paper or the
     * service refuses both: its text is printed instead.
     */
    private boolean barcode(POSPrinter device, String data) throws JposException {
        Code128 code = Code128.of(data);
        int lineDots = device.getRecLineWidth();
        OptionalInt module = code.moduleDots(lineDots > 0 ? lineDots : columns * DOTS_PER_COLUMN);
        if (module.isEmpty()) {
            return false;
        }
        int width = code.modules() * module.getAsInt();
        return printBarCode(device, code.parsed(), POSPrinterConst.PTR_BCS_Code128_Parsed, width)
            || printBarCode(device, data, POSPrinterConst.PTR_BCS_Code128, width);
    }

    private boolean printBarCode(POSPrinter device, String data, int symbology, int width) throws JposException {
        try {
            device.printBarCode(STATION, data, symbology, BARCODE_HEIGHT, width, POSPrinterConst.PTR_BC_CENTER,
                POSPrinterConst.PTR_BC_TEXT_BELOW);
            return true;
        } catch (JposException e) {
            if (e.getErrorCode() != JposConst.JPOS_E_ILLEGAL) {
                throw e;
            }
            JposFailure.log(LOG, "JavaPOS POSPrinter \"" + javapos.logicalName() + "\": no barcode of symbology "
                + symbology + " " + width + " dots wide", e);
            return false;
        }
    }

    private static void flush(POSPrinter device, StringBuilder text) throws JposException {
        if (!text.isEmpty()) {
            device.printNormal(STATION, text.toString());
            text.setLength(0);
        }
    }

    /**
     * What the service gets of a text: ₹ as "Rs." (no common printer font has it) and a control character as "?",
     * so that no text can start an escape sequence of its own.
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '₹') {
                out.append("Rs.");
            } else if (c < 0x20 || c == 0x7F) {
                out.append('?');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * What a failure says of the printer: the extended codes {@code JPOS_EPTR_COVER_OPEN} and
     * {@code JPOS_EPTR_REC_EMPTY} (under {@code JPOS_E_EXTENDED}, or as the code itself from a lax service), else
     * offline: {@code JPOS_E_OFFLINE}, {@code JPOS_E_NOHARDWARE}, a time-out or anything else, which the queue tries
     * again.
     */
    static State stateOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JposException jpos) {
                int code = jpos.getErrorCode() == JposConst.JPOS_E_EXTENDED ? jpos.getErrorCodeExtended()
                    : jpos.getErrorCode();
                if (code == POSPrinterConst.JPOS_EPTR_COVER_OPEN) {
                    return State.COVER_OPEN;
                }
                if (code == POSPrinterConst.JPOS_EPTR_REC_EMPTY) {
                    return State.PAPER_OUT;
                }
                return State.OFFLINE;
            }
        }
        return State.OFFLINE;
    }

    private static State asked(POSPrinter device) throws JposException {
        int power = JposPower.state(device);
        if (power == JposConst.JPOS_PS_OFF || power == JposConst.JPOS_PS_OFFLINE
            || power == JposConst.JPOS_PS_OFF_OFFLINE) {
            return State.OFFLINE;
        }
        if (device.getCoverOpen()) {
            return State.COVER_OPEN;
        }
        return device.getRecEmpty() ? State.PAPER_OUT : State.READY;
    }

    /** What was sent before a failure is not printed later, as a half slip, when the printer is back. */
    private void clearOutput(POSPrinter device) {
        try {
            device.clearOutput();
        } catch (JposException | RuntimeException | LinkageError e) {
            LOG.debug("JavaPOS POSPrinter {}: clearOutput failed: {}", javapos.logicalName(), e.toString());
        }
    }

    /** Dots as the unit of the barcode's sizes, and the paper's width from the service. */
    private void enabled(POSPrinter device) throws JposException {
        device.setMapMode(POSPrinterConst.PTR_MM_DOTS);
        int width = device.getRecLineChars();
        if (width >= 16) {
            columns = width;
        }
    }

    /** On the service's event thread: cover and paper reports change the status (power: the connection's). */
    private void statusUpdate(int code) {
        switch (code) {
            case POSPrinterConst.PTR_SUE_COVER_OPEN -> remember(State.COVER_OPEN);
            case POSPrinterConst.PTR_SUE_REC_EMPTY -> remember(State.PAPER_OUT);
            case POSPrinterConst.PTR_SUE_COVER_OK, POSPrinterConst.PTR_SUE_REC_PAPEROK -> remember(State.READY);
            default -> LOG.debug("JavaPOS {}: status {}", javapos.logicalName(), code);
        }
    }

    private void remember(State state) {
        switch (state) {
            case READY -> status.set(DeviceStatus.State.READY, "");
            case OFFLINE -> status.set(DeviceStatus.State.NOT_CONNECTED, "offline (" + javapos.logicalName() + ")");
            default -> status.set(DeviceStatus.State.ERROR, PrinterStates.message(state).toLowerCase(Locale.ROOT));
        }
    }
}
