package app.tillpoint.kiosk.ui;

import app.tillpoint.api.ui.Names;
import net.miginfocom.swing.MigLayout;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLayeredPane;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.Timer;
import java.awt.Dimension;

/**
 * A notice at the foot of the kiosk window ({@code Navigator#notice}): a line of text with OK, above the screen and
 * below the dialogs, covering only itself, so the cashier goes on selling. It hides itself after {@link #SHOWN_FOR}
 * or at OK; a later notice replaces it.
 */
final class NoticeBanner {
    /** How long a notice stays. */
    static final int SHOWN_FOR = 20_000;
    private final JLayeredPane layers;
    private final JPanel panel = new JPanel(new MigLayout("insets 8 16 8 8", "[grow, fill]16[]", "[center]"));
    private final JTextArea text = new JTextArea();
    private final Timer hide = new Timer(SHOWN_FOR, e -> hide());

    NoticeBanner(JLayeredPane layers, String ok) {
        this.layers = layers;
        text.setName(Names.NOTICE_TEXT);
        text.setEditable(false);
        text.setFocusable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setOpaque(false);
        JButton close = new JButton(ok);
        close.setName(Names.NOTICE_OK);
        close.addActionListener(e -> hide());
        panel.add(text);
        panel.add(close, "w 120!, h 56!");
        panel.setBorder(BorderFactory.createEtchedBorder());
        panel.setVisible(false);
        hide.setRepeats(false);
        layers.add(panel, JLayeredPane.PALETTE_LAYER);
    }

    /** Shows {@code message} at the foot of the window, replacing one shown. Event thread. */
    void show(String message) {
        text.setText(message);
        int width = Math.min(layers.getWidth() - 32, 900);
        text.setSize(new Dimension(width - 160, Short.MAX_VALUE));
        Dimension size = panel.getPreferredSize();
        panel.setBounds((layers.getWidth() - width) / 2, layers.getHeight() - size.height - 16, width, size.height);
        panel.setVisible(true);
        panel.revalidate();
        hide.restart();
    }

    /** Whether a notice is shown now. Event thread. */
    boolean shown() {
        return panel.isVisible();
    }

    private void hide() {
        hide.stop();
        panel.setVisible(false);
    }
}
