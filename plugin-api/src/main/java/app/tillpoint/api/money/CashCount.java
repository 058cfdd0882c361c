package app.tillpoint.api.money;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.ui.Texts;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How many of each denomination of one currency were counted. The total is derived, never typed.
 *
 * <p>Immutable: {@link #with} returns a new count. Quantities are 0 to {@value #MAX_QUANTITY}; the total is computed
 * with exact arithmetic and cannot overflow silently.
 */
public final class CashCount {

    /** The most of one denomination a count may hold. */
    public static final int MAX_QUANTITY = 9_999;

    private final Currency currency;
    private final List<Denomination> denominations;
    private final int[] quantities;

    private CashCount(Currency currency, List<Denomination> denominations, int[] quantities) {
        this.currency = currency;
        this.denominations = denominations;
        this.quantities = quantities;
    }

    /**
     * A count of nothing, over {@code denominations} (all of one currency, no repeats), shown largest first.
     *
     * @param denominations the bills and coins to count, in any order; usually the terminal's
     *                      ({@link app.tillpoint.api.terminal.TerminalInfo#emptyCount()})
     * @return a count with every quantity zero, in the denominations' currency
     * @throws IllegalArgumentException if the list is empty, mixes currencies or lists a denomination twice
     */
    public static CashCount empty(List<Denomination> denominations) {
        if (denominations.isEmpty()) {
            throw new IllegalArgumentException("A cash count needs at least one denomination");
        }
        Currency currency = denominations.get(0).value().currency();
        if (denominations.stream().anyMatch(d -> !d.value().currency().equals(currency))) {
            throw new IllegalArgumentException("All denominations of a count must be in " + currency);
        }
        if (new HashSet<>(denominations).size() != denominations.size()) {
            throw new IllegalArgumentException("A denomination is listed twice: " + denominations);
        }
        List<Denomination> sorted = new ArrayList<>(denominations);
        sorted.sort(Denomination.LARGEST_FIRST);
        return new CashCount(currency, List.copyOf(sorted), new int[sorted.size()]);
    }

    /**
     * This count with {@code quantity} of {@code denomination}.
     *
     * @param denomination one of this count's denominations
     * @param quantity     how many were counted, 0 to {@value #MAX_QUANTITY}; replaces the quantity before
     * @return a new count; this one is unchanged
     * @throws IllegalArgumentException if the quantity is outside 0 to {@value #MAX_QUANTITY} or the denomination
     *                                  is not one of this count's
     */
    public CashCount with(Denomination denomination, int quantity) {
        if (quantity < 0 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("A quantity must be from 0 to " + MAX_QUANTITY + ", not " + quantity);
        }
        int[] copy = quantities.clone();
        copy[indexOf(denomination)] = quantity;
        return new CashCount(currency, denominations, copy);
    }

    /**
     * How many of {@code denomination} were counted.
     *
     * @param denomination one of this count's denominations
     * @return 0 to {@value #MAX_QUANTITY}
     * @throws IllegalArgumentException if the denomination is not one of this count's
     */
    public int quantity(Denomination denomination) {
        return quantities[indexOf(denomination)];
    }

    /**
     * The currency of every denomination of this count.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * The denominations of this count, largest first.
     *
     * @return an unmodifiable list, at the same value the bill before the coin ({@link Denomination#LARGEST_FIRST})
     */
    public List<Denomination> denominations() {
        return denominations;
    }

    /**
     * Every denomination with its quantity, largest first, zeros included.
     *
     * @return an unmodifiable list, one line for each of {@link #denominations()}
     */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>(denominations.size());
        for (int i = 0; i < quantities.length; i++) {
            lines.add(new Line(denominations.get(i), quantities[i]));
        }
        return List.copyOf(lines);
    }

    /**
     * Only the lines that were counted (quantity above zero), largest first.
     *
     * @return an unmodifiable list; empty for a count of nothing
     */
    public List<Line> countedLines() {
        return lines().stream().filter(line -> line.quantity() > 0).toList();
    }

    /**
     * What the count comes to: the sum of every line's amount. Derived each time, never stored apart.
     *
     * @return the total in the count's currency; zero for a count of nothing
     * @throws ArithmeticException if the total does not fit in a {@code long} of minor units
     */
    public Money total() {
        Money total = Money.zero(currency);
        for (Line line : lines()) {
            total = total.plus(line.amount());
        }
        return total;
    }

    /**
     * Whether nothing was counted.
     *
     * @return true when every quantity is zero
     */
    public boolean isEmpty() {
        return countedLines().isEmpty();
    }

    /**
     * The count as lines of a note, as the cashier reads them: {@code 2 x ₹500.00}, … then {@code Total ₹1,340.00}.
     * A coin that shares its value with a bill is marked "coin".
     *
     * @param locale how the amounts are written; the terminal's locale
     * @return a line for each denomination counted, largest first, then the total line (alone for a count of nothing)
     */
    public List<String> noteLines(Locale locale) {
        // plugin-api's own words lie beside KioskContext; the quantity as typed, never grouped.
        Texts texts = Texts.of(KioskContext.class, locale);
        List<String> lines = new ArrayList<>();
        for (Line line : countedLines()) {
            lines.add(texts.get(sharesValueWithBill(line.denomination()) ? "count.lineCoin" : "count.line",
                    Integer.toString(line.quantity()), line.denomination().value().format(locale)));
        }
        lines.add(texts.get("count.total", total().format(locale)));
        return List.copyOf(lines);
    }

    /**
     * True for a coin of a value that this count also has as a bill (the ₹20 coin beside the ₹20 bill).
     *
     * @param denomination any denomination; need not be one of this count's
     * @return true for such a coin; false for a bill, or for a coin whose value no bill of this count has
     */
    public boolean sharesValueWithBill(Denomination denomination) {
        return denomination.kind() == Denomination.Kind.COIN && denominations.stream()
                .anyMatch(d -> d.kind() == Denomination.Kind.BILL && d.minorUnits() == denomination.minorUnits());
    }

    private int indexOf(Denomination denomination) {
        int index = denominations.indexOf(denomination);
        if (index < 0) {
            throw new IllegalArgumentException(denomination + " is not counted in " + currency);
        }
        return index;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CashCount other && denominations.equals(other.denominations)
                && java.util.Arrays.equals(quantities, other.quantities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(denominations, java.util.Arrays.hashCode(quantities));
    }

    @Override
    public String toString() {
        return "CashCount" + countedLines() + " = " + total();
    }

    /**
     * One denomination and how many of it were counted.
     *
     * @param denomination the bill or coin
     * @param quantity     how many, 0 to {@value CashCount#MAX_QUANTITY}
     */
    public record Line(Denomination denomination, int quantity) {
        /**
         * What this line comes to.
         *
         * @return the denomination's value times the quantity
         * @throws ArithmeticException if it does not fit in a {@code long} of minor units
         */
        public Money amount() {
            return denomination.value().times(quantity);
        }
    }
}
