package app.tillpoint.kiosk.ui;

import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.ui.Style;

import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLayeredPane;
import javax.swing.JPanel;
import javax.swing.UIManager;
import java.awt.Graphics;
import java.awt.GridBagLayout;
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

    private final class Backdrop extends JPanel implements Overlay {
        Backdrop(JComponent content) {
            super(new GridBagLayout());
            setOpaque(false);
            addMouseListener(new MouseAdapter() { });
            JPanel card = new JPanel(new java.awt.BorderLayout());
            card.setBorder(BorderFactory.createCompoundBorder(
                    BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor"), 1),
                    BorderFactory.createEmptyBorder(8, 8, 8, 8)));
            card.add(content);
            add(card);
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
