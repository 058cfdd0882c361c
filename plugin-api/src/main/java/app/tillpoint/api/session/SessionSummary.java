package app.tillpoint.api.session;

import app.tillpoint.api.money.Money;

/**
 * The money of a session so far, for the closing screen and the session report.
 *
 * @param orderCount   how many orders were sold
 * @param orderTotal   what they came to
 * @param cashSales    what was paid in cash (all of it, until other payment methods exist)
 * @param cashIn       cash put in outside sales
 * @param cashOut      cash taken out outside sales
 * @param expectedCash what the drawer should hold: opening + cash sales + cash in − cash out
 */
public record SessionSummary(Session session, int orderCount, Money orderTotal, Money cashSales, Money cashIn,
                             Money cashOut, Money expectedCash) {
}
