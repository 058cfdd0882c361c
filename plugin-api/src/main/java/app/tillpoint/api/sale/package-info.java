/**
 * Selling in the open session: a {@link app.tillpoint.api.sale.Cart} of
 * {@link app.tillpoint.api.sale.CartLine}s, a {@link app.tillpoint.api.sale.CashSale} handed to
 * {@link app.tillpoint.api.sale.Sales}, and the {@link app.tillpoint.api.sale.Order} it stores.
 *
 * @since 1.1
 */
package app.tillpoint.api.sale;
