/**
 * The touch components shared by the kiosk and its plugins: the on-screen {@link app.tillpoint.api.ui.Keypad}
 * and {@link app.tillpoint.api.ui.Keyboard} (in the languages of its {@link app.tillpoint.api.ui.KeyboardLayout}s),
 * the fields typed on them ({@link app.tillpoint.api.ui.KeypadField}, {@link app.tillpoint.api.ui.AmountField},
 * {@link app.tillpoint.api.ui.QuantityField}), and
 * {@link app.tillpoint.api.ui.Names}, the stable component names for tests and automation, and
 * {@link app.tillpoint.api.ui.PlainText}, which keeps Swing from rendering a text as HTML. All event thread only,
 * but for {@link app.tillpoint.api.ui.Texts}, a plugin's texts in the cashier's language, which any thread may read.
 *
 * @since 1.0
 */
package app.tillpoint.api.ui;
