package app.tillpoint.plugins.sessionclosing;

import org.assertj.swing.edt.GuiActionRunner;

import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that a panel fits a 1024x768 screen with touch-sized buttons. */
final class Fit {
    private Fit() {
    }

    /** The preferred size of {@code panel} is at most 1024x768 (an overlay adds 18 px of frame around it). */
    static void requirePreferredFits(JComponent panel) {
        Dimension size = GuiActionRunner.execute(panel::getPreferredSize);
        assertThat(size.width + 18).as("width").isLessThanOrEqualTo(1024);
        assertThat(size.height + 18).as("height").isLessThanOrEqualTo(768);
    }

    /** Every showing named component of {@code root} lies inside it, and every named button is 48x48 or larger. */
    static void requireInside(Container root) {
        List<String> problems = GuiActionRunner.execute(() -> {
            List<String> found = new ArrayList<>();
            Rectangle area = new Rectangle(0, 0, root.getWidth(), root.getHeight());
            check(root, root, area, found);
            return found;
        });
        assertThat(problems).isEmpty();
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
