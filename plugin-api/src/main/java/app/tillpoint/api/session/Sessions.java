package app.tillpoint.api.session;

import java.util.List;
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

    /**
     * Puts cash into the drawer or takes it out, in one transaction with an audit row, then tells every
     * {@link app.tillpoint.api.SessionListener}. The caller kicks the drawer.
     *
     * @throws NoOpenSessionException     if no session is open
     * @throws ApprovalRequiredException if a cash out is over the terminal's limit and has no head cashier's approval
     */
    CashMove moveCash(CashMoveRequest request) throws NoOpenSessionException, ApprovalRequiredException;

    /** The cash moves of a session, oldest first. */
    List<CashMove> cashMoves(long sessionId);

    /** The money of a session so far: orders, cash sales, cash in and out, and the expected cash. */
    SessionSummary summary(long sessionId);

    /**
     * Closes the open session: stores the closing count and its lines, the counted, expected and difference amounts,
     * who closed and who approved, in one transaction with an audit row; then tells every
     * {@link app.tillpoint.api.SessionListener}. The counted amount becomes the "last closing".
     *
     * @throws NoOpenSessionException     if no session is open
     * @throws ApprovalRequiredException if the difference is over the terminal's limit and the request has no
     *                                    head cashier's approval (nothing is stored)
     */
    Closing close(ClosingRequest request) throws NoOpenSessionException, ApprovalRequiredException;

    /** How a session was closed, once it is. */
    Optional<Closing> closing(long sessionId);
}
