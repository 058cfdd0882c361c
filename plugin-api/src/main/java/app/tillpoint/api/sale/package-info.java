/**
 * Selling in the open session: a {@link app.tillpoint.api.sale.Cart} of
 * {@link app.tillpoint.api.sale.CartLine}s, a {@link app.tillpoint.api.sale.CashSale} handed to
 * {@link app.tillpoint.api.sale.Sales}, and the {@link app.tillpoint.api.sale.Order} it stores. Since 1.4 a
 * {@link app.tillpoint.api.sale.Sale} is paid in one or more of the terminal's
 * {@link app.tillpoint.api.sale.PaymentMethod}s, each part a {@link app.tillpoint.api.sale.Tender} (split tender,
 * change from cash only).
 *
 * @since 1.1
 */
package app.tillpoint.api.sale;
