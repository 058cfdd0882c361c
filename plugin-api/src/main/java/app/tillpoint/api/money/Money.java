package app.tillpoint.api.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact amount of money: minor units (paise, cents) in a {@code long}, with its currency.
 *
 * <p>Never a floating point. Arithmetic refuses to mix currencies and throws {@link ArithmeticException} rather than
 * overflow. Immutable and thread-safe.
 *
 * @param minorUnits the amount in the currency's smallest unit (paise, cents): 134000 for ₹1,340.00; may be negative,
 *                   as a difference or a cash out's effect is
 * @param currency   the currency; decides how many minor units make a major one
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    /**
     * Checks that the currency is given.
     *
     * @param minorUnits the amount in minor units, any sign
     * @param currency   not null
     * @throws NullPointerException if {@code currency} is null
     */
    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * The amount of {@code minorUnits}: {@code of(134000, INR)} is ₹1,340.00.
     *
     * @param minorUnits the amount in the currency's smallest unit, any sign
     * @param currency   the currency; not null
     * @return the amount
     */
    public static Money of(long minorUnits, Currency currency) {
        return new Money(minorUnits, currency);
    }

    /**
     * Nothing, in {@code currency}: where a sum starts.
     *
     * @param currency the currency; not null
     * @return zero minor units of it
     */
    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /**
     * The amount of {@code whole} major units (rupees, euros): {@code ofMajor(500, INR)} is ₹500.00.
     *
     * @param whole    the amount in major units, any sign
     * @param currency the currency; not null
     * @return the amount
     * @throws ArithmeticException if it does not fit in a {@code long} of minor units
     */
    public static Money ofMajor(long whole, Currency currency) {
        return new Money(Math.multiplyExact(whole, factor(currency)), currency);
    }

    /**
     * Reads an amount as typed on the keypad: digits, optionally a point and at most as many decimals as the currency
     * has ("1340", "1340.5", "1340.50"). No sign, no grouping. Spaces around it are ignored, and so is a point with
     * nothing after it ("1340.", as the keypad leaves it) in a currency with decimals.
     *
     * @param text     the text typed: at most 15 digits before the point; null reads as empty
     * @param currency the currency it is in; not null
     * @return the amount, zero or more
     * @throws IllegalArgumentException with a message fit for the cashier when the text is not such an amount, or is
     *                                  too large for a {@code long} of minor units (never an
     *                                  {@link ArithmeticException})
     */
    public static Money parse(String text, Currency currency) {
        String s = text == null ? "" : text.strip();
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        String pattern = digits == 0 ? "\\d{1,15}" : "\\d{1,15}(\\.\\d{0," + digits + "})?";
        if (!s.matches(pattern)) {
            throw new IllegalArgumentException("Not an amount: \"" + s + "\"");
        }
        BigDecimal value = new BigDecimal(s.endsWith(".") ? s.substring(0, s.length() - 1) : s);
        try {
            return new Money(value.movePointRight(digits).longValueExact(), currency);
        } catch (ArithmeticException e) {
            // 15 digits fit in minor units unless the currency has four decimals (CLF): too large to be an amount.
            throw new IllegalArgumentException("Too large an amount: \"" + s + "\"", e);
        }
    }

    /**
     * This amount and {@code other} added.
     *
     * @param other an amount in the same currency
     * @return the sum
     * @throws IllegalArgumentException if the currencies differ
     * @throws ArithmeticException      if the sum overflows
     */
    public Money plus(Money other) {
        return new Money(Math.addExact(minorUnits, sameCurrency(other).minorUnits), currency);
    }

    /**
     * This amount less {@code other}.
     *
     * @param other an amount in the same currency
     * @return the difference; negative when {@code other} is larger
     * @throws IllegalArgumentException if the currencies differ
     * @throws ArithmeticException      if the difference overflows
     */
    public Money minus(Money other) {
        return new Money(Math.subtractExact(minorUnits, sameCurrency(other).minorUnits), currency);
    }

    /**
     * This amount {@code quantity} times: a cart line's or a count line's amount.
     *
     * @param quantity how many, any sign
     * @return the product, in the same currency
     * @throws ArithmeticException if it overflows
     */
    public Money times(long quantity) {
        return new Money(Math.multiplyExact(minorUnits, quantity), currency);
    }

    /**
     * The same amount with the other sign.
     *
     * @return minus this amount
     * @throws ArithmeticException for the smallest {@code long} of minor units, which has no opposite
     * @since 1.2
     */
    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    /**
     * The size of the amount, whatever its sign: a difference of −₹50.00 is ₹50.00 in size.
     *
     * @return this amount if zero or more, else its negation
     * @throws ArithmeticException for the smallest {@code long} of minor units, which has no opposite
     * @since 1.2
     */
    public Money abs() {
        return isNegative() ? negate() : this;
    }

    /**
     * Whether this amount is larger than {@code other}.
     *
     * @param other an amount in the same currency
     * @return true if strictly larger; false if equal or smaller
     * @throws IllegalArgumentException if the currencies differ
     * @since 1.2
     */
    public boolean isMoreThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Whether this is no money at all.
     *
     * @return true for zero minor units
     */
    public boolean isZero() {
        return minorUnits == 0;
    }

    /**
     * Whether this amount is below zero, as a shortfall or a cash out's effect is.
     *
     * @return true below zero; false for zero
     */
    public boolean isNegative() {
        return minorUnits < 0;
    }

    /**
     * The amount in major units, exactly: ₹1,340.00 is {@code 1340.00}.
     *
     * @return a decimal with the currency's number of decimals as its scale
     */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minorUnits, Math.max(currency.getDefaultFractionDigits(), 0));
    }

    /**
     * The amount as the keypad shows it, without symbol or grouping: {@code 1340.00}.
     *
     * @return the plain amount with all the currency's decimals, and a minus sign when negative
     */
    public String toPlainString() {
        return toDecimal().toPlainString();
    }

    /**
     * The amount as a cashier reads it in {@code locale}: ₹12,34,000.00 in en-IN and hi-IN (India's grouping),
     * $1,234,000.00 in en-US, 1.234.000,00 € in de-DE, ¥1,234 for yen, which has no decimals.
     *
     * @param locale the terminal's locale ({@link app.tillpoint.api.terminal.TerminalInfo#locale()})
     * @return the amount with the currency's symbol, the locale's grouping and all the currency's decimals
     */
    public String format(Locale locale) {
        return AmountFormat.format(toDecimal(), currency, locale, Math.max(currency.getDefaultFractionDigits(), 0));
    }

    /**
     * The amount as printed on a bill or a quick-pay button: ₹500 and ₹2,000 without decimals when whole, ₹1,234.50
     * with them otherwise.
     *
     * @param locale the terminal's locale
     * @return the amount with the currency's symbol and the locale's grouping
     * @since 1.2
     */
    public String formatAsPrinted(Locale locale) {
        BigDecimal decimal = toDecimal();
        int digits = decimal.stripTrailingZeros().scale() <= 0 ? 0 : decimal.scale();
        return AmountFormat.format(decimal, currency, locale, digits);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(minorUnits, sameCurrency(other).minorUnits);
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + toPlainString();
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot mix " + currency + " and " + other.currency);
        }
        return other;
    }

    private static long factor(Currency currency) {
        return BigDecimal.ONE.movePointRight(Math.max(currency.getDefaultFractionDigits(), 0)).longValueExact();
    }
}
