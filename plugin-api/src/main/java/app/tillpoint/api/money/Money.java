package app.tillpoint.api.money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact amount of money: minor units (paise, cents) in a {@code long}, with its currency.
 *
 * <p>Never a floating point. Arithmetic refuses to mix currencies and throws {@link ArithmeticException} rather than
 * overflow. Immutable and thread-safe.
 */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minorUnits, Currency currency) {
        return new Money(minorUnits, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** The amount of {@code whole} major units (rupees, euros): {@code ofMajor(500, INR)} is ₹500.00. */
    public static Money ofMajor(long whole, Currency currency) {
        return new Money(Math.multiplyExact(whole, factor(currency)), currency);
    }

    /**
     * Reads an amount as typed on the keypad: digits, optionally a point and at most as many decimals as the currency
     * has ("1340", "1340.5", "1340.50"). No sign, no grouping.
     *
     * @throws IllegalArgumentException with a message fit for the cashier when the text is not such an amount
     */
    public static Money parse(String text, Currency currency) {
        String s = text == null ? "" : text.strip();
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        String pattern = digits == 0 ? "\\d{1,15}" : "\\d{1,15}(\\.\\d{0," + digits + "})?";
        if (!s.matches(pattern)) {
            throw new IllegalArgumentException("Not an amount: \"" + s + "\"");
        }
        BigDecimal value = new BigDecimal(s.endsWith(".") ? s.substring(0, s.length() - 1) : s);
        return new Money(value.movePointRight(digits).longValueExact(), currency);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(minorUnits, sameCurrency(other).minorUnits), currency);
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(minorUnits, sameCurrency(other).minorUnits), currency);
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(minorUnits, quantity), currency);
    }

    /** The same amount with the other sign. @since 1.2 */
    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    /** The size of the amount, whatever its sign: a difference of −₹50.00 is ₹50.00 in size. @since 1.2 */
    public Money abs() {
        return isNegative() ? negate() : this;
    }

    /** Whether this amount is larger than {@code other}. @since 1.2 */
    public boolean isMoreThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isZero() {
        return minorUnits == 0;
    }

    public boolean isNegative() {
        return minorUnits < 0;
    }

    /** The amount in major units, exactly: ₹1,340.00 is {@code 1340.00}. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minorUnits, Math.max(currency.getDefaultFractionDigits(), 0));
    }

    /** The amount as the keypad shows it, without symbol or grouping: {@code 1340.00}. */
    public String toPlainString() {
        return toDecimal().toPlainString();
    }

    /** The amount as a cashier reads it in {@code locale}: ₹1,340.00 in en-IN, 1.340,00 € in de-DE. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(toDecimal());
    }

    /**
     * The amount as printed on a bill or a quick-pay button: ₹500 and ₹2,000 without decimals when whole, ₹1,234.50
     * with them otherwise. @since 1.2
     */
    public String formatAsPrinted(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        BigDecimal decimal = toDecimal();
        int digits = decimal.stripTrailingZeros().scale() <= 0 ? 0 : decimal.scale();
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(decimal);
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
