package app.tillpoint.kiosk.config;

import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The bills and coins a till of a currency holds when the configuration lists none: INR, EUR, USD and GBP.
 * Each set is the common till set of the currency, largest first, the bill before the coin at the same value.
 */
public final class BuiltInDenominations {

    /** The currencies that have a built-in set, in the order the README lists them. */
    public static final Set<String> CURRENCY_CODES = Set.of("INR", "EUR", "USD", "GBP");

    private BuiltInDenominations() {
    }

    /** The built-in set of {@code currency}, or nothing if the configuration must list its denominations. */
    public static Optional<List<Denomination>> forCurrency(Currency currency) {
        return Optional.ofNullable(switch (currency.getCurrencyCode()) {
            case "INR" -> set(currency,
                    List.of("500", "200", "100", "50", "20", "10"),
                    List.of("20", "10", "5", "2", "1"));
            case "EUR" -> set(currency,
                    List.of("500", "200", "100", "50", "20", "10", "5"),
                    List.of("2", "1", "0.50", "0.20", "0.10", "0.05", "0.02", "0.01"));
            // The $2 bill and the 50¢ and $1 coins exist but are rare in a till drawer.
            case "USD" -> set(currency,
                    List.of("100", "50", "20", "10", "5", "1"),
                    List.of("0.25", "0.10", "0.05", "0.01"));
            case "GBP" -> set(currency,
                    List.of("50", "20", "10", "5"),
                    List.of("2", "1", "0.50", "0.20", "0.10", "0.05", "0.02", "0.01"));
            default -> null;
        });
    }

    /**
     * The built-in set of {@code currency}.
     *
     * @throws IllegalArgumentException if the currency has none
     */
    public static List<Denomination> of(Currency currency) {
        return forCurrency(currency).orElseThrow(() -> new IllegalArgumentException(
                "There is no built-in set of bills and coins for " + currency.getCurrencyCode()));
    }

    private static List<Denomination> set(Currency currency, List<String> bills, List<String> coins) {
        List<Denomination> set = new ArrayList<>(bills.size() + coins.size());
        bills.forEach(value -> set.add(Denomination.bill(Money.parse(value, currency))));
        coins.forEach(value -> set.add(Denomination.coin(Money.parse(value, currency))));
        set.sort(Denomination.LARGEST_FIRST);
        return List.copyOf(set);
    }
}
