package app.tillpoint.kiosk.ui;

import app.tillpoint.api.ui.Keyboard;
import app.tillpoint.api.ui.KeyboardLayout;
import app.tillpoint.api.ui.Names;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLayeredPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import javax.swing.text.JTextComponent;
import java.awt.AWTEvent;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseEvent;
import java.beans.PropertyChangeListener;
import java.util.List;

/**
 * The kiosk's on-screen keyboard, for a terminal without a physical one: a {@link Keyboard} docked at the bottom of the
 * window, above every screen and dialog, for whichever text component has the focus and {@link Keyboard#opensFor}
 * accepts (the host's and every plugin's); hidden when the focus goes elsewhere, by its hide key, and shown again by a
 * tap on the field. It never covers the field typed into: when the field sits where the keyboard would be, the keyboard
 * docks at the top instead, or, when it is covered either way (a tall dialog on an 800x600 screen), the screen or
 * dialog holding the field moves up until the field shows above the keyboard, and back when the keyboard goes.
 * Event thread only.
 */
public final class OnScreenKeyboard implements AutoCloseable {
    /** The widest the keyboard grows on a large screen: keys wider than this are no easier to hit. */
    private static final int MAX_WIDTH = 1024;
    private static final int GAP = 8;

    private final JLayeredPane layers;
    private final Keyboard keyboard;
    private final JPanel dock = new JPanel(new BorderLayout());
    private final PropertyChangeListener focus = e -> focused((Component) e.getNewValue());
    private final AWTEventListener taps = this::tapped;
    private final ComponentAdapter resized = new ComponentAdapter() {
        @Override
        public void componentResized(ComponentEvent e) {
            place();
        }
    };
    /** The pane moved up for the field to show above the keyboard, and by how much; null when none is. */
    private Component moved;
    private int movedBy;

    private OnScreenKeyboard(JFrame frame, List<KeyboardLayout> layouts) {
        this.layers = frame.getLayeredPane();
        this.keyboard = new Keyboard(layouts, this::enterTapped, this::hide);
        dock.setName(Names.KEYBOARD);
        dock.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Component.borderColor")),
                BorderFactory.createEmptyBorder(GAP / 2, GAP / 2, GAP / 2, GAP / 2)));
        dock.add(keyboard);
        dock.setVisible(false);
    }

    /**
     * Starts the keyboard in {@code frame}: from now on it opens for the text component that gets the focus.
     *
     * @param layouts the layouts its language key turns through, the first shown first
     * @return the keyboard, to {@link #close} when the kiosk stops
     */
    public static OnScreenKeyboard attach(JFrame frame, List<KeyboardLayout> layouts) {
        OnScreenKeyboard onScreen = new OnScreenKeyboard(frame, layouts);
        // Above the dialogs (MODAL_LAYER and up, one layer each), below "Still working…" (DRAG_LAYER).
        onScreen.layers.add(onScreen.dock, JLayeredPane.POPUP_LAYER);
        onScreen.layers.addComponentListener(onScreen.resized);
        KeyboardFocusManager.getCurrentKeyboardFocusManager()
                .addPropertyChangeListener("permanentFocusOwner", onScreen.focus);
        Toolkit.getDefaultToolkit().addAWTEventListener(onScreen.taps, AWTEvent.MOUSE_EVENT_MASK);
        onScreen.focused(KeyboardFocusManager.getCurrentKeyboardFocusManager().getPermanentFocusOwner());
        return onScreen;
    }

    /** Whether the keyboard is showing now. */
    public boolean isShowing() {
        return dock.isVisible();
    }

    /** Stops listening and takes the keyboard away. */
    @Override
    public void close() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removePropertyChangeListener("permanentFocusOwner", focus);
        Toolkit.getDefaultToolkit().removeAWTEventListener(taps);
        layers.removeComponentListener(resized);
        hide();
        layers.remove(dock);
    }

    private void focused(Component owner) {
        if (Keyboard.opensFor(owner) && SwingUtilities.getRootPane(owner) == layers.getRootPane()) {
            show((JTextComponent) owner);
        } else {
            hide();
        }
    }

    /** A tap on the field typed into brings back a keyboard its hide key put away. */
    private void tapped(AWTEvent event) {
        if (event.getID() == MouseEvent.MOUSE_PRESSED && !dock.isVisible()
                && event.getSource() instanceof Component source && source == keyboard.target()
                && source.isFocusOwner() && Keyboard.opensFor(source)) {
            show((JTextComponent) source);
        }
    }

    private void show(JTextComponent field) {
        if (keyboard.target() != field) {
            keyboard.setTarget(field);
        }
        dock.setVisible(true);
        place();
    }

    private void hide() {
        moveBack();
        if (dock.isVisible()) {
            dock.setVisible(false);
            layers.repaint();
        }
    }

    /** Enter in a one-line field: the field's own action (as Enter on a keyboard), then the keyboard goes. */
    private void enterTapped() {
        if (keyboard.target() instanceof JTextField field) {
            field.postActionEvent();
        }
        hide();
    }

    /** Docks the keyboard where it leaves the field in view, moving the field's pane up if it must. */
    private void place() {
        JTextComponent field = keyboard.target();
        if (!dock.isVisible() || field == null || !field.isShowing()) {
            return;
        }
        moveBack();
        int width = Math.min(layers.getWidth(), MAX_WIDTH);
        int height = Math.min(dock.getPreferredSize().height, layers.getHeight() / 2);
        int x = (layers.getWidth() - width) / 2;
        Rectangle shown = SwingUtilities.convertRectangle(field, field.getVisibleRect(), layers);
        int bottom = layers.getHeight() - height;
        if (shown.y + shown.height <= bottom - GAP || shown.y < height + GAP) {
            dock.setBounds(x, bottom, width, height);
            int overlap = shown.y + shown.height - (bottom - GAP);
            if (overlap > 0) {
                moveUp(field, Math.min(overlap, shown.y - GAP));
            }
        } else {
            dock.setBounds(x, 0, width, height);
        }
        dock.revalidate();
        layers.repaint();
    }

    private void moveUp(JTextComponent field, int by) {
        Component pane = field;
        while (pane.getParent() != null && pane.getParent() != layers) {
            pane = pane.getParent();
        }
        if (by <= 0 || pane.getParent() != layers) {
            return;
        }
        Point at = pane.getLocation();
        pane.setLocation(at.x, at.y - by);
        moved = pane;
        movedBy = by;
    }

    private void moveBack() {
        if (moved != null) {
            Point at = moved.getLocation();
            moved.setLocation(at.x, at.y + movedBy);
            if (moved instanceof JComponent component) {
                component.revalidate();
            }
            moved = null;
            layers.repaint();
        }
    }
}
