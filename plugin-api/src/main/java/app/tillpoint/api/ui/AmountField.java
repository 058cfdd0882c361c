package app.tillpoint.api.ui;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.money.Money;

import javax.swing.SwingConstants;
import java.awt.Component;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A field for an amount typed on the {@link Keypad}: it lets in only what {@link Money#parse} accepts (or nothing
 * yet); anything else is refused, the field keeps its value and {@code refused} hears why. An amount the dialog puts
 * there ({@link #setAmount}) is replaced by the next key typed, as on a calculator. A field made with {@link #signed}
 * also takes an amount below zero, its minus sign first (the keypad's ± key puts it there), and refuses a minus sign
 * alone, a second one or one after a digit, saying so. Event thread only. Since API 1.1.
 */
public class AmountField extends KeypadField {
    /** The currency of the amounts typed; decides how many decimals are let in. */
    private final Currency currency;
    /** Whether an amount below zero is let in. */
    private final boolean signed;

    /**
     * An empty field, right-aligned, for amounts in {@code currency}.
     *
     * @param currency the terminal's currency
     * @param refused told why a key was refused, or {@code null} each time a typed key is accepted
     * @param changed runs after every change, typed or put with {@link #setAmount}
     */
    public AmountField(Currency currency, Consumer<String> refused, Runnable changed) {
        this(currency, false, refused, changed);
    }

    private AmountField(Currency currency, boolean signed, Consumer<String> refused, Runnable changed) {
        super(10, refused, changed);
        this.currency = currency;
        this.signed = signed;
        setHorizontalAlignment(SwingConstants.RIGHT);
    }

    /**
     * An empty field, right-aligned, for amounts in {@code currency} that may be below zero: a settlement total of a
     * card terminal that gave back more than it took. Typed on a {@link Keypad} with its ± key.
     *
     * @param currency the terminal's currency
     * @param refused  told why a key was refused, or {@code null} each time a typed key is accepted
     * @param changed  runs after every change, typed or put with {@link #setAmount}
     * @return the field
     * @since 1.5
     */
    public static AmountField signed(Currency currency, Consumer<String> refused, Runnable changed) {
        return new AmountField(currency, true, refused, changed);
    }

    /**
     * The amount typed, if the text is one.
     *
     * @return the amount in the field's currency; empty while the field is empty or holds no amount
     */
    public Optional<Money> amount() {
        String text = getText();
        boolean below = signed && text.startsWith("-");
        try {
            Money amount = Money.parse(below ? text.substring(1) : text, currency);
            return Optional.of(below ? amount.negate() : amount);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Shows {@code amount}; the next key typed replaces it, as on a calculator.
     *
     * @param amount the amount to show, as {@link Money#toPlainString()}; not checked against the field's rule
     */
    public void setAmount(Money amount) {
        putValue(amount.toPlainString());
    }

    @Override
    protected String problem(String text) {
        if (signed && text.contains("-")) {
            String unsigned = text.substring(1);
            if (!text.startsWith("-") || unsigned.contains("-")) {
                return words().get("amount.oneSign");
            }
            if (unsigned.isEmpty()) {
                return words().get("amount.signAlone");
            }
            text = unsigned;
        }
        try {
            Money.parse(text, currency);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage() + ": type digits, a point and at most " + currency.getDefaultFractionDigits()
                    + " decimals";
        }
    }

    /** plugin-api's words in the language of the window the field is in, as {@link QuantityField} reads them. */
    private Texts words() {
        Component window = this;
        while (window.getParent() != null) {
            window = window.getParent();
        }
        return Texts.of(KioskContext.class, window.getLocale());
    }
}
