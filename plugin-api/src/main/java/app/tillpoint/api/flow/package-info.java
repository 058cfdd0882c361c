/**
 * The flows every plugin takes the same way, written once: taking the till
 * ({@link app.tillpoint.api.flow.TakeTheTill}), kicking the drawer after a stored change and telling the cashier
 * when it did not open ({@link app.tillpoint.api.flow.DrawerKick}), and finding the refusal among a background
 * failure's causes ({@link app.tillpoint.api.flow.Failures}).
 *
 * @since 1.2
 */
package app.tillpoint.api.flow;
