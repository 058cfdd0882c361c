package app.tillpoint.kiosk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The kiosk's themes, chosen in {@code terminal.json} ({@code "look": {"theme": "dark"}}): each is
 * {@code TillpointLaf.properties} (the design tokens, light) with the colour tokens of its own file over it.
 */
public enum Theme {
    LIGHT("light", null),
    DARK("dark", "TillpointLaf-dark.properties"),
    HIGH_CONTRAST("highContrast", "TillpointLaf-highContrast.properties");

    private final String code;
    private final String colours;

    Theme(String code, String colours) {
        this.code = code;
        this.colours = colours;
    }

    /** The name in {@code terminal.json}. */
    public String code() {
        return code;
    }

    /** The theme named {@code code} in {@code terminal.json}, if there is one. */
    public static Optional<Theme> of(String code) {
        return Arrays.stream(values()).filter(theme -> theme.code.equals(code)).findFirst();
    }

    /** The names {@code terminal.json} may give. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Theme::code).toList();
    }

    /** The theme's FlatLaf properties: the tokens, then its colours over them. */
    Properties properties() {
        Properties properties = new Properties();
        load(properties, "TillpointLaf.properties");
        if (colours != null) {
            load(properties, colours);
        }
        return properties;
    }

    private static void load(Properties properties, String name) {
        try (InputStream in = Theme.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing beside " + Theme.class.getName());
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + name, e);
        }
    }
}
