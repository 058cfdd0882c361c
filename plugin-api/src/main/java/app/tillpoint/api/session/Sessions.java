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

    /**
     * The terminal's session that is not closed, if any. There is never more than one.
     *
     * @return the open session, also one left open by a restart or a crash; empty if none is open
     */
    Optional<Session> current();

    /**
     * The counted cash and date of the most recently closed session, if any session was ever closed.
     *
     * @return the last closing, as the dashboard shows it; empty on a terminal that never closed a session
     */
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
     * @param request the opening cash, its count, the note and the approval, if any, in the terminal's currency
     * @return the session as stored: open, with its number
     * @throws SessionAlreadyOpenException if the terminal already has an open session (nothing is stored)
     * @throws ApprovalRequiredException   (since 1.2) if the opening needs an approval it does not carry
     * @throws IllegalStateException       if the request's cashier is not the one at the till (nothing is stored)
     * @throws IllegalArgumentException    with a message for the cashier if the approval cannot be used (not issued
     *                                     here, used already, for another action or amount) or the amount is not in
     *                                     the terminal's currency (nothing is stored)
     */
    Session open(OpeningRequest request) throws SessionAlreadyOpenException, ApprovalRequiredException;

    /**
     * Puts cash into the drawer or takes it out, in one transaction with an audit row, then tells every
     * {@link app.tillpoint.api.SessionListener}. The caller kicks the drawer.
     *
     * <p>A cash out that breaks a rule of {@link app.tillpoint.api.terminal.TerminalPolicy#cashMoveBreaks} needs a
     * head cashier's approval, {@link ApprovalAction#CASH_OUT} for the amount.
     *
     * @param request the direction, the amount, the reason and the approval, if any, in the terminal's currency
     * @return the cash move as stored, with its id
     * @throws NoOpenSessionException    if no session is open
     * @throws ApprovalRequiredException if a cash out needs a head cashier's approval it does not carry
     * @throws IllegalStateException     if the request's cashier is not the one at the till (nothing is stored)
     * @throws IllegalArgumentException  with a message for the cashier if the approval cannot be used or the amount
     *                                   is not in the terminal's currency (nothing is stored)
     */
    CashMove moveCash(CashMoveRequest request) throws NoOpenSessionException, ApprovalRequiredException;

    /**
     * The cash moves of a session, oldest first.
     *
     * @param sessionId the session's id
     * @return its cash moves; empty if it has none, or if there is no such session
     */
    List<CashMove> cashMoves(long sessionId);

    /**
     * The money of a session so far: orders, cash sales, cash in and out, and the expected cash.
     *
     * @param sessionId the id of a session of this terminal, open or closed
     * @return the sums as they stand now
     * @throws IllegalArgumentException if the terminal has no session of that id
     */
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
     * @param request the count, the note and the approval, if any, in the terminal's currency
     * @return the closing as stored: counted, expected and difference
     * @throws NoOpenSessionException    if no session is open
     * @throws ApprovalRequiredException if the difference is over the terminal's limit and the request has no
     *                                   head cashier's approval (nothing is stored)
     * @throws IllegalStateException     if the request's cashier is not the one at the till (nothing is stored)
     * @throws IllegalArgumentException  with a message for the cashier if the approval cannot be used, or the count
     *                                   is not in the terminal's currency (nothing is stored)
     */
    Closing close(ClosingRequest request) throws NoOpenSessionException, ApprovalRequiredException;

    /**
     * How a session was closed, once it is.
     *
     * @param sessionId the session's id
     * @return its closing; empty while it is open, or if there is no such session
     */
    Optional<Closing> closing(long sessionId);

    /**
     * Records a count of the drawer at closing, with an audit row, before anything shows its difference; returns it
     * with the expected cash and the difference. Every count is kept. Under a blind close, a recount after an earlier
     * count of the session was recorded needs a head cashier's approval, {@link ApprovalAction#RECOUNT}; then
     * {@link #close} takes only the last recorded count.
     *
     * <p>The default throws, for a host written against 1.1.
     *
     * @param request the count, who counted, and the approval of a recount, if any
     * @return the count as recorded, with its attempt number, the expected cash and the difference
     * @throws NoOpenSessionException        if no session is open
     * @throws ApprovalRequiredException     if this is a recount that needs an approval it does not carry
     * @throws IllegalStateException         if the request's cashier is not the one at the till (nothing is recorded)
     * @throws IllegalArgumentException      with a message for the cashier if the approval cannot be used, or the count
     *                                       is not in the terminal's currency (nothing is recorded)
     * @throws UnsupportedOperationException from this default
     * @since 1.2
     */
    default ClosingCount recordClosingCount(ClosingCountRequest request) throws NoOpenSessionException,
            ApprovalRequiredException {
        throw new UnsupportedOperationException("This host does not record closing counts");
    }

    /**
     * The closing counts of a session, first first.
     *
     * @param sessionId the session's id
     * @return every count recorded at its closing, recounts included; empty if none was, or from this default
     * @since 1.2
     */
    default List<ClosingCount> closingCounts(long sessionId) {
        return List.of();
    }
}
