package app.tillpoint.api.testing;

import app.tillpoint.api.terminal.Overlay;

import javax.swing.JComponent;

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
}
