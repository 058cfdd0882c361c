package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.ui.Style;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Dimension;
import java.awt.Toolkit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole shift (dashboard, lock screen and Select Cashier, opening with the counter, the register with a sale, the
 * payment, the menu, the closing and the report) at every screen size a terminal has, from 800x600 to 1920x1080: at
 * each screen nothing showing is cut off by its parent, overlaps a sibling, or is a button smaller than the 48 px
 * target ({@link LayoutCheck}). One kiosk per size, walked once. Run with {@code -Dsun.java2d.uiScale=2} (see the
 * README) for 2x scaling: the sizes are then the window's logical pixels, the targets twice as many device pixels.
 */
@GuiTest
class ScreenSizesGuiTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(strings = {"800x600", "1024x768", "1280x800", "1366x768", "1920x1080"})
    void theWholeShiftFitsTheScreen(String size) throws Exception {
        // The window must fit the X screen with its title bar, or the robot cannot tap it: say so, not "out of bounds".
        Dimension display = GuiActionRunner.execute(() -> Toolkit.getDefaultToolkit().getScreenSize());
        String[] wh = size.split("x");
        assertThat(display.width >= Integer.parseInt(wh[0]) && display.height >= Integer.parseInt(wh[1]) + 100)
                .as("a %s window needs a larger screen than %dx%d: run the GUI tests under Xvfb -screen 0 1920x1200x24"
                        + " (as .ci/run does)", size, display.width, display.height).isTrue();
        List<String> problems = new ArrayList<>();
        try (TestKiosk kiosk = TestKiosk.start(dataDir, "--size", size)) {
            int target = GuiActionRunner.execute(Style::minimumTarget);
            ShiftWalk.walk(kiosk, screen -> {
                if (screen.equals("register")) {
                    kiosk.screenshot("size-" + size + "-" + screen);
                }
                LayoutCheck.of(kiosk.kiosk().frame(), target).forEach(p -> problems.add(screen + ": " + p));
            });
        }
        assertThat(problems).as("at " + size).isEmpty();
    }
}
