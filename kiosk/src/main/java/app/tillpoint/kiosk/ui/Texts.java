package app.tillpoint.kiosk.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The shell's user-visible texts, from the {@code Texts} resource bundle: in one locale, or in the locale the screens
 * speak at the moment each text is asked ({@link #following}), the cashier's at the till or else the terminal's.
 */
public final class Texts {
    private final Supplier<Locale> locale;

    public Texts(Locale locale) {
        this.locale = () -> locale;
        bundle(locale);
    }

    private Texts(Supplier<Locale> locale) {
        this.locale = locale;
    }

    /** Texts in whatever locale {@code locale} gives when each is asked for. */
    public static Texts following(Supplier<Locale> locale) {
        return new Texts(locale);
    }

    /** The locale the texts are in now. */
    public Locale locale() {
        return locale.get();
    }

    public String get(String key, Object... arguments) {
        Locale now = locale.get();
        String pattern = bundle(now).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, now).format(arguments);
    }

    // No fallback to the JVM's default locale: a terminal in en-IN reads the English base, not the machine's Hindi.
    // ResourceBundle caches each bundle: asking again is a map look-up.
    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("app.tillpoint.kiosk.ui.Texts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
