package app.tillpoint.api.testing;

import app.tillpoint.api.ui.PlainText;

import javax.swing.SwingUtilities;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;

/**
 * The kiosk's touch theme for GUI tests: FlatLaf Light, default font +3, 48 px targets, at scale 1 as the kiosk, and
 * Swing's HTML off as in the kiosk ({@link PlainText}). FlatLaf comes from the plugin's own test classpath (the plugins
 * have it as provided).
 */
public final class TouchTheme {
    private static final Map<String, String> TOUCH = Map.of("defaultFont", "+3", "Button.margin", "12,20,12,20",
            "Button.minimumWidth", "64", "TextField.margin", "10,12,10,12", "ToggleButton.margin", "12,20,12,20",
            "ScrollBar.width", "28", "MenuItem.minimumHeight", "56");

    private TouchTheme() {
    }

    public static void install() {
        System.setProperty("flatlaf.uiScale", "1");
        try {
            SwingUtilities.invokeAndWait(TouchTheme::setUp);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing the touch theme", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the touch theme failed", e.getCause());
        }
    }

    // Reflection, because plugin-api itself does not depend on FlatLaf.
    private static void setUp() {
        try {
            Class.forName("com.formdev.flatlaf.FlatLaf").getMethod("setGlobalExtraDefaults", Map.class)
                    .invoke(null, TOUCH);
            Class.forName("com.formdev.flatlaf.FlatLightLaf").getMethod("setup").invoke(null);
            PlainText.install();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("FlatLaf is not on the test classpath", e);
        }
    }
}
