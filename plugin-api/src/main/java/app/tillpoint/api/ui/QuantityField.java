package app.tillpoint.api.ui;

import app.tillpoint.api.KioskContext;

import javax.swing.SwingConstants;
import java.awt.Component;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * A field for a whole quantity typed on the {@link Keypad}, from {@code min} to {@code max}: anything else is
 * refused, the field keeps its value and {@code refused} hears why. A quantity the screen puts there
 * ({@link #setQuantity}) is replaced by the next key typed, as on a calculator. The counter's quantities and the
 * cart's are such fields. Event thread only. @since 1.2
 */
public class QuantityField extends KeypadField {
    /** The smallest quantity let in. */
    private final int min;
    /** The largest quantity let in. */
    private final int max;

    /**
     * An empty field, centred, for quantities from {@code min} to {@code max}.
     *
     * @param min     the smallest quantity allowed (0 for a count, 1 for a cart line)
     * @param max     the largest
     * @param refused told why a key was refused, or {@code null} each time a typed key is accepted
     * @param changed runs after every change, typed or put
     * @throws IllegalArgumentException if {@code min} is negative or {@code max} is below it
     */
    public QuantityField(int min, int max, Consumer<String> refused, Runnable changed) {
        super(4, refused, changed);
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("A quantity field needs 0 <= min <= max, not " + min + ".." + max);
        }
        this.min = min;
        this.max = max;
        setHorizontalAlignment(SwingConstants.CENTER);
    }

    /**
     * The quantity typed, if the field holds one.
     *
     * @return {@code min} to {@code max}; empty while the field is empty or holds no such quantity
     */
    public OptionalInt quantity() {
        String text = getText();
        return text.isEmpty() || problem(text) != null ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(tidied(text)));
    }

    /**
     * Shows {@code value}; the next key typed replaces it.
     *
     * @param value the quantity to show; not checked against {@code min} and {@code max}
     */
    public void setQuantity(int value) {
        putValue(Integer.toString(value));
    }

    @Override
    protected String problem(String text) {
        String digits = tidied(text);
        // In the language of the window the field is in (the kiosk sets the terminal's: a Swing component's own locale
        // is the machine's, never its parent's); numbers as English writes them.
        Component window = this;
        while (window.getParent() != null) {
            window = window.getParent();
        }
        Texts texts = Texts.of(KioskContext.class, window.getLocale());
        if (!digits.matches("\\d{1,9}") || Long.parseLong(digits) < min) {
            return texts.get("quantity.range", Integer.toString(min), String.format(Locale.ROOT, "%,d", max));
        }
        if (Long.parseLong(digits) > max) {
            return texts.get("quantity.atMost", String.format(Locale.ROOT, "%,d", max));
        }
        return null;
    }

    @Override
    protected String tidied(String text) {
        return text.replaceFirst("^0+(?=\\d)", "");
    }
}
