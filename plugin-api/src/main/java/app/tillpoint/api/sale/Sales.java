package app.tillpoint.api.sale;

import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.NoOpenSessionException;

import java.util.List;
import java.util.Optional;

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
     * @param sale the cart, the cash tendered and the cashier, who must be the one at the till
     * @return the order as stored, with its id and the moment it was sold
     * @throws NoOpenSessionException   if the terminal has no open session (nothing is stored)
     * @throws IllegalStateException    if the sale's cashier is not the one at the till (nothing is stored)
     * @throws IllegalArgumentException with a message for the cashier if a product is no longer on sale, its price
     *                                  changed, or the sale is not in the terminal's currency (nothing is stored)
     */
    Order sellForCash(CashSale sale) throws NoOpenSessionException;

    /**
     * Stores the order, its lines, all its payments, the session and the cashier in one transaction, and an audit row;
     * then tells every {@link app.tillpoint.api.SessionListener}. The drawer is not kicked here: the caller kicks it
     * after the sale is stored, and only when {@link Order#involvesCash()}. If the process dies before the commit,
     * nothing of the sale is stored. The default, for a {@code Sales} written against 1.3, takes a sale paid in cash
     * alone.
     *
     * @param sale the cart, what was handed over in each method, and the cashier, who must be the one at the till
     * @return the order as stored, with its id, the moment it was sold and its payments
     * @throws NoOpenSessionException   if the terminal has no open session (nothing is stored)
     * @throws IllegalStateException    if the sale's cashier is not the one at the till (nothing is stored)
     * @throws IllegalArgumentException with a message for the cashier if a product is no longer on sale, its price
     *                                  changed, a method is not one of the terminal's, or the sale is not in the
     *                                  terminal's currency (nothing is stored)
     * @throws UnsupportedOperationException from the default, for a sale paid in a method other than cash
     * @since 1.4
     */
    default Order sell(Sale sale) throws NoOpenSessionException {
        if (sale.tenders().size() != 1 || !sale.tenders().get(0).isCash()) {
            throw new UnsupportedOperationException("This kiosk takes cash only");
        }
        return sellForCash(new CashSale(sale.cashier(), sale.cart(), sale.tenders().get(0).amount()));
    }

    /**
     * The orders of a session, oldest first.
     *
     * @param sessionId the session's id
     * @return its orders with their lines as sold; empty if it has none, or if there is no such session
     */
    List<Order> orders(long sessionId);

    /**
     * A past order of this terminal, of the open session or an earlier one, with what is left of it to refund.
     *
     * @param orderId the order's number, as on its receipt
     * @return the order and its refunds so far; empty if this terminal sold no such order
     * @since 1.4
     */
    default Optional<Refundable> refundable(long orderId) {
        return Optional.empty();
    }

    /**
     * Stores a refund in the open session as a negative order linked to the original, with an audit row, in one
     * transaction; the database refuses a line refunded beyond what was sold even if a caller did not check. The
     * drawer is not opened here: the caller opens it for a {@linkplain Refund#inCash() cash} refund after this
     * returns. If the process dies before the commit, nothing of the refund is stored.
     *
     * @param request the order, its lines and quantities, the method, and an approval when over the limit
     * @return the refund as stored
     * @throws NoOpenSessionException    if the terminal has no open session (nothing is stored)
     * @throws ApprovalRequiredException if the amount is over the terminal's refund limit and the request carries no
     *                                   approval (nothing is stored; ask for one of {@link app.tillpoint.api.session.ApprovalAction#REFUND})
     * @throws IllegalArgumentException  with a message for the cashier if the order is not this terminal's, a line
     *                                   is not the order's or has fewer left, the method is not one the order may be
     *                                   refunded by, or the approval cannot be used (nothing is stored)
     * @throws IllegalStateException     if the request's cashier is not the one at the till (nothing is stored)
     * @since 1.4
     */
    default Refund refund(RefundRequest request) throws NoOpenSessionException, ApprovalRequiredException {
        throw new UnsupportedOperationException("This host does not refund");
    }

    /**
     * The refunds given in a session, oldest first (their originals may be of earlier sessions).
     *
     * @param sessionId the session's id
     * @return its refunds; empty if it has none, or if there is no such session
     * @since 1.4
     */
    default List<Refund> refunds(long sessionId) {
        return List.of();
    }
}
