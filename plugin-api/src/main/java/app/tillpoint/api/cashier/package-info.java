/**
 * The people who may use the till: {@link app.tillpoint.api.cashier.Cashier} and their
 * {@link app.tillpoint.api.cashier.Role}, and {@link app.tillpoint.api.cashier.Cashiers}, which checks a badge or a
 * PIN and issues the {@link app.tillpoint.api.cashier.Identification} the host accepts as proof. Badge codes and PINs
 * never leave the host.
 *
 * @since 1.0
 */
package app.tillpoint.api.cashier;
