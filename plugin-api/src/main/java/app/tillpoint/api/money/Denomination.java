package app.tillpoint.api.money;

import java.util.Comparator;
import java.util.Objects;

/**
 * One coin or bill of a currency: a ₹500 bill, a ₹10 coin. Some currencies have a bill and a coin of the same value
 * (₹20, ₹10); they are two denominations.
 */
public record Denomination(Money value, Kind kind) {

    /** Whether the denomination is paper or metal. */
    public enum Kind { BILL, COIN }

    /** Largest first; at the same value the bill before the coin, as a drawer is counted. */
    public static final Comparator<Denomination> LARGEST_FIRST = Comparator
            .comparingLong((Denomination d) -> d.value.minorUnits()).reversed()
            .thenComparing(Denomination::kind);

    public Denomination {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        if (value.minorUnits() <= 0) {
            throw new IllegalArgumentException("A denomination must be worth more than nothing: " + value);
        }
    }

    public static Denomination bill(Money value) {
        return new Denomination(value, Kind.BILL);
    }

    public static Denomination coin(Money value) {
        return new Denomination(value, Kind.COIN);
    }

    public long minorUnits() {
        return value.minorUnits();
    }
}
