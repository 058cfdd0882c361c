package app.tillpoint.kiosk.store;

/** The store could not do what was asked: the database is unreadable, too new, busy, or a statement failed. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
