package app.tillpoint.api;

import app.tillpoint.api.session.Session;
import org.pf4j.ExtensionPoint;

import java.util.Optional;

/**
 * A button on the dashboard's terminal card, such as New Session or Continue Selling. The host asks every action,
 * on the event thread, whether it is offered for the terminal's current session, and shows those that are, by
 * {@link #order()}. The button's component name is {@code "dashboard.action." + id()}.
 */
public interface DashboardAction extends ExtensionPoint {

    /**
     * A short stable id, e.g. {@code newSession}; part of the button's component name.
     *
     * @return the id, unique among the dashboard's actions
     */
    String id();

    /**
     * The button's text, in the terminal's locale.
     *
     * @return the text, e.g. "New Session"
     */
    String label();

    /**
     * Where the button stands among those offered: smaller first. The bundled actions use 100 (New Session and
     * Continue Selling, never offered together) and 300 (Close Session).
     *
     * @return the position; 500 unless overridden
     */
    default int order() {
        return 500;
    }

    /**
     * Whether the button is shown, given the terminal's open session (empty: none). Must not block.
     *
     * @param openSession the terminal's session that is not closed, as the host read it; empty if there is none
     * @return true to show the button
     */
    boolean offeredFor(Optional<Session> openSession);

    /**
     * The button was tapped: API 1.0's form, without the session. Event thread; must not block: start background work
     * through the context. Implement {@link #perform(Optional)} instead; a plugin written for 1.0 or 1.1 implements
     * this one, and the host reaches it through that method's default.
     *
     * @throws UnsupportedOperationException from this default, in an action that implements neither form
     */
    default void perform() {
        throw new UnsupportedOperationException(getClass().getName() + " implements neither perform() nor "
                + "perform(Optional<Session>)");
    }

    /**
     * The button was tapped. The host passes the terminal's open session as it was when the button was offered
     * ({@link #offeredFor}), so the action need not read it again. Event thread; must not block: start background
     * work through the context. The default calls {@link #perform()}, for actions written for 1.0 or 1.1.
     *
     * @param openSession the open session the button was offered for; empty if there was none
     * @since 1.2
     */
    default void perform(Optional<Session> openSession) {
        perform();
    }
}
