package app.tillpoint.kiosk.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The shell's user-visible texts, from the {@code Texts} resource bundle, in the terminal's locale. */
public final class Texts {
    private final ResourceBundle bundle;
    private final Locale locale;

    public Texts(Locale locale) {
        this.locale = locale;
        // No fallback to the JVM's default locale: a terminal in en-IN reads the English base, not the machine's Hindi.
        this.bundle = ResourceBundle.getBundle("app.tillpoint.kiosk.ui.Texts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
