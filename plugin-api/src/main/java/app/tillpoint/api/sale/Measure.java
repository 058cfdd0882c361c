package app.tillpoint.api.sale;

import app.tillpoint.api.catalog.ScaleBarcode;
import app.tillpoint.api.money.Money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * What a scale's label says of a cart line: the weight of a product sold by the kilogram, or the line's amount itself.
 * A measured line is sold once ({@link CartLine#quantity()} 1); its amount is worked out here, the one place.
 *
 * @param content what {@code value} holds
 * @param value   grams for {@link ScaleBarcode.Content#WEIGHT_GRAMS}, minor units of the line's currency for
 *                {@link ScaleBarcode.Content#PRICE_MINOR_UNITS}; at least 1
 * @since 1.4
 */
public record Measure(ScaleBarcode.Content content, long value) {

    /**
     * Checks the measure.
     *
     * @param content not null
     * @param value   at least 1: a label of no weight or no amount is a misprint
     * @throws IllegalArgumentException if {@code value} is below 1
     */
    public Measure {
        Objects.requireNonNull(content, "content");
        if (value < 1) {
            throw new IllegalArgumentException("A scale's label must weigh or cost something, not " + value);
        }
    }

    /**
     * The measure a scale's barcode carries.
     *
     * @param scanned the barcode read by the store's rules
     * @return its content and value
     * @throws IllegalArgumentException if its value is zero
     */
    public static Measure of(ScaleBarcode scanned) {
        return new Measure(scanned.rule().content(), scanned.value());
    }

    /**
     * Whether this is a weight, the product's price being per kilogram.
     *
     * @return true for {@link ScaleBarcode.Content#WEIGHT_GRAMS}
     */
    public boolean isWeight() {
        return content == ScaleBarcode.Content.WEIGHT_GRAMS;
    }

    /**
     * A weight in kilograms as the cashier reads it: three decimals, in {@code locale}'s digits and separators.
     *
     * @param locale the terminal's locale
     * @return e.g. "1.255" for 1,255 g
     * @throws IllegalStateException if this is a price label
     */
    public String kilograms(Locale locale) {
        if (!isWeight()) {
            throw new IllegalStateException("A price label weighs nothing");
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(3);
        format.setMaximumFractionDigits(3);
        return format.format(BigDecimal.valueOf(value, 3));
    }

    /**
     * The line's amount.
     *
     * @param unitPrice the product's price: per kilogram for a weight; for a price label only its currency is used
     * @return for a weight, {@code unitPrice × grams / 1000} rounded half up to the minor unit (₹60.00 a kg and
     *         1,255 g: ₹75.30); for a price label, the value
     * @throws ArithmeticException if the amount overflows a {@code long}
     */
    public Money amount(Money unitPrice) {
        return amount(content, value, unitPrice);
    }

    /**
     * The rule of {@link #amount(Money)} for any value, zero included, as {@link ScaleBarcode#amount} asks it.
     *
     * @param content   what {@code value} holds
     * @param value     grams or minor units, not negative
     * @param unitPrice the product's price, per kilogram for a weight
     * @return the amount in {@code unitPrice}'s currency
     * @throws ArithmeticException if the amount overflows a {@code long}
     */
    public static Money amount(ScaleBarcode.Content content, long value, Money unitPrice) {
        if (content == ScaleBarcode.Content.PRICE_MINOR_UNITS) {
            return Money.of(value, unitPrice.currency());
        }
        long thousandths = Math.multiplyExact(unitPrice.minorUnits(), value);
        return Money.of(Math.addExact(thousandths, 500) / 1000, unitPrice.currency());
    }

    /**
     * This measure and another of the same content: two labels of one product on one line.
     *
     * @param other a measure of the same content
     * @return the values added
     * @throws IllegalArgumentException if the contents differ
     * @throws ArithmeticException      if the sum overflows a {@code long}
     */
    public Measure plus(Measure other) {
        if (other.content != content) {
            throw new IllegalArgumentException("A weight and a price label do not add up");
        }
        return new Measure(content, Math.addExact(value, other.value));
    }
}
