package app.tillpoint.api.sale;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One tax a product carries, such as "CGST" at 9 % or "VAT" at 19 %: a name and an exact percentage, never a floating
 * point. India's 18 % GST is two rates on one product, CGST 9 % and SGST 9 %; a European VAT is one.
 *
 * <p>Two rates are the same when their names and percentages are: "CGST 9 %" and "CGST 2.5 %" are summed apart.
 *
 * @param name    what the receipt and the reports call it, e.g. "CGST"; 1 to {@value #MAX_NAME_LENGTH} characters,
 *                stripped
 * @param percent the rate in percent, 0 to 100 with at most {@value #MAX_DECIMALS} decimals (0.125 for 0.125 %);
 *                kept without trailing zeros, so that 9.00 and 9 are the same rate
 * @since 1.3
 */
public record TaxRate(String name, BigDecimal percent) {
    /** The longest name of a rate. */
    public static final int MAX_NAME_LENGTH = 40;
    /** The most decimals a percentage may have: a rate is a whole number of parts per million. */
    public static final int MAX_DECIMALS = 4;
    /** A rate of 100 % in parts per million. */
    public static final long MILLION = 1_000_000L;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the rate.
     *
     * @param name    not null, not blank, at most {@value #MAX_NAME_LENGTH} characters after stripping
     * @param percent not null, 0 to 100, at most {@value #MAX_DECIMALS} decimals
     * @throws NullPointerException     if {@code name} or {@code percent} is null
     * @throws IllegalArgumentException with a message naming the rate if the name is blank or too long, or the
     *                                  percentage negative, over 100 or finer than {@value #MAX_DECIMALS} decimals
     */
    public TaxRate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(percent, "percent");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A tax rate needs a name, such as CGST or VAT");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("The tax rate's name " + name + " is " + name.length()
                    + " characters long; at most " + MAX_NAME_LENGTH);
        }
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("The tax rate " + name + " must be from 0 to 100 %, not "
                    + percent.toPlainString() + " %");
        }
        percent = percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros();
        if (percent.scale() < 0) {
            percent = percent.setScale(0);
        }
        if (percent.scale() > MAX_DECIMALS) {
            throw new IllegalArgumentException("The tax rate " + name + " may have at most " + MAX_DECIMALS
                    + " decimals, not " + percent.toPlainString() + " %");
        }
    }

    /**
     * A rate from the text of a file: {@code of("SGST", "2.5")}.
     *
     * @param name    the rate's name
     * @param percent the percentage as a plain decimal, without the % sign
     * @return the rate
     * @throws IllegalArgumentException if the percentage is not a decimal number, or as the constructor
     */
    public static TaxRate of(String name, String percent) {
        Objects.requireNonNull(percent, "percent");
        BigDecimal value;
        try {
            value = new BigDecimal(percent.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The tax rate " + name.strip() + " must be a percentage such as 9 or "
                    + "2.5, not \"" + percent.strip() + "\"", e);
        }
        return new TaxRate(name, value);
    }

    /**
     * A rate as the store keeps it.
     *
     * @param name           the rate's name
     * @param partsPerMillion the rate in parts per million: 90000 for 9 %
     * @return the rate
     * @throws IllegalArgumentException as the constructor
     */
    public static TaxRate ofPartsPerMillion(String name, long partsPerMillion) {
        return new TaxRate(name, BigDecimal.valueOf(partsPerMillion, MAX_DECIMALS));
    }

    /**
     * The rate as an exact whole number: 9 % is 90,000 parts per million, 0.125 % is 1,250.
     *
     * @return 0 to {@value #MILLION}
     */
    public long partsPerMillion() {
        return percent.movePointRight(MAX_DECIMALS).longValueExact();
    }

    /**
     * How receipts and reports write it.
     *
     * @return the name and the percentage, e.g. "CGST 9%" or "SGST 2.5%"
     */
    public String label() {
        return name + " " + percent.toPlainString() + "%";
    }

    @Override
    public String toString() {
        return label();
    }
}
