package app.tillpoint.api.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The texts a plugin shows the cashier, in one language: the resource bundle {@code Texts} in the package of the
 * class that owns them ({@code com/example/myplugin/Texts.properties}, {@code Texts_hi.properties}, …), read through
 * that class's own class loader, so that a plugin finds its own bundle and never another plugin's.
 *
 * <p>The files are UTF-8. A text with arguments is a {@link MessageFormat} pattern ({@code "Change {0}"}), where an
 * apostrophe is written {@code ''}; a text without arguments is used as it is. Immutable; any thread.
 *
 * @since 1.2
 */
public final class Texts {
    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * The texts of {@code owner}'s package in {@code locale}'s language, falling back to the bundle's default
     * ({@code Texts.properties}) for a language it does not have, never to the machine's default locale's.
     *
     * @param owner  a class of the plugin, in the package beside whose classes {@code Texts.properties} lies
     * @param locale the language to show, usually {@link app.tillpoint.api.terminal.TerminalInfo#locale()}
     * @return the texts
     * @throws java.util.MissingResourceException if the package has no {@code Texts} bundle
     */
    public static Texts of(Class<?> owner, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        String name = owner.getPackageName() + ".Texts";
        // No fallback to the JVM's default locale: a terminal in en-IN reads the English base, not the machine's Hindi.
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        return new Texts(ResourceBundle.getBundle(name, locale, owner.getClassLoader(), control), locale);
    }

    /**
     * The text of {@code key}, its arguments put in.
     *
     * @param key       the key in the bundle, e.g. {@code "payment.change"}
     * @param arguments what the pattern's {@code {0}}, {@code {1}} … stand for; none for a plain text
     * @return the text as the cashier reads it
     * @throws java.util.MissingResourceException if the bundle has no such key
     */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /**
     * The language these texts were asked in.
     *
     * @return the locale given to {@link #of}
     */
    public Locale locale() {
        return locale;
    }
}
