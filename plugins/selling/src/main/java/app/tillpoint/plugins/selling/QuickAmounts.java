package app.tillpoint.plugins.selling;

import app.tillpoint.api.money.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The quick buttons of the payment dialog: the exact amount, then the round amounts a customer is likely to hand. */
final class QuickAmounts {
    /** How many buttons besides the exact amount, so that they fit one row. */
    static final int MAX_ROUND = 4;

    private QuickAmounts() {
    }

    /**
     * The exact {@code total}, then the next amounts above it that are whole multiples of a bill ({@code bills}, any
     * order), smallest first, at most {@value #MAX_ROUND} of them: for ₹1,234.50 with ₹10 … ₹2,000 bills, ₹1,234.50,
     * ₹1,240, ₹1,250, ₹1,300, ₹1,400.
     */
    static List<Money> of(Money total, List<Money> bills) {
        TreeSet<Long> round = new TreeSet<>();
        for (Money bill : bills) {
            long unit = bill.minorUnits();
            if (unit <= 0) {
                continue;
            }
            long above = Math.multiplyExact(Math.floorDiv(total.minorUnits(), unit) + 1, unit);
            round.add(above);
            // The bill itself is what a customer often hands for a small total.
            if (unit > total.minorUnits()) {
                round.add(unit);
            }
        }
        List<Money> amounts = new ArrayList<>();
        amounts.add(total);
        for (long minor : round) {
            if (amounts.size() > MAX_ROUND) {
                break;
            }
            if (minor > total.minorUnits()) {
                amounts.add(Money.of(minor, total.currency()));
            }
        }
        return List.copyOf(amounts);
    }
}
