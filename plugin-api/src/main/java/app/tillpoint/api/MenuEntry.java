package app.tillpoint.api;

import org.pf4j.ExtensionPoint;

/**
 * An entry of the register's top-right menu, such as Backend or Lock. Its component name is
 * {@code "menu." + id()}. Called on the event thread; must not block.
 */
public interface MenuEntry extends ExtensionPoint {

    /** A short stable id, e.g. {@code backend}; part of the entry's component name. */
    String id();

    /** The entry's text, in the terminal's locale. */
    String label();

    /** Smaller first. */
    default int order() {
        return 500;
    }

    /** The entry was tapped. */
    void perform();
}
