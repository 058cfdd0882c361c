package app.tillpoint.api.session;

import app.tillpoint.api.Refusal;

/** The terminal has no open session, so there is nothing to sell in, move cash in, or close. Nothing was stored. */
public class NoOpenSessionException extends Refusal {
    /** A refusal with the message "No session is open on this terminal". */
    public NoOpenSessionException() {
        super("No session is open on this terminal");
    }
}
