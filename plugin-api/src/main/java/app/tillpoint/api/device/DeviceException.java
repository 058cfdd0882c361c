package app.tillpoint.api.device;

/** A device could not do what was asked. The message is fit for the cashier. */
public class DeviceException extends Exception {
    /**
     * A device failure with its reason.
     *
     * @param message what went wrong, fit for the cashier, e.g. "Drawer did not open (not connected)"
     */
    public DeviceException(String message) {
        super(message);
    }

    /**
     * A device failure with its reason and the driver's exception behind it.
     *
     * @param message what went wrong, fit for the cashier
     * @param cause   the driver's exception, for the log
     */
    public DeviceException(String message, Throwable cause) {
        super(message, cause);
    }
}
