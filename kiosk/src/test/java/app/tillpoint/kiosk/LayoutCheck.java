package app.tillpoint.kiosk;

import javax.swing.AbstractButton;
import javax.swing.CellRendererPane;
import javax.swing.JComboBox;
import javax.swing.JLayeredPane;
import javax.swing.JRootPane;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JViewport;
import javax.swing.ScrollPaneConstants;
import javax.swing.UIManager;
import javax.swing.text.JTextComponent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with the layout of a window as a cashier would see it: every showing component is checked for being
 * cut off by its parent (outside the parent's bounds, unless the parent is a scroll pane's viewport), overlapping a
 * showing sibling (within one parent; layered panes, where overlays and popups lie over the screen on purpose, and
 * scroll panes' own parts left out), and, for a button, toggle or tile, being smaller than the touch target. Sizes are
 * in the window's (logical) pixels: under 2x scaling a 48 px target is 96 device pixels. Event thread.
 */
final class LayoutCheck {
    private LayoutCheck() {
    }

    /**
     * @param focusWidth how far FlatLaf lays a component out beyond what it paints, for its focus ring (MigLayout's
     *                   visual padding): a button may lie that far outside its parent without being cut off
     */
    static List<String> problems(Container root, int minimumTarget, int focusWidth) {
        List<String> problems = new ArrayList<>();
        walk(root, minimumTarget, focusWidth, problems);
        return problems;
    }

    private static void walk(Container parent, int minimumTarget, int focusWidth, List<String> problems) {
        List<Component> showing = new ArrayList<>();
        for (Component child : parent.getComponents()) {
            // A component of no width or height shows nothing (a scroll bar's hidden arrow buttons).
            if (child.isVisible() && child.getWidth() > 0 && child.getHeight() > 0
                    && !(child instanceof CellRendererPane)) {
                showing.add(child);
            }
        }
        Rectangle inside = new Rectangle(0, 0, parent.getWidth(), parent.getHeight());
        for (Component child : showing) {
            Rectangle painted = child.getBounds();
            if (child instanceof AbstractButton || child instanceof JTextComponent) {
                painted.grow(-focusWidth, -focusWidth);
            }
            if (parent instanceof JViewport viewport && viewport.getParent() instanceof JScrollPane pane
                    && pane.getHorizontalScrollBarPolicy() == ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER
                    && child.getWidth() > viewport.getWidth()) {
                problems.add(describe(child) + " is cut off: " + child.getWidth() + " px wide in " + describe(pane)
                        + " of " + viewport.getWidth() + ", which never scrolls sideways");
            }
            if (!(parent instanceof JViewport) && !inside.contains(painted)) {
                problems.add(describe(child) + " is cut off: " + brief(child.getBounds()) + " in " + describe(parent)
                        + " of " + parent.getWidth() + "x" + parent.getHeight());
            }
            if (child instanceof AbstractButton && !partOfAWidget(parent)
                    && (child.getWidth() < minimumTarget || child.getHeight() < minimumTarget)) {
                problems.add(describe(child) + " is smaller than " + minimumTarget + "x" + minimumTarget + ": "
                        + child.getWidth() + "x" + child.getHeight());
            }
        }
        if (!(parent instanceof JLayeredPane || parent instanceof JRootPane || parent instanceof JScrollPane)) {
            for (int i = 0; i < showing.size(); i++) {
                for (int j = i + 1; j < showing.size(); j++) {
                    Rectangle overlap = showing.get(i).getBounds().intersection(showing.get(j).getBounds());
                    if (!overlap.isEmpty()) {
                        problems.add(describe(showing.get(i)) + " overlaps " + describe(showing.get(j)) + " by "
                                + overlap.width + "x" + overlap.height + " in " + describe(parent));
                    }
                }
            }
        }
        for (Component child : showing) {
            if (child instanceof Container container) {
                walk(container, minimumTarget, focusWidth, problems);
            }
        }
    }

    /** A scroll bar's, combo box's or spinner's own arrow buttons, which are not targets of their own. */
    private static boolean partOfAWidget(Container parent) {
        return parent instanceof JScrollBar || parent instanceof JComboBox || parent instanceof JSpinner;
    }

    private static String describe(Component component) {
        if (component.getName() != null) {
            return component.getName();
        }
        String text = component instanceof AbstractButton b ? " \"" + b.getText() + "\""
                : component instanceof javax.swing.JLabel l ? " \"" + l.getText() + "\"" : "";
        Container named = component.getParent();
        while (named != null && named.getName() == null) {
            named = named.getParent();
        }
        return component.getClass().getSimpleName() + text + (named == null ? "" : " (in " + named.getName() + ")");
    }

    private static String brief(Rectangle r) {
        return r.x + "," + r.y + " " + r.width + "x" + r.height;
    }

    /** The problems of the kiosk's window, asked on the event thread; the focus ring as wide as FlatLaf's scale makes it. */
    static List<String> of(javax.swing.JFrame frame, int minimumTarget) {
        return org.assertj.swing.edt.GuiActionRunner.execute(() -> problems(frame.getRootPane(), minimumTarget,
                com.formdev.flatlaf.util.UIScale.scale(UIManager.getInt("Component.focusWidth"))));
    }

}
