package app.tillpoint.api.money;

import java.util.Comparator;
import java.util.Objects;

/**
 * One coin or bill of a currency: a ₹500 bill, a ₹10 coin. Some currencies have a bill and a coin of the same value
 * (₹20, ₹10); they are two denominations.
 *
 * @param value what one is worth, more than nothing; its currency is the denomination's
 * @param kind  bill or coin
 */
public record Denomination(Money value, Kind kind) {

    /** Whether the denomination is paper or metal. */
    public enum Kind {
        /** A bank note (paper or polymer). */
        BILL,
        /** A coin. */
        COIN
    }

    /** Largest first; at the same value the bill before the coin, as a drawer is counted. */
    public static final Comparator<Denomination> LARGEST_FIRST = Comparator
            .comparingLong((Denomination d) -> d.value.minorUnits()).reversed()
            .thenComparing(Denomination::kind);

    /**
     * Checks the denomination.
     *
     * @param value not null, more than nothing
     * @param kind  not null
     * @throws NullPointerException     if {@code value} or {@code kind} is null
     * @throws IllegalArgumentException if the value is zero or negative
     */
    public Denomination {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        if (value.minorUnits() <= 0) {
            throw new IllegalArgumentException("A denomination must be worth more than nothing: " + value);
        }
    }

    /**
     * A bill of {@code value}: {@code bill(Money.ofMajor(500, INR))} is the ₹500 bill.
     *
     * @param value what it is worth, more than nothing
     * @return the bill
     * @throws IllegalArgumentException if the value is zero or negative
     */
    public static Denomination bill(Money value) {
        return new Denomination(value, Kind.BILL);
    }

    /**
     * A coin of {@code value}: {@code coin(Money.ofMajor(10, INR))} is the ₹10 coin.
     *
     * @param value what it is worth, more than nothing
     * @return the coin
     * @throws IllegalArgumentException if the value is zero or negative
     */
    public static Denomination coin(Money value) {
        return new Denomination(value, Kind.COIN);
    }

    /**
     * What one is worth in minor units: 50000 for the ₹500 bill. Part of the cash counter's component names.
     *
     * @return the value's minor units, more than zero
     */
    public long minorUnits() {
        return value.minorUnits();
    }
}
