package app.tillpoint.api.ui;

import app.tillpoint.api.money.Money;

import javax.swing.JTextField;
import javax.swing.SwingConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.AbstractDocument;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A field for an amount typed on the {@link Keypad}: it lets in only what {@link Money#parse} accepts (or nothing
 * yet); anything else is refused, the field keeps its value and {@code refused} hears why. An amount the dialog puts
 * there ({@link #setAmount}) is replaced by the next key typed, as on a calculator. Event thread only. Since API 1.1.
 */
public class AmountField extends JTextField {
    private final Currency currency;
    private final Consumer<String> refused;
    private boolean replaceOnType;
    private boolean setting;

    /**
     * @param refused told why a key was refused, or {@code null} each time a typed key is accepted
     * @param changed runs after every accepted change
     */
    public AmountField(Currency currency, Consumer<String> refused, Runnable changed) {
        super(10);
        this.currency = currency;
        this.refused = refused;
        setHorizontalAlignment(SwingConstants.RIGHT);
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

    /** The amount typed, if the text is one. */
    public Optional<Money> amount() {
        try {
            return Optional.of(Money.parse(getText(), currency));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Shows {@code amount}; the next key typed replaces it, as on a calculator. */
    public void setAmount(Money amount) {
        setting = true;
        try {
            setText(amount.toPlainString());
        } finally {
            setting = false;
        }
        replaceOnType = true;
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
            if (setting) {
                fb.replace(offset, length, added, attrs);
                return;
            }
            int size = fb.getDocument().getLength();
            String old = fb.getDocument().getText(0, size);
            boolean replaceAll = replaceOnType && !added.isEmpty();
            String candidate = replaceAll ? added : old.substring(0, offset) + added + old.substring(offset + length);
            if (!candidate.isEmpty()) {
                try {
                    Money.parse(candidate, currency);
                } catch (IllegalArgumentException e) {
                    refused.accept(e.getMessage() + ": type digits, a point and at most "
                            + currency.getDefaultFractionDigits() + " decimals");
                    return;
                }
            }
            refused.accept(null);
            replaceOnType = false;
            if (replaceAll) {
                fb.replace(0, size, added, attrs);
            } else {
                fb.replace(offset, length, added, attrs);
            }
        }
    }
}
