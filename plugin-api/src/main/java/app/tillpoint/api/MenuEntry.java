package app.tillpoint.api;

import org.pf4j.ExtensionPoint;

/**
 * An entry of the register's top-right menu, such as Backend or Lock. Its component name is
 * {@code "menu." + id()}. Called on the event thread; must not block.
 */
public interface MenuEntry extends ExtensionPoint {

    /**
     * A short stable id, e.g. {@code backend}; part of the entry's component name.
     *
     * @return the id, unique among the menu's entries
     */
    String id();

    /**
     * The entry's text, in the terminal's locale.
     *
     * @return the text, e.g. "Backend"
     */
    String label();

    /**
     * Where the entry stands in the menu: smaller first. The bundled entries use 100 (Backend) to 900 (Lock).
     *
     * @return the position; 500 unless overridden
     */
    default int order() {
        return 500;
    }

    /** The entry was tapped. */
    void perform();
}
