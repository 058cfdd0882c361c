package app.tillpoint.kiosk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.RepaintManager;
import javax.swing.SwingUtilities;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.Window;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A development aid for {@code scripts/benchmark-latency.sh}, off unless the system property
 * {@code tillpoint.latencyProbe} names a file. Then the time the window was first shown is written as {@code window
 * <nanos>}, every key or button pressed writes {@code input <nanos>}, and every
 * finished paint (after {@link Toolkit#sync}, so the pixels reached the X server) writes {@code paint <nanos>} and each
 * showing named component with its centre on the screen and a label's or field's text ({@code name@x,y=text},
 * URL-encoded): the driver finds where to tap and sees when
 * the screen it waits for was painted. Nanos are {@link System#nanoTime}, Linux's monotonic clock, which the driver
 * reads too. Never on a till: it writes on the event thread.
 */
final class LatencyProbe {
    static final String PROPERTY = "tillpoint.latencyProbe";
    private static final Logger LOG = LoggerFactory.getLogger(LatencyProbe.class);

    private final BufferedWriter out;

    private LatencyProbe(BufferedWriter out) {
        this.out = out;
    }

    /** Installs the probe on the event thread if the property asks for it. */
    static void installIfAsked() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            LatencyProbe probe = new LatencyProbe(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND));
            SwingUtilities.invokeLater(probe::install);
            LOG.warn("Latency probe on, writing to {}: a benchmark, not a till", file);
        } catch (IOException e) {
            LOG.error("Latency probe: cannot write {}", file, e);
        }
    }

    private void install() {
        // The driver times the dashboard from the window's first showing, which comes after this: the kiosk shows its
        // window only once the dashboard is in it (KioskWindow#reveal, queued behind this install).
        Toolkit.getDefaultToolkit().addAWTEventListener(event -> {
            if (event.getID() == java.awt.event.WindowEvent.WINDOW_OPENED
                    && event.getSource() instanceof javax.swing.JFrame) {
                write("window " + System.nanoTime());
            }
        }, AWTEvent.WINDOW_EVENT_MASK);
        Toolkit.getDefaultToolkit().addAWTEventListener(event -> {
            if (event.getID() == java.awt.event.KeyEvent.KEY_PRESSED
                    || event.getID() == java.awt.event.MouseEvent.MOUSE_PRESSED) {
                write("input " + System.nanoTime());
            }
        }, AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK);
        RepaintManager.setCurrentManager(new RepaintManager() {
            @Override
            public void paintDirtyRegions() {
                super.paintDirtyRegions();
                Toolkit.getDefaultToolkit().sync();
                long now = System.nanoTime();
                StringBuilder line = new StringBuilder("paint ").append(now);
                for (Window window : Window.getWindows()) {
                    if (window.isShowing()) {
                        names(window, line);
                    }
                }
                write(line.toString());
            }
        });
    }

    private static void names(Component component, StringBuilder line) {
        if (!component.isShowing()) {
            return;
        }
        if (component.getName() != null && !component.getName().isBlank()) {
            Point at = component.getLocationOnScreen();
            line.append(' ').append(component.getName().replace(' ', '_')).append('@')
                    .append(at.x + component.getWidth() / 2).append(',').append(at.y + component.getHeight() / 2);
            String text = component instanceof javax.swing.JLabel label ? label.getText()
                    : component instanceof javax.swing.text.JTextComponent field ? field.getText() : null;
            if (text != null && !text.isBlank()) {
                line.append('=').append(java.net.URLEncoder.encode(text, StandardCharsets.UTF_8));
            }
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                names(child, line);
            }
        }
    }

    private void write(String line) {
        try {
            out.write(line);
            out.newLine();
            out.flush();
        } catch (IOException e) {
            LOG.error("Latency probe: cannot write", e);
        }
    }
}
