package app.tillpoint.api.terminal;

/** A dialog shown inside the kiosk window by {@link Navigator#overlay}. */
public interface Overlay {

    /** Removes the dialog; does nothing if it is already closed. Event thread only. */
    void close();

    /**
     * Whether the dialog is still shown.
     *
     * @return false once it was closed
     */
    boolean isOpen();
}
