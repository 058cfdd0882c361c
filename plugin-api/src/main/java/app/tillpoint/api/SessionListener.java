package app.tillpoint.api;

import app.tillpoint.api.sale.Order;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Session;
import org.pf4j.ExtensionPoint;

/**
 * Hears what happens to sessions, for integrations: an ERP export, a fiscal printer, a loyalty system. Called on a
 * background thread after the change is committed, one event at a time; may block briefly. An exception is logged,
 * audited and reported; it never undoes the change.
 */
public interface SessionListener extends ExtensionPoint {

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
}
