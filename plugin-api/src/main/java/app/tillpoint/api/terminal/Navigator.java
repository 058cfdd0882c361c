package app.tillpoint.api.terminal;

import javax.swing.JComponent;

/**
 * Shows screens by route and dialogs inside the kiosk window. Every method is for the event thread only.
 *
 * <p>Routes: {@link Routes#DASHBOARD} (the host's), and those that {@link app.tillpoint.api.Screen} extensions
 * declare, such as {@link Routes#LOCK} and {@link Routes#REGISTER}.
 */
public interface Navigator {

    /**
     * Shows the screen of {@code route}; an unknown route shows the dashboard with a notice.
     *
     * @param route a route of {@link Routes}, or one a plugin's {@link app.tillpoint.api.Screen} declares
     */
    void show(String route);

    /** Shows the dashboard, the host's own screen: {@code show(Routes.DASHBOARD)}. */
    default void showDashboard() {
        show(Routes.DASHBOARD);
    }

    /**
     * The route of the screen being shown.
     *
     * @return the route; empty before the first screen is shown
     */
    String currentRoute();

    /**
     * Shows {@code content} as a modal dialog over the current screen, inside the kiosk window (never a separate OS
     * window). Whatever is underneath cannot be touched until the overlay is closed.
     *
     * @param content the dialog's content, e.g. a plugin's panel with its own buttons
     * @return the overlay, to close when the dialog is done
     */
    Overlay overlay(JComponent content);

    /**
     * Tells the cashier something in a dialog with one OK button, e.g. "Drawer did not open: open it with the key".
     * Returns at once; OK closes the dialog.
     *
     * @param text what to say, in words fit for the cashier; wrapped to the dialog's width
     */
    void message(String text);

    /**
     * Tells the cashier something at the foot of the window without stopping them, e.g. "The printer cannot print:
     * out of paper". Nothing is covered or blocked: the screen and its dialogs go on taking touches. The notice stays
     * for a while or until OK is tapped; a later notice replaces it. Returns at once.
     *
     * <p>A default method, so that a {@code Navigator} written against 1.2 still compiles: it shows a
     * {@link #message}; the kiosk's navigator overrides it.
     *
     * @param text what to say, in words fit for the cashier
     * @since 1.3
     */
    default void notice(String text) {
        message(text);
    }
}
