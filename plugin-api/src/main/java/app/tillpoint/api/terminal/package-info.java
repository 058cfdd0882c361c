/**
 * This terminal: its configuration ({@link app.tillpoint.api.terminal.TerminalInfo}), the store's rules and
 * the decisions that follow from them ({@link app.tillpoint.api.terminal.TerminalPolicy}), who is at the till
 * ({@link app.tillpoint.api.terminal.Till}), the screens and dialogs ({@link app.tillpoint.api.terminal.Navigator},
 * {@link app.tillpoint.api.terminal.Routes}), the badge scans and the audit trail.
 *
 * @since 1.0
 */
package app.tillpoint.api.terminal;
