package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JFrame;
import javax.swing.JLabel;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full-screen kiosk under a real window manager (openbox), pressed with real keys: the keys that leave an
 * ordinary application leave the kiosk in front, full screen and focused.
 */
@GuiTest
class KioskModeGuiTest {
    /** Alt+Tab and Alt+F4 are openbox's own bindings; Super+D is its "show desktop", which unmaps every window. */
    private static final List<String> KEYS_THAT_LEAVE_AN_APPLICATION = List.of("alt+Tab", "alt+F4", "Escape", "super",
            "super+d", "alt+Tab");

    @TempDir
    Path dataDir;


    @Test
    void theKioskIsExclusiveFullScreenAndKeepsTheScreenAgainstTheKeysAndAnotherWindow() throws Exception {
        AtomicInteger exitCode = new AtomicInteger(Integer.MIN_VALUE);
        String[] args = {"--data-dir", dataDir.toString(), "--plugins-dir", TestKiosk.bundledPlugins()};
        Kiosk kiosk = Kiosk.start(LaunchOptions.parse(args, dataDir, Path.of(TestKiosk.bundledPlugins())), exitCode::set);
        try (XSession x = new XSession()) {
            JFrame frame = kiosk.frame();
            GraphicsDevice device = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice();
            assertThat(device.isFullScreenSupported()).as("Xvfb has RandR: exclusive full screen").isTrue();
            awaitKioskOwnsTheScreen(x, frame, "at start", true);

            x.openOtherWindow("other-application");
            awaitKioskOwnsTheScreen(x, frame, "after another application opened a window", true);
            for (String keys : KEYS_THAT_LEAVE_AN_APPLICATION) {
                x.key(keys);
                awaitKioskOwnsTheScreen(x, frame, "after " + keys, true);
            }
            assertThat(exitCode.get()).as("the kiosk is still running").isEqualTo(Integer.MIN_VALUE);
        } finally {
            kiosk.close();
        }
        assertThat(exitCode.get()).isZero();
        // The window leaves full screen on the event thread after close returns: wait for it, do not race it.
        GraphicsDevice device = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice();
        Pause.pause(new Condition("closing the kiosk leaves full screen") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> device.getFullScreenWindow() == null);
            }
        }, 10_000);
    }

    @Test
    void withoutExclusiveFullScreenTheWindowCoversTheScreenOnTopAndKeepsTheFocus() throws Exception {
        GraphicsDevice device = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice();
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame window = new JFrame("Tillpoint covering");
            window.add(new JLabel("kiosk"));
            new FullScreenGuard(window, device, false).show();
            return window;
        });
        try (XSession x = new XSession()) {
            awaitKioskOwnsTheScreen(x, frame, "at start", false);
            assertThat(GuiActionRunner.execute(() -> frame.isUndecorated() && frame.isAlwaysOnTop())).isTrue();
            assertThat(GuiActionRunner.execute(() -> device.getFullScreenWindow())).isNull();

            x.openOtherWindow("other-application");
            awaitKioskOwnsTheScreen(x, frame, "after another application opened a window", false);
            for (String keys : KEYS_THAT_LEAVE_AN_APPLICATION) {
                x.key(keys);
                awaitKioskOwnsTheScreen(x, frame, "after " + keys, false);
            }
            assertThat(GuiActionRunner.execute(() -> frame.isDisplayable())).as("Alt+F4 did not close it").isTrue();
        } finally {
            GuiActionRunner.execute(frame::dispose);
        }
    }

    /**
     * Waits (at most 10 s) until the kiosk window is showing, focused in Java's eyes and the window manager's, covers
     * the screen, and is above the others (exclusive: in full-screen state too).
     */
    private static void awaitKioskOwnsTheScreen(XSession x, JFrame frame, String when, boolean exclusive) {
        GraphicsDevice device = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice();
        String[] last = {""};
        Pause.pause(new Condition("the kiosk owns the screen " + when) {
            @Override
            public boolean test() {
                try {
                    boolean java = GuiActionRunner.execute(() -> frame.isShowing() && frame.isFocused()
                            && frame.getBounds().equals(device.getDefaultConfiguration().getBounds())
                            && (!exclusive || device.getFullScreenWindow() == frame));
                    String active = x.activeWindowName();
                    String states = x.activeWindowStates();
                    last[0] = "java: " + java + ", active window: " + active + ", its states: " + states
                            + ", bounds " + GuiActionRunner.execute(() -> frame.getBounds()) + ", visible: "
                            + x.visibleWindowNames();
                    return java && active.equals(frame.getTitle()) && states.contains("_NET_WM_STATE_ABOVE")
                            && (!exclusive || states.contains("_NET_WM_STATE_FULLSCREEN"));
                } catch (Exception e) {
                    last[0] = e.toString();
                    return false;
                }
            }

            @Override
            protected String descriptionAddendum() {
                return " (" + last[0] + ")";
            }
        }, 10_000);
    }
}
