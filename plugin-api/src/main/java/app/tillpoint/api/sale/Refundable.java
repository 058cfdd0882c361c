package app.tillpoint.api.sale;

import app.tillpoint.api.money.Money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A past order of this terminal as a refund sees it: what is left of each line, and the methods the money may go
 * back by. {@link #amountOf} is the one place a refund's amount is worked out; the host's store asks it too.
 *
 * @param order    the original order, with its lines as sold
 * @param refunded how many of each line (by line number, from 1) went back already; a line missing went back none
 * @param refundedAmount what its earlier refunds gave back, positive or zero
 * @param methods  the methods it was paid with, then {@link Refund#CASH} if not among them
 * @since 1.4
 */
public record Refundable(Order order, Map<Integer, Integer> refunded, Money refundedAmount, List<String> methods) {
    /**
     * Copies the map and the list.
     *
     * @param order          not null
     * @param refunded       not null
     * @param refundedAmount not null
     * @param methods        not null
     * @throws NullPointerException if a component is null
     */
    public Refundable {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(refundedAmount, "refundedAmount");
        refunded = Map.copyOf(refunded);
        methods = List.copyOf(methods);
    }

    /**
     * How many of a line may still go back.
     *
     * @param lineNo the line's number, from 1
     * @return what was sold minus what went back; zero for a line the order does not have
     */
    public int left(int lineNo) {
        if (lineNo < 1 || lineNo > order.lines().size()) {
            return 0;
        }
        return order.lines().get(lineNo - 1).quantity() - refunded.getOrDefault(lineNo, 0);
    }

    /**
     * Whether every line went back in full.
     *
     * @return true when nothing is left to refund
     */
    public boolean fullyRefunded() {
        for (int lineNo = 1; lineNo <= order.lines().size(); lineNo++) {
            if (left(lineNo) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks that each of {@code lines} is a line of the order with that many left.
     *
     * @param lines what is to go back
     * @throws IllegalArgumentException with a message for the cashier naming the first line that does not fit
     */
    public void check(List<RefundLine> lines) {
        for (RefundLine line : lines) {
            if (line.lineNo() > order.lines().size()) {
                throw new IllegalArgumentException("Order " + order.id() + " has no line " + line.lineNo()
                        + ". Nothing was refunded.");
            }
            int left = left(line.lineNo());
            if (line.quantity() > left) {
                String name = order.lines().get(line.lineNo() - 1).product().name();
                throw new IllegalArgumentException(left == 0
                        ? name + " of order " + order.id() + " was refunded already. Nothing was refunded."
                        : "Only " + left + " of " + name + " of order " + order.id() + " are left to refund, not "
                        + line.quantity() + ". Nothing was refunded.");
            }
        }
    }

    /**
     * What one of a line was sold at before its discount, as a refund line gives it back: a price override's price
     * when it had one, a measured line's whole amount (its label's or its weight's, sold once), else the product's
     * price. The price (not the catalog's now, nor a weighed item's price per kilogram) the store keeps in the line.
     *
     * @param line a line of the original order
     * @return its unit price as sold, before discounts
     * @since 1.5
     */
    public static Money priceSold(CartLine line) {
        return line.isMeasured() ? line.beforeDiscount() : line.unitPrice();
    }

    /**
     * What {@code lines} give back: their share of what the customer paid (the order's total, taxes included),
     * rounded half up; the last refund of an order gives back exactly what is left of its total, so the refunds of an
     * order never add up to more than it.
     *
     * @param lines lines of the order with that many left (see {@link #check})
     * @return positive or zero, in the order's currency
     * @throws IllegalArgumentException if a line does not fit (see {@link #check})
     */
    public Money amountOf(List<RefundLine> lines) {
        check(lines);
        Money total = order.total();
        long linesSum = 0;
        int goingBack = 0;
        for (CartLine line : order.lines()) {
            linesSum = Math.addExact(linesSum, line.amount().minorUnits());
        }
        // What goes back of the lines' amounts, exactly, as refunding / per: each line's share of what it came to as
        // sold (weighed, re-priced or discounted, not the catalog's price times the quantity).
        BigInteger refunding = BigInteger.ZERO;
        BigInteger per = BigInteger.ONE;
        for (RefundLine line : lines) {
            CartLine sold = order.lines().get(line.lineNo() - 1);
            BigInteger quantity = BigInteger.valueOf(sold.quantity());
            refunding = refunding.multiply(quantity).add(BigInteger.valueOf(sold.amount().minorUnits())
                    .multiply(BigInteger.valueOf(line.quantity())).multiply(per));
            per = per.multiply(quantity);
            goingBack += line.quantity();
        }
        int leftBefore = 0;
        for (int lineNo = 1; lineNo <= order.lines().size(); lineNo++) {
            leftBefore += left(lineNo);
        }
        if (goingBack == leftBefore) {
            return total.minus(refundedAmount);
        }
        if (linesSum == 0) {
            return Money.zero(total.currency());
        }
        // The order's total (after its order discount, with taxes added where prices exclude them) shared pro rata.
        BigDecimal share = new BigDecimal(BigInteger.valueOf(total.minorUnits()).multiply(refunding))
                .divide(new BigDecimal(per.multiply(BigInteger.valueOf(linesSum))), 0, RoundingMode.HALF_UP);
        return Money.of(share.longValueExact(), total.currency());
    }

    /**
     * The taxes {@code lines} give back, rate by rate: of each rate's tax and taxable value in the order's
     * {@link Order#taxes()}, the share the lines carrying the rate take by their amounts as sold (after their own
     * discounts and their share of the order discount, {@link Discount#spread}).
     *
     * <p>Exact, with one rounding: for a rate of tax {@code S} whose lines came to {@code A}, with {@code G} of those
     * lines' amounts gone back before this refund and {@code G'} after it, the refund gives back
     * {@code round(S × G' / A) − round(S × G / A)}, half up, and the same of the taxable value. So the refunds of an
     * order always add up to {@code round(S × G' / A)}: one refund of every line, or several, give back exactly the
     * order's tax, never a minor unit more or less.
     *
     * @param lines lines of the order with that many left (see {@link #check})
     * @return one line per rate the lines carry, in the order's order, with the order's {@link TaxRule.Prices}; empty
     *         for an order without taxes
     * @throws IllegalArgumentException if a line does not fit (see {@link #check})
     * @since 1.5
     */
    public TaxSummary taxesOf(List<RefundLine> lines) {
        check(lines);
        TaxSummary sold = order.taxes();
        List<CartLine> soldLines = order.lines();
        List<Money> shares = Discount.spread(order.orderDiscountAmount(),
                soldLines.stream().map(CartLine::amount).toList());
        Map<Integer, Integer> now = new HashMap<>();
        for (RefundLine line : lines) {
            now.put(line.lineNo(), line.quantity());
        }
        List<TaxLine> back = new ArrayList<>();
        for (TaxLine rate : sold.lines()) {
            // What the rate's lines came to, and what of it went back before and after: fractions over `per`.
            BigInteger amount = BigInteger.ZERO;
            BigInteger before = BigInteger.ZERO;
            BigInteger after = BigInteger.ZERO;
            BigInteger per = BigInteger.ONE;
            boolean touched = false;
            for (int index = 0; index < soldLines.size(); index++) {
                CartLine line = soldLines.get(index);
                if (!line.product().taxes().contains(rate.rate())) {
                    continue;
                }
                int lineNo = index + 1;
                touched |= now.containsKey(lineNo);
                BigInteger net = BigInteger.valueOf(line.amount().minus(shares.get(index)).minorUnits());
                BigInteger quantity = BigInteger.valueOf(line.quantity());
                int gone = refunded.getOrDefault(lineNo, 0);
                amount = amount.add(net);
                before = before.multiply(quantity).add(net.multiply(BigInteger.valueOf(gone)).multiply(per));
                after = after.multiply(quantity).add(net.multiply(BigInteger.valueOf(gone + now.getOrDefault(lineNo,
                        0))).multiply(per));
                per = per.multiply(quantity);
            }
            if (!touched) {
                continue;
            }
            BigInteger whole = amount.multiply(per);
            long tax = shareOf(rate.tax(), after, whole) - shareOf(rate.tax(), before, whole);
            long basis = shareOf(rate.basis(), after, whole) - shareOf(rate.basis(), before, whole);
            back.add(new TaxLine(rate.rate(), Money.of(basis, sold.currency()), Money.of(tax, sold.currency())));
        }
        return new TaxSummary(sold.currency(), sold.prices(), back);
    }

    /** round(of × part / whole), half up, for 0 ≤ part ≤ whole; nothing of a whole of zero. */
    private static long shareOf(Money of, BigInteger part, BigInteger whole) {
        if (whole.signum() <= 0) {
            return 0;
        }
        BigInteger numerator = BigInteger.valueOf(of.minorUnits()).multiply(part);
        return numerator.shiftLeft(1).add(whole).divide(whole.shiftLeft(1)).longValueExact();
    }
}
