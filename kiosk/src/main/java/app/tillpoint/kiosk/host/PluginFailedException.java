package app.tillpoint.kiosk.host;

/** A call reached an extension of a plugin that has failed and is disabled for the rest of the run. */
public class PluginFailedException extends RuntimeException {
    public PluginFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
