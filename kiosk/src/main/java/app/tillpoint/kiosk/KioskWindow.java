package app.tillpoint.kiosk;

import app.tillpoint.kiosk.ui.TillpointLaf;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.concurrent.CompletableFuture;

/**
 * The kiosk's window, and its one way onto the event thread while it starts: what {@link #later} queues runs there in
 * order, after the look and feel ({@link TillpointLaf#setupSoon()}) and the window. Queued from the thread that starts
 * the kiosk only. The kiosk is full screen and kept there by a {@link FullScreenGuard}; {@code --windowed} gives a
 * normal window of {@code --size} (1024x768) that may simply be closed.
 */
final class KioskWindow {
    private final LaunchOptions options;
    private final Runnable onClosed;
    private CompletableFuture<Void> queued;
    private volatile JFrame frame;
    private FullScreenGuard guard;

    /** @param onClosed run when a development window is closed by its close box */
    KioskWindow(LaunchOptions options, Runnable onClosed) {
        this.options = options;
        this.onClosed = onClosed;
    }

    /**
     * Makes the window (its native peer, not yet shown) as soon as the look and feel is set, while the caller starts
     * the services: AWT and the look and feel take about as long to start as the store and the plugins, and the
     * second core is there for one of them. {@link #reveal} shows it once the first screen is in it.
     */
    void open() {
        queued = TillpointLaf.setupSoon();
        later(this::create);
    }

    /** Queues {@code task} on the event thread after everything queued there before. */
    void later(Runnable task) {
        if (queued == null) {
            SwingUtilities.invokeLater(task);
        } else {
            queued = queued.thenRun(() -> SwingUtilities.invokeLater(task));
        }
    }

    /** Returns once everything {@link #later} took is on the event thread's queue. */
    void awaitQueued() {
        if (queued != null) {
            queued.join();
        }
    }

    /** The window; null until the event thread has made it. */
    JFrame frame() {
        return frame;
    }

    private void create() {
        JFrame window = new JFrame("Tillpoint");
        window.setName("kiosk");
        frame = window;
        if (!options.windowed()) {
            guard = FullScreenGuard.on(window, GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice());
            guard.prepare();
            window.addNotify();
            return;
        }
        window.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                onClosed.run();
            }
        });
        window.setSize(options.size().map(s -> new Dimension(s.width(), s.height())).orElse(new Dimension(1024, 768)));
        window.setLocationRelativeTo(null);
        window.addNotify();
    }

    /**
     * Shows the window with the first screen already in it, so that its first paint is that screen and never an
     * empty window; the native window was made by {@link #open}, beside the services' start. Event thread.
     */
    void reveal() {
        if (guard != null) {
            guard.show();
        } else {
            frame.setVisible(true);
        }
    }
}
