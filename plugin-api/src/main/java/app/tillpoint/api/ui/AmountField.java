package app.tillpoint.api.ui;

import app.tillpoint.api.money.Money;

import javax.swing.SwingConstants;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A field for an amount typed on the {@link Keypad}: it lets in only what {@link Money#parse} accepts (or nothing
 * yet); anything else is refused, the field keeps its value and {@code refused} hears why. An amount the dialog puts
 * there ({@link #setAmount}) is replaced by the next key typed, as on a calculator. Event thread only. Since API 1.1.
 */
public class AmountField extends KeypadField {
    /** The currency of the amounts typed; decides how many decimals are let in. */
    private final Currency currency;

    /**
     * An empty field, right-aligned, for amounts in {@code currency}.
     *
     * @param currency the terminal's currency
     * @param refused told why a key was refused, or {@code null} each time a typed key is accepted
     * @param changed runs after every change, typed or put with {@link #setAmount}
     */
    public AmountField(Currency currency, Consumer<String> refused, Runnable changed) {
        super(10, refused, changed);
        this.currency = currency;
        setHorizontalAlignment(SwingConstants.RIGHT);
    }

    /**
     * The amount typed, if the text is one.
     *
     * @return the amount in the field's currency; empty while the field is empty or holds no amount
     */
    public Optional<Money> amount() {
        try {
            return Optional.of(Money.parse(getText(), currency));
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
        try {
            Money.parse(text, currency);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage() + ": type digits, a point and at most " + currency.getDefaultFractionDigits()
                    + " decimals";
        }
    }
}
