package app.tillpoint.api.ui;

import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.AbstractDocument;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;
import java.util.function.Consumer;

/**
 * A field typed on the {@link Keypad} that lets in only a whole text its {@link #problem} accepts (or nothing yet):
 * anything else is refused, the field keeps its value, and {@code refused} hears why. A value the screen puts there
 * ({@link #putValue}) is replaced by the next key typed, as on a calculator. {@link AmountField} is one; a screen makes
 * its own for other values (a whole quantity is {@link QuantityField}). Event thread only. Since API 1.1.
 */
public abstract class KeypadField extends JTextField {
    /** Told why a key was refused, or null when one is accepted. */
    private final Consumer<String> refused;
    /** The text was put there by the screen: the next key typed replaces it. */
    private boolean replaceOnType;
    /** {@link #putValue} is changing the text now. */
    private boolean putting;

    /**
     * An empty field that checks every change with {@link #problem}.
     *
     * @param columns how many characters wide, as {@link JTextField#JTextField(int)} takes it
     * @param refused told why a key was refused, or {@code null} each time a typed key is accepted
     * @param changed runs after every change, typed or put
     */
    protected KeypadField(int columns, Consumer<String> refused, Runnable changed) {
        super(columns);
        this.refused = refused;
        ((AbstractDocument) getDocument()).setDocumentFilter(new Filter());
        getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed.run();
            }
        });
    }

    /**
     * Why {@code text} may not be the field's whole text, or null if it may. Never asked about an empty field.
     *
     * @param text the whole text the field would hold after the key, before {@link #tidied}; not empty
     * @return why not, in words fit for the cashier; null to let it in
     */
    protected abstract String problem(String text);

    /**
     * The text shown for an accepted {@code text}: itself, unless a field tidies it (a quantity drops its leading
     * zeros: "05" typed after "0" shows 5).
     *
     * @param text a text {@link #problem} accepted; not empty
     * @return the text to show
     * @since 1.2
     */
    protected String tidied(String text) {
        return text;
    }

    /**
     * Puts {@code text} in as the screen's value, unchecked; the next key typed replaces it.
     *
     * @param text the value to show; not checked with {@link #problem}
     */
    protected void putValue(String text) {
        putting = true;
        try {
            setText(text);
        } finally {
            putting = false;
        }
        replaceOnType = true;
    }

    /**
     * True while {@link #putValue} changes the text: a change listener can tell the screen's changes from keys.
     *
     * @return true inside {@code putValue}; false while a key is typed
     */
    public boolean isPuttingValue() {
        return putting;
    }

    private final class Filter extends DocumentFilter {
        @Override
        public void insertString(FilterBypass fb, int offset, String text, AttributeSet attrs)
                throws BadLocationException {
            replace(fb, offset, 0, text, attrs);
        }

        @Override
        public void remove(FilterBypass fb, int offset, int length) throws BadLocationException {
            replace(fb, offset, length, "", null);
        }

        @Override
        public void replace(FilterBypass fb, int offset, int length, String text, AttributeSet attrs)
                throws BadLocationException {
            String added = text == null ? "" : text;
            if (putting) {
                fb.replace(offset, length, added, attrs);
                return;
            }
            int size = fb.getDocument().getLength();
            String old = fb.getDocument().getText(0, size);
            boolean replaceAll = replaceOnType && !added.isEmpty();
            String candidate = replaceAll ? added : old.substring(0, offset) + added + old.substring(offset + length);
            String why = candidate.isEmpty() ? null : problem(candidate);
            if (why != null) {
                refused.accept(why);
                return;
            }
            refused.accept(null);
            replaceOnType = false;
            String shown = candidate.isEmpty() ? candidate : tidied(candidate);
            if (!shown.equals(candidate)) {
                fb.replace(0, size, shown, attrs);
            } else if (replaceAll) {
                fb.replace(0, size, added, attrs);
            } else {
                fb.replace(offset, length, added, attrs);
            }
        }
    }
}
