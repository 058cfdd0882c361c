package app.tillpoint.api.session;

import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;

/**
 * The money of a session so far, for the closing screen and the session report. Use {@link #of} to build one: it
 * works out the expected cash, the one place that formula lives.
 *
 * @param session      the session summed up
 * @param orderCount   how many orders were sold
 * @param orderTotal   what they came to
 * @param cashSales    what was paid in cash (all of it, until other payment methods exist)
 * @param cashIn       cash put in outside sales
 * @param cashOut      cash taken out outside sales
 * @param expectedCash what the drawer should hold: opening + cash sales − cash refunds + cash in − cash out, the
 *                     opening being {@link Session#openingBase()}
 * @param refundCount  (since 1.4) how many refunds were given in the session
 * @param cashRefunds  (since 1.4) what they gave back in cash, out of the drawer (positive)
 */
public record SessionSummary(Session session, int orderCount, Money orderTotal, Money cashSales, Money cashIn,
                             Money cashOut, Money expectedCash, int refundCount, Money cashRefunds) {

    /**
     * A summary without refunds, as before 1.4.
     *
     * @param session      the session summed up
     * @param orderCount   how many orders were sold
     * @param orderTotal   what they came to
     * @param cashSales    what was paid in cash
     * @param cashIn       cash put in outside sales
     * @param cashOut      cash taken out outside sales
     * @param expectedCash what the drawer should hold
     */
    public SessionSummary(Session session, int orderCount, Money orderTotal, Money cashSales, Money cashIn,
                          Money cashOut, Money expectedCash) {
        this(session, orderCount, orderTotal, cashSales, cashIn, cashOut, expectedCash, 0,
                Money.zero(expectedCash.currency()));
    }

    /**
     * The summary of {@code session} with these sums, its expected cash worked out.
     *
     * @param session    the session summed up
     * @param orderCount how many orders were sold
     * @param orderTotal what they came to
     * @param cashSales  what was paid in cash
     * @param cashIn     cash put in outside sales
     * @param cashOut    cash taken out outside sales
     * @return the summary, with expected cash = {@link Session#openingBase()} + cash sales + cash in − cash out
     * @throws IllegalArgumentException if the sums are not in the session's currency
     * @since 1.2
     */
    public static SessionSummary of(Session session, int orderCount, Money orderTotal, Money cashSales, Money cashIn,
                                    Money cashOut) {
        return of(session, orderCount, orderTotal, cashSales, cashIn, cashOut, 0, Money.zero(cashIn.currency()));
    }

    /**
     * The summary of {@code session} with these sums and its refunds, its expected cash worked out.
     *
     * @param session     the session summed up
     * @param orderCount  how many orders were sold
     * @param orderTotal  what they came to
     * @param cashSales   what was paid in cash
     * @param cashIn      cash put in outside sales
     * @param cashOut     cash taken out outside sales
     * @param refundCount how many refunds were given
     * @param cashRefunds what they gave back in cash (positive)
     * @return the summary, with expected cash = {@link Session#openingBase()} + cash sales − cash refunds + cash in −
     *         cash out
     * @throws IllegalArgumentException if the sums are not in the session's currency
     * @since 1.4
     */
    public static SessionSummary of(Session session, int orderCount, Money orderTotal, Money cashSales, Money cashIn,
                                    Money cashOut, int refundCount, Money cashRefunds) {
        Money expected = session.openingBase().plus(cashSales).minus(cashRefunds).plus(cashIn).minus(cashOut);
        return new SessionSummary(session, orderCount, orderTotal, cashSales, cashIn, cashOut, expected, refundCount,
                cashRefunds);
    }

    /**
     * Counted minus expected: negative when cash is missing.
     *
     * @param count the drawer as counted, in the session's currency
     * @return the count's total minus {@link #expectedCash()}
     * @throws IllegalArgumentException if the count is in another currency
     * @since 1.2
     */
    public Money differenceFor(CashCount count) {
        return count.total().minus(expectedCash);
    }
}
