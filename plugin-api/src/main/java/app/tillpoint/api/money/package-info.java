/**
 * Exact money: {@link app.tillpoint.api.money.Money} (minor units in a {@code long} with the currency, never a
 * floating point), the denominations of a currency and a {@link app.tillpoint.api.money.CashCount} of them, and
 * {@link app.tillpoint.api.money.CountNote}, the one way a count is written into a note.
 *
 * @since 1.0
 */
package app.tillpoint.api.money;
