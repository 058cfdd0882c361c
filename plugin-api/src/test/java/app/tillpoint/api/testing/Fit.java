package app.tillpoint.api.testing;

import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a panel fits a 1024x768 screen with touch-sized buttons. */
public final class Fit {
    private Fit() {
    }

    /** The preferred size of {@code panel} is at most 1024x768 (an overlay adds 18 px of frame around it). */
    public static void requirePreferredFits(JComponent panel) {
        Dimension size = onEventThread(panel::getPreferredSize);
        assertThat(size.width + 18).as("width").isLessThanOrEqualTo(1024);
        assertThat(size.height + 18).as("height").isLessThanOrEqualTo(768);
    }

    /** Every showing named component of {@code root} lies inside it, and every named button is 48x48 or larger. */
    public static void requireInside(Container root) {
        List<String> problems = onEventThread(() -> {
            List<String> found = new ArrayList<>();
            Rectangle area = new Rectangle(0, 0, root.getWidth(), root.getHeight());
            check(root, root, area, found);
            return found;
        });
        assertThat(problems).isEmpty();
    }

    // plugin-api has no AssertJ-Swing, so this is GuiActionRunner.execute by hand.
    private static <T> T onEventThread(Callable<T> query) {
        if (SwingUtilities.isEventDispatchThread()) {
            return call(query);
        }
        AtomicReference<T> result = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> result.set(call(query)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the event thread", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the event thread failed", e.getCause());
        }
        return result.get();
    }

    private static <T> T call(Callable<T> query) {
        try {
            return query.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(Container root, Container parent, Rectangle area, List<String> problems) {
        for (Component child : parent.getComponents()) {
            if (!child.isShowing()) {
                continue;
            }
            if (child.getName() != null) {
                Rectangle bounds = SwingUtilities.convertRectangle(parent, child.getBounds(), root);
                Rectangle visible = visibleArea(child, root);
                if (!area.contains(visible)) {
                    problems.add(child.getName() + " outside: " + bounds + " in " + area);
                }
                if (child instanceof AbstractButton && (child.getWidth() < 48 || child.getHeight() < 48)) {
                    problems.add(child.getName() + " too small: " + child.getSize());
                }
            }
            if (child instanceof Container container) {
                check(root, container, area, problems);
            }
        }
    }

    /** The part of {@code child} a scroll pane lets show: a cart line scrolled away is not outside the screen. */
    private static Rectangle visibleArea(Component child, Container root) {
        Rectangle visible = child instanceof JComponent c ? c.getVisibleRect() : new Rectangle(child.getSize());
        return SwingUtilities.convertRectangle(child, visible, root);
    }
}
