package app.tillpoint.api.money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/**
 * The one place an amount becomes text: CLDR's currency pattern for the locale, as the JDK reads it (symbol, its
 * place, separators, digits, sign), with the one thing the JDK's {@link DecimalFormat} drops: a secondary grouping
 * size. India groups by two above the thousands (₹12,34,000.00, lakh and crore); the JDK prints ₹1,234,000.00.
 *
 * <p>Not ICU4J: its 14.6 MB jar (13.5 MB compressed) would grow the installer by a third for this one size. The
 * table below is CLDR's, and {@code AmountFormatTest} checks it against ICU4J for every locale the JDK knows.
 */
final class AmountFormat {

    /** The languages whose currency pattern in CLDR is {@code #,##,##0.00}, in every region unless excepted below. */
    private static final Set<String> BY_TWO = Set.of("as", "bn", "brx", "ccp", "dz", "gu", "hi", "ne", "pa", "sa", "ta",
            "te");
    /** Language and region where the region differs from its language: English and Urdu in India group by two. */
    private static final Set<String> BY_TWO_IN_REGION = Set.of("en-IN", "ur-IN");
    /** Tamil in Malaysia and Singapore, Punjabi in Pakistan or in Arabic script: by three. */
    private static final Set<String> BY_THREE_IN_REGION = Set.of("ta-MY", "ta-SG", "pa-PK", "pa-Arab");

    private AmountFormat() {
    }

    /**
     * {@code amount} with the currency's symbol in {@code locale}, grouped as CLDR groups it there.
     *
     * @param amount         exact; its scale is not rounded: {@code decimals} should be at least the scale
     * @param currency       the amount's currency, whose symbol is shown
     * @param locale         the terminal's locale
     * @param decimals       how many decimals to show
     */
    static String format(BigDecimal amount, Currency currency, Locale locale, int decimals) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        int primary = format.getGroupingSize();
        if (!format.isGroupingUsed() || primary <= 0) {
            return format.format(amount);
        }
        format.setGroupingUsed(false);
        String ungrouped = format.format(amount);
        char zero = format.getDecimalFormatSymbols().getZeroDigit();
        char separator = format.getDecimalFormatSymbols().getMonetaryGroupingSeparator();
        return grouped(ungrouped, zero, separator, primary, secondaryGrouping(locale, primary));
    }

    /**
     * How many digits CLDR groups by above the first group in {@code locale}'s currency pattern.
     *
     * @param locale  any locale
     * @param primary the first group's size, as the JDK read it from the pattern
     * @return 2 for India's grouping, else {@code primary}
     */
    static int secondaryGrouping(Locale locale, int primary) {
        String regional = locale.getLanguage() + "-" + locale.getCountry();
        if (BY_TWO_IN_REGION.contains(regional)) {
            return 2;
        }
        boolean excepted = BY_THREE_IN_REGION.contains(regional)
                || BY_THREE_IN_REGION.contains(locale.getLanguage() + "-" + locale.getScript());
        return BY_TWO.contains(locale.getLanguage()) && !excepted ? 2 : primary;
    }

    /** The first run of digits in {@code text} (the integer part: nothing groups it yet) with separators put in. */
    private static String grouped(String text, char zero, char separator, int primary, int secondary) {
        int start = 0;
        while (start < text.length() && !isDigit(text.charAt(start), zero)) {
            start++;
        }
        int end = start;
        while (end < text.length() && isDigit(text.charAt(end), zero)) {
            end++;
        }
        StringBuilder digits = new StringBuilder(text.substring(start, end));
        int at = digits.length() - primary;
        while (at > 0) {
            digits.insert(at, separator);
            at -= secondary;
        }
        return text.substring(0, start) + digits + text.substring(end);
    }

    private static boolean isDigit(char c, char zero) {
        return c >= zero && c <= zero + 9;
    }
}
