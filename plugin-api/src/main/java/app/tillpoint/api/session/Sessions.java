package app.tillpoint.api.session;

import java.util.Optional;

/**
 * The terminal's sessions. Provided by the host; backed by its database.
 *
 * <p>Every method may block on the database: call them from a background task
 * ({@link app.tillpoint.api.KioskContext#background}), never on the event thread.
 */
public interface Sessions {

    /** The terminal's session that is not closed, if any. There is never more than one. */
    Optional<Session> current();

    /** The counted cash and date of the most recently closed session, if any session was ever closed. */
    Optional<LastClosing> lastClosing();

    /**
     * Opens a session: stores it, its count lines, its note and an audit row in one transaction, then tells every
     * {@link app.tillpoint.api.SessionListener}. The drawer is not kicked here; the caller does that.
     *
     * @throws SessionAlreadyOpenException if the terminal already has an open session (nothing is stored)
     */
    Session open(OpeningRequest request) throws SessionAlreadyOpenException;
}
