package app.tillpoint.api.session;

/** Where a session is in its life. A terminal has at most one session that is not {@code CLOSED}. */
public enum SessionState { OPEN, CLOSED }
