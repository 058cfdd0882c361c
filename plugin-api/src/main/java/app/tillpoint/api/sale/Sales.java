package app.tillpoint.api.sale;

import app.tillpoint.api.session.NoOpenSessionException;

import java.util.List;

/**
 * Selling in the open session. Provided by the host; every method may block on the database: call from a background
 * task, never on the event thread.
 */
public interface Sales {

    /**
     * Stores the order, its lines, its cash payment, the session and the cashier in one transaction, and an audit
     * row; then tells every {@link app.tillpoint.api.SessionListener}. The drawer is not kicked here: the caller does
     * that after the sale is stored. If the process dies before the commit, nothing of the sale is stored.
     *
     * @throws NoOpenSessionException if the terminal has no open session (nothing is stored)
     */
    Order sellForCash(CashSale sale) throws NoOpenSessionException;

    /** The orders of a session, oldest first. */
    List<Order> orders(long sessionId);
}
