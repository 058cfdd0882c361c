package app.tillpoint.api.device;

/** A device could not do what was asked. The message is fit for the cashier. */
public class DeviceException extends Exception {
    public DeviceException(String message) {
        super(message);
    }

    public DeviceException(String message, Throwable cause) {
        super(message, cause);
    }
}
