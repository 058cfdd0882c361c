package app.tillpoint.api.catalog;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Measure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A weight or price barcode as a store's scales print it: an EAN-13 in GS1's "2x" range for a store's own use, made of
 * a prefix ({@code 21}, {@code 22} …), the item's code, a value (a weight in grams or a price in minor units) and the
 * check digit. Which prefixes mean what is the store's choice: a {@link Rule} for each. Pure: no database.
 *
 * <p>The catalog knows the item by its code with the value zeroed ({@link #productCode()}): a product sold by weight
 * has the barcode {@code 2112345000008} (its price per kilogram), and the scale prints {@code 2112345012506} for
 * 1.250 kg of it.
 *
 * @param rule     the rule the code was read by
 * @param itemCode the item's digits
 * @param value    grams for {@link Content#WEIGHT_GRAMS}, minor units for {@link Content#PRICE_MINOR_UNITS}: the
 *                 value digits times the rule's {@link Rule#unit()}
 * @param code     the 13 digits scanned
 * @since 1.3
 */
public record ScaleBarcode(Rule rule, String itemCode, long value, String code) {

    /**
     * What the value digits of a scale's barcode hold.
     *
     * @since 1.3
     */
    public enum Content {
        /** A weight in grams; the line's amount is the price per kilogram times the weight, rounded half up. */
        WEIGHT_GRAMS,
        /** The line's amount itself, in minor units of the terminal's currency. */
        PRICE_MINOR_UNITS
    }

    /**
     * How a store's scales write one prefix.
     *
     * @param prefix     the leading digits, e.g. "21"; 1 to 3 digits starting with 2
     * @param itemDigits how many digits of item code follow the prefix
     * @param content    what the remaining digits before the check digit hold
     * @param unit       (since 1.4) what one step of the value digits is worth, in grams or minor units: 1 for a
     *                   scale that prints grams (three decimals of a kilogram) or paise, 10 for one that prints two
     *                   decimals of a kilogram, 100 for one that prints whole rupees
     * @since 1.3
     */
    public record Rule(String prefix, int itemDigits, Content content, int unit) {
        /**
         * Checks the rule.
         *
         * @param prefix     digits starting with 2
         * @param itemDigits at least 1, leaving at least 3 value digits
         * @param content    not null
         * @param unit       1, 10, 100 or 1000
         * @throws IllegalArgumentException naming what does not fit in 13 digits
         * @since 1.4
         */
        public Rule {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(content, "content");
            if (unit != 1 && unit != 10 && unit != 100 && unit != 1000) {
                throw new IllegalArgumentException("A scale's value counts in steps of 1, 10, 100 or 1000, not "
                        + unit);
            }
            if (!prefix.matches("2[0-9]{0,2}")) {
                throw new IllegalArgumentException("A scale's prefix is 1 to 3 digits starting with 2, not " + prefix);
            }
            if (itemDigits < 1 || valueDigits(prefix, itemDigits) < 3) {
                throw new IllegalArgumentException("Prefix " + prefix + " and " + itemDigits + " item digits leave "
                        + valueDigits(prefix, itemDigits) + " digits for the value; it needs at least 3");
            }
        }

        /**
         * A rule whose value counts grams or minor units, as in 1.3.
         *
         * @param prefix     digits starting with 2
         * @param itemDigits at least 1, leaving at least 3 value digits
         * @param content    not null
         * @throws IllegalArgumentException naming what does not fit in 13 digits
         */
        public Rule(String prefix, int itemDigits, Content content) {
            this(prefix, itemDigits, content, 1);
        }

        /**
         * How many digits the value has: 13 less the prefix, the item code and the check digit.
         *
         * @return the value's digits
         */
        public int valueDigits() {
            return valueDigits(prefix, itemDigits);
        }

        private static int valueDigits(String prefix, int itemDigits) {
            return 13 - prefix.length() - itemDigits - 1;
        }
    }

    /**
     * Reads {@code scanned} by the first of {@code rules} whose prefix it starts with.
     *
     * @param scanned what the scanner sent
     * @param rules   the store's rules
     * @return the code's parts; empty when it is no 13-digit code of one of the rules' prefixes
     * @throws IllegalArgumentException if it is one, but its check digit is wrong (a misread: scan again)
     */
    public static Optional<ScaleBarcode> read(String scanned, List<Rule> rules) {
        String code = scanned.strip();
        if (code.length() != 13 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        for (Rule rule : rules) {
            if (code.startsWith(rule.prefix())) {
                Barcode.problem(Barcode.Kind.EAN_13, code).ifPresent(problem -> {
                    throw new IllegalArgumentException(problem);
                });
                int itemEnd = rule.prefix().length() + rule.itemDigits();
                return Optional.of(new ScaleBarcode(rule, code.substring(rule.prefix().length(), itemEnd),
                        Long.parseLong(code.substring(itemEnd, 12)) * rule.unit(), code));
            }
        }
        return Optional.empty();
    }

    /**
     * The barcode the catalog knows the item by: this code with its value zeroed and its check digit made again.
     *
     * @return 13 digits, e.g. "2112345000008" for "2112345012506"
     */
    public String productCode() {
        String body = rule.prefix() + itemCode + "0".repeat(rule.valueDigits());
        return body + Barcode.checkDigit(body);
    }

    /**
     * The line's amount.
     *
     * @param unitPrice the product's price: per kilogram for a weight, unused (but its currency taken) for a price
     * @return for a weight, {@code unitPrice × grams / 1000} rounded half up to the minor unit; for a price, the value
     * @throws ArithmeticException if the amount overflows a {@code long}
     */
    public Money amount(Money unitPrice) {
        return Measure.amount(rule.content(), value, unitPrice);
    }
}
