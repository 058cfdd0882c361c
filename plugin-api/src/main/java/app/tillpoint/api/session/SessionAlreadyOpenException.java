package app.tillpoint.api.session;

import app.tillpoint.api.Refusal;

/** Thrown by {@link Sessions#open} when the terminal already has a session that is not closed. Nothing was stored. */
public class SessionAlreadyOpenException extends Refusal {
    private final transient Session openSession;

    public SessionAlreadyOpenException(Session openSession) {
        super("Session " + openSession.id() + " is already open");
        this.openSession = openSession;
    }

    public Session openSession() {
        return openSession;
    }
}
