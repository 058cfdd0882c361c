package app.tillpoint.plugins.badgelogin;

import javax.swing.AbstractButton;
import javax.swing.JViewport;
import javax.swing.SwingUtilities;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;

/**
 * Scrolls a viewport when a finger drags over the buttons in it, as touch screens expect; a drag does not also
 * tap the button it started on.
 */
final class DragScroll extends MouseAdapter {
    private static final int THRESHOLD = 12;

    private final JViewport viewport;
    private Point start;
    private Point startView;
    private boolean dragging;

    DragScroll(JViewport viewport) {
        this.viewport = viewport;
    }

    void install(AbstractButton button) {
        button.addMouseListener(this);
        button.addMouseMotionListener(this);
    }

    @Override
    public void mousePressed(MouseEvent e) {
        start = SwingUtilities.convertPoint(e.getComponent(), e.getPoint(), viewport);
        startView = viewport.getViewPosition();
        dragging = false;
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        if (start == null) {
            return;
        }
        Point now = SwingUtilities.convertPoint(e.getComponent(), e.getPoint(), viewport);
        int dy = now.y - start.y;
        if (!dragging && Math.abs(dy) < THRESHOLD) {
            return;
        }
        dragging = true;
        if (e.getComponent() instanceof AbstractButton button) {
            // Disarmed, the button does not fire when the finger is lifted.
            button.getModel().setArmed(false);
            button.getModel().setPressed(false);
        }
        int maxY = Math.max(0, viewport.getView().getHeight() - viewport.getExtentSize().height);
        int y = Math.max(0, Math.min(maxY, startView.y - dy));
        viewport.setViewPosition(new Point(startView.x, y));
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        start = null;
        dragging = false;
    }
}
