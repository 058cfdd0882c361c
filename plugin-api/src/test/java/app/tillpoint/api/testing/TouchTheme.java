package app.tillpoint.api.testing;

import app.tillpoint.api.ui.PlainText;

import javax.swing.LookAndFeel;
import javax.swing.SwingUtilities;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.Properties;

/**
 * The kiosk's theme for GUI tests: the kiosk's own {@code TillpointLaf.properties} (design tokens, style classes, 48 px
 * targets; copied into this test-jar from the kiosk's sources by the build), at scale 1 as the kiosk, and Swing's HTML
 * off as in the kiosk ({@link PlainText}). FlatLaf comes from the plugin's own test classpath (the plugins have it as
 * provided).
 */
public final class TouchTheme {
    /** The light theme, the kiosk's default. */
    public static final String LIGHT = "light";
    /** The dark theme. */
    public static final String DARK = "dark";
    /** The high-contrast theme. */
    public static final String HIGH_CONTRAST = "highContrast";

    private TouchTheme() {
    }

    /** Puts on the light theme. */
    public static void install() {
        install(LIGHT);
    }

    /** Puts on {@code theme}, one of {@link #LIGHT}, {@link #DARK}, {@link #HIGH_CONTRAST}, as the kiosk would. */
    public static void install(String theme) {
        System.setProperty("flatlaf.uiScale", "1");
        Properties properties = properties(theme);
        try {
            SwingUtilities.invokeAndWait(() -> setUp(properties));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing the touch theme", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the touch theme failed", e.getCause());
        }
    }

    /** The kiosk's properties of {@code theme}: the tokens, then the theme's colours over them (as kiosk's Theme). */
    static Properties properties(String theme) {
        Properties properties = new Properties();
        load(properties, "look/TillpointLaf.properties");
        if (!theme.equals(LIGHT)) {
            load(properties, "look/TillpointLaf-" + theme + ".properties");
        }
        return properties;
    }

    private static void load(Properties properties, String name) {
        try (InputStream in = TouchTheme.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not in the test kit");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Reflection, because plugin-api itself does not depend on FlatLaf.
    private static void setUp(Properties properties) {
        try {
            Object laf = Class.forName("com.formdev.flatlaf.FlatPropertiesLaf")
                    .getConstructor(String.class, Properties.class).newInstance("Tillpoint", properties);
            Class<?> flatLaf = Class.forName("com.formdev.flatlaf.FlatLaf");
            flatLaf.getMethod("setup", LookAndFeel.class).invoke(null, laf);
            flatLaf.getMethod("updateUI").invoke(null);
            PlainText.install();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("FlatLaf is not on the test classpath", e);
        }
    }
}
