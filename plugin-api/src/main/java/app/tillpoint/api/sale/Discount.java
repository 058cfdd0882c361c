package app.tillpoint.api.sale;

import app.tillpoint.api.ShownText;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.Approval;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A discount on a cart line or on the whole cart: a percentage in basis points (hundredths of a percent) or an
 * amount, with why, and, over the terminal's limit, the head cashier's approval
 * ({@link app.tillpoint.api.terminal.TerminalPolicy#discountNeedsApproval}).
 *
 * <p>A percentage comes off half-up to the minor unit: {@code round(base × basisPoints / 10,000)}, worked out on whole
 * numbers, never on a {@code double}. An order discount is spread over the lines for their taxes by
 * {@link #spread}, the largest remainder rule.
 *
 * @param basisPoints for a percentage, 1 to 10,000 (1250 is 12.5 %); 0 for an amount
 * @param amount      for an amount, more than nothing; empty for a percentage
 * @param reason      why, as picked from the terminal's list or typed: one line, not blank
 * @param approval    the head cashier's approval of the amount off, when over the terminal's limit; empty within it
 * @since 1.4
 */
public record Discount(int basisPoints, Optional<Money> amount, String reason, Optional<Approval> approval) {
    /** The basis points of 100 %. */
    public static final int WHOLE = 10_000;

    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(WHOLE);

    /**
     * Checks the discount.
     *
     * @param basisPoints 1 to {@value #WHOLE} with no amount, 0 with one
     * @param amount      more than nothing, or empty for a percentage; not null
     * @param reason      not blank, one line without a character that changes the writing direction
     * @param approval    not null; empty without one
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if it is neither a percentage nor an amount, or both, or the amount is not
     *                                  more than nothing, or the reason is blank or holds what a typed text may not
     */
    public Discount {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approval, "approval");
        if (amount.isPresent() ? basisPoints != 0 : basisPoints < 1 || basisPoints > WHOLE) {
            throw new IllegalArgumentException("A discount is a percentage from 0.01 % to 100 % or an amount, not "
                    + basisPoints + " basis points and " + amount.map(Money::toString).orElse("no amount"));
        }
        if (amount.isPresent() && (amount.get().isNegative() || amount.get().isZero())) {
            throw new IllegalArgumentException("A discount must be more than nothing, not " + amount.get());
        }
        reason = reason.strip();
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("A discount needs a reason");
        }
        ShownText.problemInTyped(reason, false).ifPresent(why -> {
            throw new IllegalArgumentException("The reason " + why);
        });
    }

    /**
     * A percentage off, without an approval yet.
     *
     * @param basisPoints hundredths of a percent, 1 to {@value #WHOLE}
     * @param reason      why
     * @return the discount
     * @throws IllegalArgumentException as the constructor
     */
    public static Discount percent(int basisPoints, String reason) {
        return new Discount(basisPoints, Optional.empty(), reason, Optional.empty());
    }

    /**
     * An amount off, without an approval yet.
     *
     * @param amount more than nothing
     * @param reason why
     * @return the discount
     * @throws IllegalArgumentException as the constructor
     */
    public static Discount of(Money amount, String reason) {
        return new Discount(0, Optional.of(amount), reason, Optional.empty());
    }

    /**
     * The same discount with the head cashier's approval.
     *
     * @param given the approval the host issued for this discount's amount off
     * @return a new discount; this one is unchanged
     */
    public Discount approvedBy(Approval given) {
        return new Discount(basisPoints, amount, reason, Optional.of(given));
    }

    /**
     * The same discount without its approval: as after the line it was approved for changed.
     *
     * @return a new discount, or this one when it has no approval
     */
    public Discount withoutApproval() {
        return approval.isEmpty() ? this : new Discount(basisPoints, amount, reason, Optional.empty());
    }

    /**
     * Whether this is a percentage rather than an amount.
     *
     * @return true for a percentage
     */
    public boolean isPercent() {
        return amount.isEmpty();
    }

    /**
     * What comes off {@code base}: the amount, or the percentage of it half-up to the minor unit.
     *
     * @param base what the discount is taken from: a line's amount, or the lines' amounts added; not negative
     * @return zero to {@code base}
     * @throws IllegalArgumentException if an amount is more than {@code base} or in another currency
     */
    public Money off(Money base) {
        if (amount.isPresent()) {
            if (!amount.get().currency().equals(base.currency())) {
                throw new IllegalArgumentException("A discount of " + amount.get() + " on " + base);
            }
            if (amount.get().isMoreThan(base)) {
                throw new IllegalArgumentException("A discount of " + amount.get().toPlainString()
                        + " is more than the " + base.toPlainString() + " it is taken from");
            }
            return amount.get();
        }
        BigInteger exact = BigInteger.valueOf(base.minorUnits()).multiply(BigInteger.valueOf(basisPoints));
        // floor(n / d + 1/2) = floor((2n + d) / 2d), for n ≥ 0.
        BigInteger rounded = exact.shiftLeft(1).add(TEN_THOUSAND).divide(TEN_THOUSAND.shiftLeft(1));
        return Money.of(rounded.longValueExact(), base.currency());
    }

    /**
     * Spreads {@code discount} over {@code amounts} in proportion, to the minor unit, by the largest remainder rule:
     * each amount first gets {@code floor(discount × amount / sum)}; the minor units left over go one each to the
     * amounts with the largest remainders ({@code discount × amount mod sum}), the earlier one first when two are equal.
     * The shares add up to {@code discount} exactly, and none is more than its amount.
     *
     * <p>₹10.00 over ₹100.00, ₹50.00 and ₹50.00 (sum ₹200.00): 1000 × 10000 / 20000 = 500, 1000 × 5000 / 20000 = 250
     * twice: ₹5.00, ₹2.50, ₹2.50. ₹1.00 over 3 × ₹1.00: 33 each, remainders 100 each, the one left over to the first:
     * ₹0.34, ₹0.33, ₹0.33.
     *
     * @param discount the whole discount; not more than the amounts added
     * @param amounts  the lines' amounts, each not negative, in the discount's currency
     * @return one share per amount, in their order
     * @throws IllegalArgumentException if the discount is more than the amounts added, negative, or in another currency
     */
    public static List<Money> spread(Money discount, List<Money> amounts) {
        BigInteger sum = BigInteger.ZERO;
        for (Money amount : amounts) {
            if (!amount.currency().equals(discount.currency()) || amount.isNegative()) {
                throw new IllegalArgumentException("Cannot spread " + discount + " over " + amount);
            }
            sum = sum.add(BigInteger.valueOf(amount.minorUnits()));
        }
        BigInteger whole = BigInteger.valueOf(discount.minorUnits());
        if (discount.isNegative() || whole.compareTo(sum) > 0) {
            throw new IllegalArgumentException("Cannot spread " + discount + " over lines that come to " + sum);
        }
        List<Money> shares = new ArrayList<>();
        if (sum.signum() == 0) {
            amounts.forEach(amount -> shares.add(Money.zero(discount.currency())));
            return shares;
        }
        long[] floor = new long[amounts.size()];
        BigInteger[] remainder = new BigInteger[amounts.size()];
        long given = 0;
        for (int i = 0; i < amounts.size(); i++) {
            BigInteger[] division = whole.multiply(BigInteger.valueOf(amounts.get(i).minorUnits())).divideAndRemainder(sum);
            floor[i] = division[0].longValueExact();
            remainder[i] = division[1];
            given += floor[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            order.add(i);
        }
        // Stable: of equal remainders, the earlier line first.
        order.sort(Comparator.comparing((Integer i) -> remainder[i]).reversed());
        long left = discount.minorUnits() - given;
        for (int k = 0; k < left; k++) {
            floor[order.get(k)]++;
        }
        for (long share : floor) {
            shares.add(Money.of(share, discount.currency()));
        }
        return shares;
    }
}
