package app.tillpoint.api.testing;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;

import javax.swing.JFrame;
import java.awt.Container;
import java.awt.Dimension;
import java.util.function.Supplier;

/**
 * One GUI test's window: shows a panel in a frame and drives it with a robot of its own. A {@link GuiTest} method
 * takes it as a parameter; {@link GuiTestExtension} cleans it up after the test, shown or not.
 */
public final class TestWindow {
    private final Robot robot = BasicRobot.robotWithNewAwtHierarchy();
    private FrameFixture window;

    TestWindow() {
    }

    /** Shows the content, built on the event thread, in a frame of its preferred size. */
    public FrameFixture show(Supplier<? extends Container> content) {
        return show(content, null);
    }

    /** Shows the content, built on the event thread, in a frame of the given size. */
    public FrameFixture show(Supplier<? extends Container> content, Dimension size) {
        return show(content, size, false);
    }

    /**
     * Shows the content, built on the event thread, in a frame without a title bar, as the kiosk shows its screens:
     * the content has the whole size.
     */
    public FrameFixture showUndecorated(Supplier<? extends Container> content, Dimension size) {
        return show(content, size, true);
    }

    private FrameFixture show(Supplier<? extends Container> content, Dimension size, boolean undecorated) {
        if (window != null) {
            throw new IllegalStateException("one window per test");
        }
        JFrame frame = GuiActionRunner.execute(() -> {
            JFrame f = new JFrame("test");
            f.setUndecorated(undecorated);
            f.setContentPane(content.get());
            f.pack();
            return f;
        });
        window = new FrameFixture(robot, frame);
        if (size == null) {
            window.show();
        } else {
            window.show(size);
        }
        return window;
    }

    /** The robot that drives this window, for clicks and lookups the fixture has no method for. */
    public Robot robot() {
        return robot;
    }

    void cleanUp() {
        if (window != null) {
            window.cleanUp();
        } else {
            robot.cleanUp();
        }
    }
}
