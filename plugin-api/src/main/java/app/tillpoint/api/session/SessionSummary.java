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
 * @param expectedCash what the drawer should hold: opening + cash sales + cash in − cash out, the opening being
 *                     {@link Session#openingBase()}
 */
public record SessionSummary(Session session, int orderCount, Money orderTotal, Money cashSales, Money cashIn,
                             Money cashOut, Money expectedCash) {

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
        Money expected = session.openingBase().plus(cashSales).plus(cashIn).minus(cashOut);
        return new SessionSummary(session, orderCount, orderTotal, cashSales, cashIn, cashOut, expected);
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
