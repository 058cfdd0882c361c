package app.tillpoint.kiosk.ui;

import app.tillpoint.api.ui.Names;
import net.miginfocom.swing.MigLayout;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.Timer;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Dimension;

/**
 * A notice at the foot of the kiosk window ({@code Navigator#notice}): a line of text with OK in a strip of its own
 * below the screen, which gives it the room (the screen's layout shrinks above it: nothing of the screen is covered, the
 * register's Pay button included), and below the dialogs, so the cashier goes on selling. It hides itself after
 * {@link #SHOWN_FOR} or at OK, and the screen has its whole height again; a later notice replaces it.
 */
final class NoticeBanner {
    /** How long a notice stays. */
    static final int SHOWN_FOR = 20_000;
    private final JPanel host;
    private final JPanel panel = new JPanel(new MigLayout("insets 8 16 8 8", "[grow, fill]16[]", "[center]"));
    private final JTextArea text = new JTextArea();
    private final Timer hide = new Timer(SHOWN_FOR, e -> hide());

    /**
     * @param host the window's content, whose {@link BorderLayout#CENTER} holds the screens; the notice takes its
     *             {@link BorderLayout#SOUTH}
     */
    NoticeBanner(JPanel host, String ok) {
        this.host = host;
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
        panel.setBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, UIManager.getColor("Separator.foreground")));
        panel.setVisible(false);
        hide.setRepeats(false);
        host.add(panel, BorderLayout.SOUTH);
    }

    /** Shows {@code message} at the foot of the window, replacing one shown. Event thread. */
    void show(String message) {
        text.setText(message);
        // A wrapping text's height follows its width: give it the strip's, less the OK button and the gaps.
        text.setSize(new Dimension(Math.max(host.getWidth() - 176, 200), Short.MAX_VALUE));
        panel.setVisible(true);
        host.revalidate();
        host.repaint();
        hide.restart();
    }

    /** Whether a notice is shown now. Event thread. */
    boolean shown() {
        return panel.isVisible();
    }

    private void hide() {
        hide.stop();
        panel.setVisible(false);
        host.revalidate();
        host.repaint();
    }
}
