package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.ui.Names;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk's window is first shown with the dashboard already in it (issue 18: the dashboard within 50 ms of the
 * window), never empty while the services start, on a first start and on a daily one.
 */
@GuiTest
class FirstPaintGuiTest {

    @TempDir
    Path dataDir;

    @Test
    void theWindowIsFirstShownWithTheDashboardInIt() throws Exception {
        List<List<String>> atOpening = new CopyOnWriteArrayList<>();
        AWTEventListener listener = event -> {
            if (event.getID() == WindowEvent.WINDOW_OPENED && event.getSource() instanceof JFrame frame
                    && "kiosk".equals(frame.getName())) {
                atOpening.add(showingNames(frame));
            }
        };
        Toolkit.getDefaultToolkit().addAWTEventListener(listener, AWTEvent.WINDOW_EVENT_MASK);
        try {
            for (int start = 0; start < 2; start++) {
                try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
                    kiosk.waitFor(Names.DASHBOARD_NEW_SESSION);
                }
            }
        } finally {
            Toolkit.getDefaultToolkit().removeAWTEventListener(listener);
        }
        assertThat(atOpening).hasSize(2).allSatisfy(names -> assertThat(names)
                .contains(Names.DASHBOARD_TERMINAL_NAME, Names.DASHBOARD_LAST_CLOSING, Names.DASHBOARD_NEW_SESSION));
    }

    private static List<String> showingNames(Container container) {
        List<String> names = new ArrayList<>();
        for (Component child : container.getComponents()) {
            if (child.isVisible()) {
                if (child.getName() != null) {
                    names.add(child.getName());
                }
                if (child instanceof Container inner) {
                    names.addAll(showingNames(inner));
                }
            }
        }
        return names;
    }
}
