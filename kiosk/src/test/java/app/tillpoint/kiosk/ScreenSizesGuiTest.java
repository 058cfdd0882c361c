package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.ui.Style;
import app.tillpoint.kiosk.testkit.TestKiosk;
import app.tillpoint.kiosk.ui.TillpointLaf;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.Dimension;
import java.awt.Toolkit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole shift (dashboard, lock screen and Select Cashier, opening with the counter, the register with a sale, the
 * payment, the menu, the closing and the report) at every screen size a terminal has, from 800x600 to 1920x1080, at
 * scale 1 and at 2x: at each screen nothing showing is cut off by its parent, overlaps a sibling, or is a button
 * smaller than the 48 px target ({@link LayoutCheck}). One kiosk per size, walked once. At 2x FlatLaf scales the look
 * and feel and MigLayout's sizes ({@code flatlaf.uiScale=2}, set for that kiosk only): the window is twice the size
 * in pixels (1600x1200 for 800x600) and the target 96 px, so the screen must hold 3840x2260 for the largest ({@code
 * .ci/run}'s Xvfb is 3840x2400).
 */
@GuiTest
class ScreenSizesGuiTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "{0} at {1}x")
    @CsvSource({"800x600, 1", "1024x768, 1", "1280x800, 1", "1366x768, 1", "1920x1080, 1",
        "800x600, 2", "1024x768, 2", "1280x800, 2", "1366x768, 2", "1920x1080, 2"})
    void theWholeShiftFitsTheScreen(String size, int scale) throws Exception {
        String[] wh = size.split("x");
        int width = Integer.parseInt(wh[0]) * scale;
        int height = Integer.parseInt(wh[1]) * scale;
        // The window must fit the X screen with its title bar, or the robot cannot tap it: say so, not "out of bounds".
        Dimension display = GuiActionRunner.execute(() -> Toolkit.getDefaultToolkit().getScreenSize());
        assertThat(display.width >= width && display.height >= height + 100)
                .as("a %dx%d window needs a larger screen than %dx%d: run the GUI tests under Xvfb -screen 0 "
                        + "3840x2400x24 (as .ci/run does)", width, height, display.width, display.height).isTrue();
        List<String> problems = new ArrayList<>();
        String shown = size + (scale == 1 ? "" : "@" + scale + "x");
        scaleTo(scale);
        try (TestKiosk kiosk = TestKiosk.start(dataDir, "--size", width + "x" + height)) {
            int target = GuiActionRunner.execute(Style::minimumTarget) * scale;
            ShiftWalk.walk(kiosk, screen -> {
                if (screen.equals("register")) {
                    kiosk.screenshot("size-" + shown + "-" + screen);
                }
                LayoutCheck.of(kiosk.kiosk().frame(), target).forEach(p -> problems.add(screen + ": " + p));
            });
        } finally {
            scaleTo(1);
        }
        assertThat(problems).as("at " + shown).isEmpty();
    }

    /** FlatLaf's scale for the kiosk started next: it reads {@code flatlaf.uiScale} when the look and feel is set. */
    private static void scaleTo(int scale) {
        if (String.valueOf(scale).equals(System.getProperty("flatlaf.uiScale"))) {
            return;
        }
        GuiActionRunner.execute(() -> {
            System.setProperty("flatlaf.uiScale", String.valueOf(scale));
            return TillpointLaf.setup();
        });
    }
}
