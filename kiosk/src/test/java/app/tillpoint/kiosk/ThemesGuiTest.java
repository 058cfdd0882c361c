package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.config.ConfigLoader;
import app.tillpoint.kiosk.config.TerminalConfig;
import app.tillpoint.kiosk.testkit.TestKiosk;
import app.tillpoint.kiosk.ui.Theme;
import app.tillpoint.kiosk.ui.TillpointLaf;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.awt.Color;
import java.nio.file.Path;

import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The theme of {@code terminal.json} ({@code "look": {"theme": …}}) is the one the kiosk wears from its first screen:
 * the look and feel, the dashboard's background and the register's Pay button in the theme's colours, through the
 * whole shift; a screenshot of each screen in each theme for the gallery ({@code docs/screens.md}).
 */
@GuiTest
class ThemesGuiTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Theme.class)
    void theKioskWearsTheThemeOfTerminalJsonThroughTheShift(Theme theme) throws Exception {
        new ConfigLoader().load(dataDir.resolve("terminal.json"),
                TerminalConfig.demo().withLook(new TerminalConfig.Look(theme.code())));
        Color background = new TillpointLaf(theme).getDefaults().getColor("Panel.background");
        Color primary = new TillpointLaf(theme).getDefaults().getColor("Tillpoint.primary");
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            ShiftWalk.walk(kiosk, screen -> {
                if (screen.equals("dashboard")) {
                    assertThat(GuiActionRunner.execute(() -> ((TillpointLaf) UIManager.getLookAndFeel()).theme()))
                            .isEqualTo(theme);
                    assertThat(GuiActionRunner.execute(() -> opaqueBehind(kiosk.find(DASHBOARD_NEW_SESSION))))
                            .isEqualTo(background);
                }
                if (screen.equals("register")) {
                    assertThat(GuiActionRunner.execute(() -> kiosk.find(PAY_CASH).getBackground())).isEqualTo(primary);
                }
                kiosk.screenshot("theme-" + theme.code() + "-" + screen);
            });
        }
    }

    /** The background painted behind {@code component}: that of its nearest opaque ancestor. */
    private static Color opaqueBehind(java.awt.Component component) {
        for (java.awt.Container parent = component.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof JComponent c && c.isOpaque()) {
                return c.getBackground();
            }
        }
        return SwingUtilities.getWindowAncestor(component).getBackground();
    }
}
