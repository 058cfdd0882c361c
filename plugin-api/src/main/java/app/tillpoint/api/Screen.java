package app.tillpoint.api;

import org.pf4j.ExtensionPoint;

import javax.swing.JComponent;
import java.util.Locale;

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

    /**
     * The screens speak another language now ({@link KioskContext#shownLocale()}): a cashier with a language of their
     * own signed in, or the till was left. Called on the event thread for every screen built so far, shown or not,
     * before the next {@link #shown}. A screen that speaks the cashier's language rebuilds its texts, at once or when
     * it is shown next, keeping what it holds (a cart); the component of {@link #component} stays the same one. The
     * default does nothing: the screen keeps the language it was built in, which is the terminal's.
     *
     * @param locale the locale the screens speak from now on
     * @since 1.4
     */
    default void localeChanged(Locale locale) {
    }
}
