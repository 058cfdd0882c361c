package app.tillpoint.api;

import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Session;
import org.pf4j.ExtensionPoint;

/**
 * Hears what happens to sessions, for integrations: an ERP export, a fiscal printer, a loyalty system.
 *
 * <p>Each change is stored with its event in one transaction (the outbox); the host delivers the events afterwards,
 * <b>at least once and in commit order</b>, one at a time, on a thread of this listener's own, never in the way of
 * the till. A call that throws (anything, an {@code Error} included) or does not return within the host's time-out
 * (30 s by default) is logged and audited, and the same event is delivered again after a growing pause (1 s, 2 s,
 * 4 s … up to 5 minutes), while the till goes on selling; the next event waits for it. After 10 failures in a row
 * the listener's delivery is parked: the dashboard names it, and it resumes where it stopped when a head cashier
 * taps Retry on the Plugins screen or the plugin is upgraded. A kill -9 or a power cut between the commit and the
 * listener's return delivers the event again after the restart. So an event may arrive twice, never out of order,
 * never not at all: use {@link SessionEvent#id()} to act once. A failure never disables the plugin or its other
 * extensions, and never undoes the change.
 *
 * <p>A listener first seen by a terminal hears what happens from then on, not the terminal's history.
 */
public interface SessionListener extends ExtensionPoint {

    /**
     * One event, as the host delivers it. The default calls {@link #opened}, {@link #sold}, {@link #cashMoved},
     * {@link #refunded} or {@link #closed}; override it to see the event's {@link SessionEvent#id() id}, e.g. to skip
     * one already handled.
     *
     * @param event the committed change, the same each time it is delivered again
     * @since 1.2
     */
    default void on(SessionEvent event) {
        switch (event.kind()) {
            case OPENED -> opened(event.session());
            case SOLD -> sold(event.session(), event.order().orElseThrow());
            case CASH_MOVED -> cashMoved(event.session(), event.cashMove().orElseThrow());
            case CLOSED -> closed(event.session());
            case REFUNDED -> refunded(event.session(), event.refund().orElseThrow());
        }
    }

    /**
     * A session was opened.
     *
     * @param session the session as stored: open, with its opening cash, count and note
     * @since 1.0
     */
    default void opened(Session session) {
    }

    /**
     * A session was closed.
     *
     * @param session the session as stored after the closing: closed, with its closing date and counted cash
     * @since 1.0
     */
    default void closed(Session session) {
    }

    /**
     * A sale was stored in {@code session}.
     *
     * @param session the open session it was sold in
     * @param order   the sale as stored
     * @since 1.1
     */
    default void sold(Session session, Order order) {
    }

    /**
     * Cash was put in or taken out of the drawer in {@code session}.
     *
     * @param session the open session
     * @param move    the cash move as stored
     * @since 1.1
     */
    default void cashMoved(Session session, CashMove move) {
    }

    /**
     * A refund was stored in {@code session}: money went back for lines of an earlier order (of this session or an
     * earlier one; read it with {@link app.tillpoint.api.sale.Sales#refundable} by {@link Refund#orderId()}). A
     * refund is not a sale: {@link #sold} is not called for it.
     *
     * @param session the open session it was given in
     * @param refund  the refund as stored: its lines, amount, method and approval
     * @since 1.5
     */
    default void refunded(Session session, Refund refund) {
    }
}
