/**
 * The plugin API of Tillpoint: what a plugin compiles against, and nothing of the kiosk's insides.
 *
 * <p>A plugin is a pf4j plugin whose extensions implement the extension points here ({@link app.tillpoint.api.Screen},
 * {@link app.tillpoint.api.DashboardAction}, {@link app.tillpoint.api.MenuEntry},
 * {@link app.tillpoint.api.SessionListener}, {@link app.tillpoint.api.CashCounter},
 * {@link app.tillpoint.api.CashierAuthenticator}). Each receives the {@link app.tillpoint.api.KioskContext}, the
 * terminal's services, through its constructor. The sub-packages hold the words of the till: money, cashiers,
 * sessions, sales, the catalog, devices, the terminal, the shared touch components, and the flows every plugin
 * takes the same way.
 *
 * <p>Threads: screens, actions and menu entries run on the event thread and must not block; the services backed by
 * the database ({@code Sessions}, {@code Sales}, {@code Cashiers}, {@code Catalog}) block and are called from
 * {@link app.tillpoint.api.KioskContext#background}. Each type says which.
 *
 * @since 1.0
 */
package app.tillpoint.api;
