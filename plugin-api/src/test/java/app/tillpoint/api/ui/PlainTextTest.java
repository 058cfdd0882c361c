package app.tillpoint.api.ui;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JToggleButton;
import javax.swing.JToolTip;
import javax.swing.SwingUtilities;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Swing's HTML, off: walked with the attack itself, an image on a local port that must never be asked for. */
class PlainTextTest {
    /** Where Swing keeps a component's rendered HTML (BasicHTML.propertyKey). */
    private static final String HTML_VIEW = "html";

    @BeforeAll
    static void install() throws Exception {
        SwingUtilities.invokeAndWait(PlainText::install);
    }

    @Test
    void labelsButtonsTooltipsAndListCellsShowMarkupAsTextAndFetchNothing() throws Exception {
        AtomicReference<List<JComponent>> made = new AtomicReference<>();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(1_500);
            String text = "<html><img src=http://127.0.0.1:" + server.getLocalPort() + "/x>";
            // Not invokeAndWait: an HTML label would wait on the event thread for the image's answer.
            SwingUtilities.invokeLater(() -> made.set(components(text)));

            assertThat(askedFor(server)).as("something asked the port for the image").isFalse();
            SwingUtilities.invokeAndWait(() -> {
                for (JComponent component : made.get()) {
                    assertThat(component.getClientProperty(PlainText.HTML_DISABLE)).as(component.getClass().getName())
                            .isEqualTo(true);
                    assertThat(component.getClientProperty(HTML_VIEW)).as(component.getClass().getName()).isNull();
                }
                assertThat(((JLabel) made.get().get(0)).getText()).isEqualTo(text);
            });
        }
    }

    @Test
    void aComponentMayStillAskForHtmlForATextOfItsOwn() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JLabel label = new JLabel();
            label.putClientProperty(PlainText.HTML_DISABLE, false);
            label.setText("<html><b>Total</b>");
            assertThat(label.getClientProperty(HTML_VIEW)).isNotNull();
        });
    }

    /** Whether anything connects to {@code server} before its time-out; a connection is closed, freeing its asker. */
    static boolean askedFor(ServerSocket server) throws IOException {
        try (Socket asked = server.accept()) {
            return asked != null;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    private static List<JComponent> components(String text) {
        JLabel label = new JLabel(text);
        JButton button = new JButton(text);
        button.setToolTipText(text);
        JToolTip tip = button.createToolTip();
        tip.setTipText(text);
        JToggleButton toggle = new JToggleButton(text);
        JList<String> list = new JList<>(new String[] {text});
        JComponent cell = (JComponent) new DefaultListCellRenderer().getListCellRendererComponent(list, text, 0, false,
                false);
        label.getPreferredSize();
        button.getPreferredSize();
        return List.of(label, button, tip, toggle, cell);
    }
}
