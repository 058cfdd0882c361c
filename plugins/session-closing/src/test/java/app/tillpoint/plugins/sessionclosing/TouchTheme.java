package app.tillpoint.plugins.sessionclosing;

import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import org.assertj.swing.edt.GuiActionRunner;

import java.util.Map;

/** The kiosk's touch theme for GUI tests: FlatLaf Light, default font +3, 48 px targets, at scale 1 as the kiosk. */
final class TouchTheme {
    private TouchTheme() {
    }

    static void install() {
        System.setProperty("flatlaf.uiScale", "1");
        GuiActionRunner.execute(() -> {
            FlatLaf.setGlobalExtraDefaults(Map.of("defaultFont", "+3", "Button.margin", "12,20,12,20",
                    "Button.minimumWidth", "64", "TextField.margin", "10,12,10,12", "ToggleButton.margin",
                    "12,20,12,20", "ScrollBar.width", "28", "MenuItem.minimumHeight", "56"));
            FlatLightLaf.setup();
        });
    }
}
