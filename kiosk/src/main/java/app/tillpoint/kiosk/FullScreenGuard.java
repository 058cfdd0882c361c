package app.tillpoint.kiosk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.JFrame;
import javax.swing.Timer;
import java.awt.Frame;
import java.awt.GraphicsDevice;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;

/**
 * Keeps the kiosk's window the only thing on the screen. It is exclusive full screen where the platform allows it
 * ({@link GraphicsDevice#setFullScreenWindow}), else undecorated and sized to the whole screen, over the panels; always
 * on top either way. Whenever another window, or the window manager (Alt+Tab, "show desktop", a window that opens),
 * takes the focus, the guard puts the kiosk back in front and focuses it. Closing it from the window manager (Alt+F4)
 * does nothing: leaving the kiosk is the dashboard's Exit, for a head cashier.
 *
 * <p>Event thread only. A window manager can still take the screen for a moment; what it cannot do is keep it.
 */
final class FullScreenGuard {
    private static final Logger log = LoggerFactory.getLogger(FullScreenGuard.class);
    /** The first attempt waits for the window manager to finish what it was doing (switching, unmapping). */
    private static final int FIRST_DELAY_MILLIS = 150;
    private static final int MAX_DELAY_MILLIS = 2_000;

    private final JFrame frame;
    private final GraphicsDevice device;
    private final boolean exclusive;
    private final Timer reclaim;
    private int attempts;
    private boolean prepared;

    /**
     * @param exclusive exclusive full screen through {@code device}; false for an undecorated window covering the
     *                  screen (where {@link GraphicsDevice#isFullScreenSupported()} says no)
     */
    FullScreenGuard(JFrame frame, GraphicsDevice device, boolean exclusive) {
        this.frame = frame;
        this.device = device;
        this.exclusive = exclusive;
        this.reclaim = new Timer(FIRST_DELAY_MILLIS, e -> reclaim());
        this.reclaim.setInitialDelay(FIRST_DELAY_MILLIS);
    }

    /** A guard for {@code device}'s screen, exclusive full screen if the device supports it. */
    static FullScreenGuard on(JFrame frame, GraphicsDevice device) {
        return new FullScreenGuard(frame, device, device.isFullScreenSupported());
    }

    /**
     * Makes the frame a kiosk's (undecorated, on top, Alt+F4 ignored) and starts listening, without showing it; before
     * the frame is displayable. Once only.
     */
    void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        frame.setUndecorated(true);
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.setAlwaysOnTop(true);
        frame.addWindowFocusListener(new WindowAdapter() {
            @Override
            public void windowGainedFocus(WindowEvent e) {
                reclaim.stop();
            }

            @Override
            public void windowLostFocus(WindowEvent e) {
                // A window of the kiosk's own (a popup) may have it; only another application's is taken back.
                if (e.getOppositeWindow() == null) {
                    startReclaiming();
                }
            }
        });
        frame.addWindowStateListener(e -> {
            if ((e.getNewState() & Frame.ICONIFIED) != 0) {
                startReclaiming();
            }
        });
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                reclaim.stop();
                if (device.getFullScreenWindow() == frame) {
                    device.setFullScreenWindow(null);
                }
            }
        });
    }

    /** Shows the frame over the whole screen and starts guarding it ({@link #prepare} first if not done yet). */
    void show() {
        prepare();
        enterFullScreen();
        log.info("Kiosk window: {} on {}", exclusive ? "exclusive full screen" : "undecorated, covering the screen",
                device.getDefaultConfiguration().getBounds());
    }

    /** Whether the guard uses exclusive full screen. */
    boolean exclusive() {
        return exclusive;
    }

    private void enterFullScreen() {
        if (exclusive) {
            device.setFullScreenWindow(frame); // sizes it to the screen and shows it
        } else {
            frame.setBounds(device.getDefaultConfiguration().getBounds());
            frame.setVisible(true);
        }
    }

    private void startReclaiming() {
        if (!reclaim.isRunning() && frame.isDisplayable()) {
            attempts = 0;
            reclaim.setDelay(FIRST_DELAY_MILLIS);
            reclaim.start();
        }
    }

    private void reclaim() {
        if (!frame.isDisplayable() || frame.isFocused()) {
            reclaim.stop();
            return;
        }
        if (attempts == 0) {
            frame.setExtendedState(Frame.NORMAL);
            frame.toFront();
            frame.requestFocus();
        } else {
            // A window manager's "show desktop" unmaps the window, and toFront() does not map it again: showing it
            // anew does, and asks for full screen again, which the window manager forgot while it was unmapped.
            if (attempts == 1) {
                log.info("The kiosk window lost the screen; showing it again");
            }
            if (exclusive) {
                device.setFullScreenWindow(null);
            }
            frame.setVisible(false);
            enterFullScreen();
            frame.toFront();
            frame.requestFocus();
        }
        attempts++;
        // Backs off while a window manager refuses, so that the screen does not flicker.
        reclaim.setDelay(Math.min(MAX_DELAY_MILLIS, FIRST_DELAY_MILLIS << Math.min(attempts, 4)));
    }
}
