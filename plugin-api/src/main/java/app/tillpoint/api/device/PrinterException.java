package app.tillpoint.api.device;

/**
 * A receipt printer did not print: it is out of paper, its cover is open, or it cannot be reached. The message is fit
 * for the cashier, e.g. "Printer out of paper".
 *
 * @since 1.3
 */
public class PrinterException extends DeviceException {
    private static final long serialVersionUID = 1L;

    /** Why it did not print. */
    private final ReceiptPrinter.State state;

    /**
     * A printer that did not print, with its state.
     *
     * @param state   why: never {@link ReceiptPrinter.State#READY}
     * @param message what went wrong, fit for the cashier
     */
    public PrinterException(ReceiptPrinter.State state, String message) {
        super(message);
        this.state = state;
    }

    /**
     * A printer that did not print, with its state and the driver's exception behind it.
     *
     * @param state   why
     * @param message what went wrong, fit for the cashier
     * @param cause   the driver's exception, for the log
     */
    public PrinterException(ReceiptPrinter.State state, String message, Throwable cause) {
        super(message, cause);
        this.state = state;
    }

    /**
     * Why the printer did not print.
     *
     * @return paper out, cover open or offline
     */
    public ReceiptPrinter.State state() {
        return state;
    }
}
