package app.tillpoint.api.testing;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.device.PrinterException;
import app.tillpoint.api.device.ReceiptPrinter;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A receipt printer for plugins' tests: keeps each job it printed, laid out to its width, and answers with the state
 * a test sets ({@link #state}), refusing to print while that is not {@link ReceiptPrinter.State#READY}.
 */
public final class TestPrinter implements ReceiptPrinter {
    /** The state it reports and prints in; a test sets it. */
    public volatile State state = State.READY;
    /** The jobs printed, first first. */
    public final List<PrintJob> printed = new CopyOnWriteArrayList<>();
    private final int columns;

    /** A printer of 80 mm paper, 48 characters a line. */
    public TestPrinter() {
        this(48);
    }

    /** A printer of {@code columns} characters a line. */
    public TestPrinter(int columns) {
        this.columns = columns;
    }

    /** The text of the {@code index}th job printed, as it came out on the paper. */
    public String text(int index) {
        return String.join("\n", printed.get(index).layout(columns, UnaryOperator.identity()).stream()
                .map(PrintJob.Row::text).toList());
    }

    @Override
    public int columns() {
        return columns;
    }

    @Override
    public State state() {
        return state;
    }

    @Override
    public void print(PrintJob job) throws PrinterException {
        State now = state;
        if (now != State.READY) {
            throw new PrinterException(now, "Printer " + now);
        }
        printed.add(job);
    }

    @Override
    public DeviceStatus status() {
        return new DeviceStatus("Receipt printer", DeviceStatus.State.SIMULATED, "");
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}
