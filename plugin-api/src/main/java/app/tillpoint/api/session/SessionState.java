package app.tillpoint.api.session;

/** Where a session is in its life. A terminal has at most one session that is not {@code CLOSED}. */
public enum SessionState {
    /** Opened and not yet closed: sales and cash moves go into it. */
    OPEN,
    /** Closed with a counted drawer; it changes no more. */
    CLOSED
}
