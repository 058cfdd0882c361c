package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.Style;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.ScrollPaneConstants;

/** The session report as a read-only text with Close. Knows nothing of the kiosk. Event thread only. */
final class ReportPanel extends JPanel {

    /**
     * @param title  e.g. "Session 12 report"
     * @param report the text of a {@link SessionReport}
     * @param closeText the button's text: Close
     * @param close  run when Close is tapped
     */
    ReportPanel(String title, String report, String closeText, Runnable close) {
        super(new MigLayout("insets 16, gap 8, wrap 1", "[720!]", "[][grow, fill][]"));
        JLabel heading = new JLabel(title);
        Style.classes(heading, Style.H2);
        add(heading);
        JTextArea text = new JTextArea(report);
        text.setName(Names.REPORT_TEXT);
        text.setEditable(false);
        // Columns of amounts line up in a fixed-width font.
        Style.classes(text, Style.MONOSPACED);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setCaretPosition(0);
        add(new JScrollPane(text, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER), "grow, h 160:540:540");
        JButton ok = new JButton(closeText);
        ok.setName(Names.REPORT_CLOSE);
        Style.classes(ok, Style.PRIMARY);
        ok.addActionListener(e -> close.run());
        add(ok, "right, w 160!, h 56!");
    }
}
