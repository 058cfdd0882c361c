package app.tillpoint.api.money;

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

    /** A count of nothing, over {@code denominations} (all of one currency, no repeats), shown largest first. */
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

    public int quantity(Denomination denomination) {
        return quantities[indexOf(denomination)];
    }

    public Currency currency() {
        return currency;
    }

    /** The denominations of this count, largest first. */
    public List<Denomination> denominations() {
        return denominations;
    }

    /** Every denomination with its quantity, largest first, zeros included. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>(denominations.size());
        for (int i = 0; i < quantities.length; i++) {
            lines.add(new Line(denominations.get(i), quantities[i]));
        }
        return List.copyOf(lines);
    }

    /** Only the lines that were counted (quantity above zero), largest first. */
    public List<Line> countedLines() {
        return lines().stream().filter(line -> line.quantity() > 0).toList();
    }

    public Money total() {
        Money total = Money.zero(currency);
        for (Line line : lines()) {
            total = total.plus(line.amount());
        }
        return total;
    }

    public boolean isEmpty() {
        return countedLines().isEmpty();
    }

    /**
     * The count as lines of a note, as the cashier reads them: {@code 2 x ₹500.00}, … then {@code Total ₹1,340.00}.
     * A coin that shares its value with a bill is marked "coin".
     */
    public List<String> noteLines(Locale locale) {
        List<String> lines = new ArrayList<>();
        for (Line line : countedLines()) {
            String coin = sharesValueWithBill(line.denomination()) ? " coin" : "";
            lines.add(line.quantity() + " x " + line.denomination().value().format(locale) + coin);
        }
        lines.add("Total " + total().format(locale));
        return List.copyOf(lines);
    }

    /** True for a coin of a value that this count also has as a bill (the ₹20 coin beside the ₹20 bill). */
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

    /** One denomination and how many of it were counted. */
    public record Line(Denomination denomination, int quantity) {
        public Money amount() {
            return denomination.value().times(quantity);
        }
    }
}
