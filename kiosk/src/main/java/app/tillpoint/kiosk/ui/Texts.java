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
        this.bundle = ResourceBundle.getBundle("app.tillpoint.kiosk.ui.Texts", locale);
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
