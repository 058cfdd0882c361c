package app.tillpoint.plugins.receipts;

import app.tillpoint.api.sale.TaxSummary;

/**
 * A session's taxes as the X and Z reports print them: its orders' by rate, and what its refunds gave back
 * ({@link app.tillpoint.api.sale.Refund#taxes()}); the reports' figures by rate are the difference.
 *
 * @param sold     the orders' taxes added
 * @param refunded the refunds' taxes added, in the same currency; none without refunds
 */
record SessionTaxes(TaxSummary sold, TaxSummary refunded) {

    /** Taxes without refunds. */
    static SessionTaxes of(TaxSummary sold) {
        return new SessionTaxes(sold, TaxSummary.none(sold.currency()));
    }

    /** The session's taxes less its refunds', rate by rate. */
    TaxSummary net() {
        return sold.less(refunded);
    }

    boolean isEmpty() {
        return sold.isEmpty() && refunded.isEmpty();
    }
}
