package app.tillpoint.api.session;

import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;

import java.util.List;
import java.util.Optional;

/**
 * The money of a session so far, for the closing screen and the session report. Use {@link #of} to build one: it
 * works out the expected cash, the one place that formula lives.
 *
 * @param session      the session summed up
 * @param orderCount   how many orders were sold
 * @param orderTotal   what they came to
 * @param cashSales    what was paid in cash and kept: the cash handed over minus the change
 * @param cashIn       cash put in outside sales
 * @param cashOut      cash taken out outside sales
 * @param expectedCash what the drawer should hold: opening + cash sales − cash refunds + cash in − cash out, the
 *                     opening being {@link Session#openingBase()}
 * @param refundCount  (since 1.4) how many refunds were given in the session
 * @param cashRefunds  (since 1.4) what they gave back in cash, out of the drawer (positive)
 * @param otherMethods (since 1.4) what was paid in each method other than cash that the session's orders used, in
 *                     the order each was first used
 */
public record SessionSummary(Session session, int orderCount, Money orderTotal, Money cashSales, Money cashIn,
                             Money cashOut, Money expectedCash, int refundCount, Money cashRefunds,
                             List<MethodTotal> otherMethods) {

    /**
     * Copies the methods' totals.
     *
     * @param session      the session summed up
     * @param orderCount   how many orders were sold
     * @param orderTotal   what they came to
     * @param cashSales    what was paid in cash and kept
     * @param cashIn       cash put in outside sales
     * @param cashOut      cash taken out outside sales
     * @param expectedCash what the drawer should hold
     * @param refundCount  how many refunds were given
     * @param cashRefunds  what they gave back in cash (positive)
     * @param otherMethods the totals of the other methods; copied, not null
     * @throws NullPointerException if {@code otherMethods} or one of them is null
     * @since 1.4
     */
    public SessionSummary {
        otherMethods = List.copyOf(otherMethods);
    }

    /**
     * A summary of a session paid in cash alone and without refunds, as before 1.4.
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
                Money.zero(expectedCash.currency()), List.of());
    }

    /**
     * A summary without refunds, with the totals of its other payment methods.
     *
     * @param session      the session summed up
     * @param orderCount   how many orders were sold
     * @param orderTotal   what they came to
     * @param cashSales    what was paid in cash and kept
     * @param cashIn       cash put in outside sales
     * @param cashOut      cash taken out outside sales
     * @param expectedCash what the drawer should hold
     * @param otherMethods the totals of the other methods
     * @since 1.4
     */
    public SessionSummary(Session session, int orderCount, Money orderTotal, Money cashSales, Money cashIn,
                          Money cashOut, Money expectedCash, List<MethodTotal> otherMethods) {
        this(session, orderCount, orderTotal, cashSales, cashIn, cashOut, expectedCash, 0,
                Money.zero(expectedCash.currency()), otherMethods);
    }

    /**
     * A summary of a session paid in cash alone, with its refunds.
     *
     * @param session      the session summed up
     * @param orderCount   how many orders were sold
     * @param orderTotal   what they came to
     * @param cashSales    what was paid in cash
     * @param cashIn       cash put in outside sales
     * @param cashOut      cash taken out outside sales
     * @param expectedCash what the drawer should hold
     * @param refundCount  how many refunds were given
     * @param cashRefunds  what they gave back in cash (positive)
     * @since 1.4
     */
    public SessionSummary(Session session, int orderCount, Money orderTotal, Money cashSales, Money cashIn,
                          Money cashOut, Money expectedCash, int refundCount, Money cashRefunds) {
        this(session, orderCount, orderTotal, cashSales, cashIn, cashOut, expectedCash, refundCount, cashRefunds,
                List.of());
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
        return of(session, orderCount, orderTotal, cashSales, cashIn, cashOut, 0, Money.zero(cashIn.currency()),
                List.of());
    }

    /**
     * The summary of {@code session} with these sums, its refunds and the totals of its other payment methods, its
     * expected cash worked out.
     *
     * @param session      the session summed up
     * @param orderCount   how many orders were sold
     * @param orderTotal   what they came to
     * @param cashSales    what was paid in cash and kept
     * @param cashIn       cash put in outside sales
     * @param cashOut      cash taken out outside sales
     * @param refundCount  how many refunds were given
     * @param cashRefunds  what they gave back in cash (positive)
     * @param otherMethods what was paid in each other method
     * @return the summary, with expected cash = {@link Session#openingBase()} + cash sales − cash refunds + cash in −
     *         cash out
     * @throws IllegalArgumentException if the sums are not in the session's currency
     * @since 1.4
     */
    public static SessionSummary of(Session session, int orderCount, Money orderTotal, Money cashSales, Money cashIn,
                                    Money cashOut, int refundCount, Money cashRefunds,
                                    List<MethodTotal> otherMethods) {
        Money expected = session.openingBase().plus(cashSales).minus(cashRefunds).plus(cashIn).minus(cashOut);
        return new SessionSummary(session, orderCount, orderTotal, cashSales, cashIn, cashOut, expected, refundCount,
                cashRefunds, otherMethods);
    }

    /**
     * What the settlement of {@code method} should show.
     *
     * @param method a payment method's name
     * @return its total in this session; empty if it is not one of {@link #otherMethods()}
     * @since 1.4
     */
    public Optional<MethodTotal> expectedIn(String method) {
        return otherMethods.stream().filter(m -> m.method().equals(method)).findFirst();
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
