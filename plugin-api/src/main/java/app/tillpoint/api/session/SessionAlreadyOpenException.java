package app.tillpoint.api.session;

import app.tillpoint.api.Refusal;

/** Thrown by {@link Sessions#open} when the terminal already has a session that is not closed. Nothing was stored. */
public class SessionAlreadyOpenException extends Refusal {
    private final transient Session openSession;

    /**
     * A refusal naming the session that is open, "Session 12 is already open".
     *
     * @param openSession the terminal's session that is not closed
     */
    public SessionAlreadyOpenException(Session openSession) {
        super("Session " + openSession.id() + " is already open");
        this.openSession = openSession;
    }

    /**
     * The session that stands in the way, e.g. for Continue Selling.
     *
     * @return the terminal's open session, as stored when the opening was refused; null after deserialization
     */
    public Session openSession() {
        return openSession;
    }
}
