package app.tillpoint.api;

import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Session;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One committed change of a session, as the host delivers it to each {@link SessionListener}: written in the same
 * transaction as the change (the outbox), so that a change is never stored without its event.
 *
 * <p>The {@link #id()} is stable: an event delivered again (after the listener failed, hung, or the kiosk was killed
 * before the listener's answer was recorded) carries the same id, so a listener that must act once (an ERP export,
 * a loyalty booking) keeps the ids it has handled and skips one it has seen. The {@link #sequence()} grows in commit
 * order on this terminal.
 *
 * @param id       32 hexadecimal digits, unique across terminals; the same each time this event is delivered
 * @param sequence the event's place in this terminal's commit order: 1, 2, 3 …
 * @param kind     what happened
 * @param at       when the change was committed, by the terminal's clock
 * @param session  the session as it was then: open for every kind but {@link Kind#CLOSED}, closed for that one
 * @param order    the sale, for {@link Kind#SOLD}; empty otherwise (a refund's original order is read by its
 *                 {@link Refund#orderId()}, so that a listener adding up sales never counts it twice)
 * @param cashMove the cash move, for {@link Kind#CASH_MOVED}; empty otherwise
 * @param refund   the refund, for {@link Kind#REFUNDED}; empty otherwise (1.5)
 * @since 1.2
 */
public record SessionEvent(String id, long sequence, Kind kind, Instant at, Session session, Optional<Order> order,
                           Optional<CashMove> cashMove, Optional<Refund> refund) {

    /**
     * What happened to the session.
     *
     * @since 1.2
     */
    public enum Kind {
        /** The session was opened. */
        OPENED,
        /** A sale was stored in the session. */
        SOLD,
        /** Cash was put in or taken out of the drawer. */
        CASH_MOVED,
        /** The session was closed. */
        CLOSED,
        /**
         * Money went back to a customer for lines of an earlier order: a refund was stored in the session.
         *
         * @since 1.5
         */
        REFUNDED
    }

    /**
     * Checks that the parts belong to the kind.
     *
     * @param id       32 hexadecimal digits
     * @param sequence 1 or more
     * @param kind     what happened
     * @param at       when it was committed
     * @param session  the session as it was then
     * @param order    the sale, present exactly for {@link Kind#SOLD}
     * @param cashMove the cash move, present exactly for {@link Kind#CASH_MOVED}
     * @param refund   the refund, present exactly for {@link Kind#REFUNDED}
     * @throws IllegalArgumentException if the id is not 32 hexadecimal digits, the sequence is below 1, or the order,
     *                                  cash move or refund is missing for its kind or present for another
     * @since 1.5
     */
    public SessionEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(cashMove, "cashMove");
        Objects.requireNonNull(refund, "refund");
        if (!id.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("An event id is 32 hexadecimal digits, not " + id);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("An event's sequence starts at 1, not " + sequence);
        }
        if (order.isPresent() != (kind == Kind.SOLD)) {
            throw new IllegalArgumentException("A " + kind + " event " + (order.isPresent() ? "has no" : "needs an")
                    + " order");
        }
        if (cashMove.isPresent() != (kind == Kind.CASH_MOVED)) {
            throw new IllegalArgumentException("A " + kind + " event " + (cashMove.isPresent() ? "has no" : "needs a")
                    + " cash move");
        }
        if (refund.isPresent() != (kind == Kind.REFUNDED)) {
            throw new IllegalArgumentException("A " + kind + " event " + (refund.isPresent() ? "has no" : "needs a")
                    + " refund");
        }
    }

    /**
     * An event of any kind but {@link Kind#REFUNDED}, as API 1.2 to 1.4 made one: without a refund.
     *
     * @param id       32 hexadecimal digits
     * @param sequence 1 or more
     * @param kind     what happened; not {@link Kind#REFUNDED}
     * @param at       when it was committed
     * @param session  the session as it was then
     * @param order    the sale, present exactly for {@link Kind#SOLD}
     * @param cashMove the cash move, present exactly for {@link Kind#CASH_MOVED}
     * @throws IllegalArgumentException as the canonical constructor, and for {@link Kind#REFUNDED}
     */
    public SessionEvent(String id, long sequence, Kind kind, Instant at, Session session, Optional<Order> order,
                        Optional<CashMove> cashMove) {
        this(id, sequence, kind, at, session, order, cashMove, Optional.empty());
    }
}
