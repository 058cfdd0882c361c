package app.tillpoint.api.testing;

import app.tillpoint.api.terminal.Overlay;

import javax.swing.JComponent;
import java.awt.Component;
import java.awt.Container;

/** An overlay that only remembers its content and whether it was closed. */
public final class TestOverlay implements Overlay {
    public final JComponent content;
    private boolean open = true;

    public TestOverlay(JComponent content) {
        this.content = content;
    }

    @Override
    public void close() {
        open = false;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    /** The component named {@code name} anywhere in the content. Event thread only. */
    public Component find(String name) {
        Component found = find(content, name);
        if (found == null) {
            throw new AssertionError("no component named " + name + " in the overlay");
        }
        return found;
    }

    private static Component find(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container container) {
                Component found = find(container, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
