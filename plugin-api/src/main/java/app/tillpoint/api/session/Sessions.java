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
     * <p>Since 1.2 the host checks the opening against the last closing count and the count against the typed
     * amount ({@link OpeningCheck}): a difference over the terminal's limit needs a head cashier's approval,
     * {@link ApprovalAction#OPENING_DIFFERENCE} for the opening cash as counted. The cashier must be the one signed in
     * at the till.
     *
     * @throws SessionAlreadyOpenException if the terminal already has an open session (nothing is stored)
     * @throws ApprovalRequiredException  (since 1.2) if the opening needs an approval it does not carry
     */
    Session open(OpeningRequest request) throws SessionAlreadyOpenException, ApprovalRequiredException;

    /**
     * Puts cash into the drawer or takes it out, in one transaction with an audit row, then tells every
     * {@link app.tillpoint.api.SessionListener}. The caller kicks the drawer.
     *
     * <p>A cash out that breaks a rule of {@link app.tillpoint.api.terminal.TerminalPolicy#cashMoveBreaks} needs a
     * head cashier's approval, {@link ApprovalAction#CASH_OUT} for the amount.
     *
     * @throws NoOpenSessionException     if no session is open
     * @throws ApprovalRequiredException if a cash out needs a head cashier's approval it does not carry
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
     * <p>Since 1.2 the count is kept as a {@link ClosingCount} too: under a blind close it must be the last count
     * recorded by {@link #recordClosingCount}; otherwise a count not recorded yet is recorded with the closing. The
     * approval of a difference is {@link ApprovalAction#CLOSING_DIFFERENCE} for the difference.
     *
     * @throws NoOpenSessionException     if no session is open
     * @throws ApprovalRequiredException if the difference is over the terminal's limit and the request has no
     *                                    head cashier's approval (nothing is stored)
     */
    Closing close(ClosingRequest request) throws NoOpenSessionException, ApprovalRequiredException;

    /** How a session was closed, once it is. */
    Optional<Closing> closing(long sessionId);

    /**
     * Records a count of the drawer at closing, with an audit row, before anything shows its difference; returns it
     * with the expected cash and the difference. Every count is kept. Under a blind close, a recount after an earlier
     * count of the session was recorded needs a head cashier's approval, {@link ApprovalAction#RECOUNT}; then
     * {@link #close} takes only the last recorded count. @since 1.2
     *
     * @throws NoOpenSessionException    if no session is open
     * @throws ApprovalRequiredException if this is a recount that needs an approval it does not carry
     */
    default ClosingCount recordClosingCount(ClosingCountRequest request) throws NoOpenSessionException,
            ApprovalRequiredException {
        throw new UnsupportedOperationException("This host does not record closing counts");
    }

    /** The closing counts of a session, first first. @since 1.2 */
    default List<ClosingCount> closingCounts(long sessionId) {
        return List.of();
    }
}
