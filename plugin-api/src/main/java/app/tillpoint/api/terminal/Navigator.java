package app.tillpoint.api.terminal;

import javax.swing.JComponent;

/**
 * Shows screens by route and dialogs inside the kiosk window. Every method is for the event thread only.
 *
 * <p>Routes: {@link Routes#DASHBOARD} (the host's), and those that {@link app.tillpoint.api.Screen} extensions
 * declare, such as {@link Routes#LOCK} and {@link Routes#REGISTER}.
 */
public interface Navigator {

    /** Shows the screen of {@code route}; an unknown route shows the dashboard with a notice. */
    void show(String route);

    default void showDashboard() {
        show(Routes.DASHBOARD);
    }

    /** The route of the screen being shown. */
    String currentRoute();

    /**
     * Shows {@code content} as a modal dialog over the current screen, inside the kiosk window (never a separate OS
     * window). Whatever is underneath cannot be touched until the overlay is closed.
     */
    Overlay overlay(JComponent content);

    /** Tells the cashier something in a dialog with one OK button, e.g. "Drawer did not open: open it with the key". */
    void message(String text);
}
