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

    default void opened(Session session) {
    }

    default void closed(Session session) {
    }

    /** A sale was stored in {@code session}. Since API 1.1. */
    default void sold(Session session, Order order) {
    }

    /** Cash was put in or taken out of the drawer in {@code session}. Since API 1.1. */
    default void cashMoved(Session session, CashMove move) {
    }
}
