package app.tillpoint.kiosk.ui;

import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.ui.Style;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLayeredPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.GridBagLayout;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.util.ArrayList;
import java.util.List;

/**
 * Dialogs as overlays inside the kiosk window: each one dims what is underneath, swallows its taps, and stacks above
 * the previous one (the counter above the opening dialog). Never a separate OS window that could fall behind.
 */
final class OverlayLayer {
    private final JLayeredPane layers;
    private final List<Backdrop> open = new ArrayList<>();

    OverlayLayer(JLayeredPane layers) {
        this.layers = layers;
        layers.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                open.forEach(backdrop -> backdrop.setBounds(0, 0, layers.getWidth(), layers.getHeight()));
            }
        });
    }

    Overlay show(JComponent content) {
        Backdrop backdrop = new Backdrop(content);
        backdrop.setBounds(0, 0, layers.getWidth(), layers.getHeight());
        layers.add(backdrop, Integer.valueOf(JLayeredPane.MODAL_LAYER + open.size()));
        open.add(backdrop);
        layers.revalidate();
        layers.repaint();
        content.requestFocusInWindow();
        return backdrop;
    }

    /** Closes every overlay: used when the kiosk must return to a known screen after a plugin failed. */
    void closeAll() {
        new ArrayList<>(open).forEach(Backdrop::close);
    }

    boolean isEmpty() {
        return open.isEmpty();
    }

    /**
     * A dialog in the middle of the window; when it is taller or wider than the window (a closing with several payment
     * methods at 800x600), it keeps its size and scrolls instead of being cut off.
     */
    private static final class Centred extends JPanel implements Scrollable {
        Centred(JComponent card) {
            super(new GridBagLayout());
            setOpaque(false);
            add(card);
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return Style.minimumTarget();
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return getParent().getWidth() >= getPreferredSize().width;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return getParent().getHeight() >= getPreferredSize().height;
        }
    }

    private final class Backdrop extends JPanel implements Overlay {
        Backdrop(JComponent content) {
            super(new BorderLayout());
            setOpaque(false);
            addMouseListener(new MouseAdapter() { });
            JPanel card = new JPanel(new BorderLayout());
            card.setBorder(BorderFactory.createCompoundBorder(
                    BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor"), 1),
                    BorderFactory.createEmptyBorder(8, 8, 8, 8)));
            card.add(content);
            JScrollPane scroll = new JScrollPane(new Centred(card));
            scroll.setOpaque(false);
            scroll.getViewport().setOpaque(false);
            scroll.setBorder(BorderFactory.createEmptyBorder());
            add(scroll);
        }

        @Override
        protected void paintComponent(Graphics g) {
            g.setColor(Style.color("scrim"));
            g.fillRect(0, 0, getWidth(), getHeight());
            super.paintComponent(g);
        }

        @Override
        public void close() {
            if (open.remove(this)) {
                layers.remove(this);
                layers.revalidate();
                layers.repaint();
            }
        }

        @Override
        public boolean isOpen() {
            return open.contains(this);
        }
    }
}
