package app.tillpoint.api;

import org.pf4j.ExtensionPoint;

import javax.swing.JComponent;

/**
 * A full screen of the kiosk with a route id, shown by {@link app.tillpoint.api.terminal.Navigator#show}. Every
 * method is called on the event thread and must not block.
 */
public interface Screen extends ExtensionPoint {

    /**
     * The route, e.g. {@code lock} or {@code register}. One screen per route; the first plugin loaded wins.
     *
     * @return the route, as given to {@link app.tillpoint.api.terminal.Navigator#show}
     */
    String route();

    /**
     * The screen's component; called once, the first time the screen is shown.
     *
     * @return the component that fills the kiosk window while the screen is shown
     */
    JComponent component();

    /** The screen is about to be shown: refresh what it shows. */
    default void shown() {
    }

    /** Another screen replaced this one: stop listening (badge scans, timers). */
    default void hidden() {
    }
}
