package app.tillpoint.api.sale;

import app.tillpoint.api.money.Money;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How this terminal works out taxes, from its configuration: whether its prices include the taxes, and whether the
 * tax is rounded on each line or once per rate on the whole order. Rounding is always half-up to the minor unit;
 * every step before it is exact (whole minor units and parts per million, as fractions of whole numbers).
 *
 * <p>For a line of amount {@code A} (price × quantity) carrying rates {@code r1, r2 …} that add up to {@code R}:
 * <ul>
 * <li>{@link Prices#EXCLUDED}: the tax of {@code r} is {@code A × r}; the basis is {@code A}; the customer pays
 * {@code A} plus the taxes.</li>
 * <li>{@link Prices#INCLUDED}: the tax of {@code r} is {@code A × r / (1 + R)}; the customer pays {@code A}.</li>
 * </ul>
 * {@link Rounding#PER_LINE} rounds each line's tax of each rate and adds the rounded amounts; with included prices a
 * line's basis is its amount less its rounded taxes. {@link Rounding#PER_ORDER} adds the exact taxes of each rate over
 * the lines and rounds the sum once; with included prices the basis of a rate is the exact sum of its lines' amounts
 * without tax ({@code A / (1 + R)}), rounded once.
 *
 * <p>Since 1.4 {@code A} is the line's amount after its own discount ({@link CartLine#amount()}) less its share of the
 * order discount ({@link Discount#spread}): the taxes are those of what the customer pays.
 *
 * @param prices   whether the prices include the taxes
 * @param rounding where the tax is rounded
 * @since 1.3
 */
public record TaxRule(Prices prices, Rounding rounding) {

    /** A terminal that does not configure taxes: prices include them, rounded on each line. */
    public static final TaxRule DEFAULT = new TaxRule(Prices.INCLUDED, Rounding.PER_LINE);

    private static final BigInteger MILLION = BigInteger.valueOf(TaxRate.MILLION);

    /** Whether the prices of the catalog include the taxes. */
    public enum Prices {
        /** The price is what the customer pays; the taxes are inside it (shops in India and Europe). */
        INCLUDED,
        /** The taxes are added to the price at the till. */
        EXCLUDED
    }

    /** Where the tax is rounded to the minor unit, half-up. */
    public enum Rounding {
        /** Each line's tax of each rate. */
        PER_LINE,
        /** Each rate's tax once, over the whole order. */
        PER_ORDER
    }

    /**
     * Checks the rule.
     *
     * @param prices   not null
     * @param rounding not null
     * @throws NullPointerException if either is null
     */
    public TaxRule {
        Objects.requireNonNull(prices, "prices");
        Objects.requireNonNull(rounding, "rounding");
    }

    /**
     * The taxes of {@code lines} by rate.
     *
     * @param lines    the lines of a cart or an order, each product with its rates
     * @param currency the currency of every line
     * @return one line per rate, in the order first met; empty when no product carries a rate
     * @throws IllegalArgumentException if a line is in another currency
     */
    public TaxSummary taxes(List<CartLine> lines, Currency currency) {
        return taxes(lines, Money.zero(currency), currency);
    }

    /**
     * The taxes of {@code lines} by rate after an order discount, spread over the lines by {@link Discount#spread}.
     *
     * @param lines         the lines of a cart or an order, each product with its rates
     * @param orderDiscount what the order discount takes off the lines' amounts added; zero for none
     * @param currency      the currency of every line
     * @return one line per rate, in the order first met; empty when no product carries a rate
     * @throws IllegalArgumentException if a line is in another currency, or the discount is more than the lines
     * @since 1.4
     */
    public TaxSummary taxes(List<CartLine> lines, Money orderDiscount, Currency currency) {
        for (CartLine line : lines) {
            if (!line.product().price().currency().equals(currency)) {
                throw new IllegalArgumentException(line.product().name() + " is priced in "
                        + line.product().price().currency() + ", not " + currency);
            }
        }
        List<Money> shares = Discount.spread(orderDiscount, lines.stream().map(CartLine::amount).toList());
        Map<TaxRate, Fraction> basis = new LinkedHashMap<>();
        Map<TaxRate, Fraction> tax = new LinkedHashMap<>();
        for (int index = 0; index < lines.size(); index++) {
            CartLine line = lines.get(index);
            List<TaxRate> rates = line.product().taxes();
            if (rates.isEmpty()) {
                continue;
            }
            BigInteger amount = BigInteger.valueOf(line.amount().minus(shares.get(index)).minorUnits());
            // Without tax, a line is amount / divisor: 1 when the tax is added, (1 + R) when it is inside.
            BigInteger divisor = MILLION;
            if (prices == Prices.INCLUDED) {
                for (TaxRate rate : rates) {
                    divisor = divisor.add(BigInteger.valueOf(rate.partsPerMillion()));
                }
            }
            BigInteger lineTax = BigInteger.ZERO;
            List<Fraction> exact = new ArrayList<>();
            for (TaxRate rate : rates) {
                Fraction f = new Fraction(amount.multiply(BigInteger.valueOf(rate.partsPerMillion())), divisor);
                exact.add(f);
                lineTax = lineTax.add(f.roundHalfUp());
            }
            for (int i = 0; i < rates.size(); i++) {
                TaxRate rate = rates.get(i);
                if (rounding == Rounding.PER_LINE) {
                    tax.merge(rate, Fraction.whole(exact.get(i).roundHalfUp()), Fraction::plus);
                    BigInteger net = prices == Prices.INCLUDED ? amount.subtract(lineTax) : amount;
                    basis.merge(rate, Fraction.whole(net), Fraction::plus);
                } else {
                    tax.merge(rate, exact.get(i), Fraction::plus);
                    basis.merge(rate, new Fraction(amount.multiply(MILLION), divisor), Fraction::plus);
                }
            }
        }
        List<TaxLine> summary = new ArrayList<>();
        for (Map.Entry<TaxRate, Fraction> entry : tax.entrySet()) {
            summary.add(new TaxLine(entry.getKey(), money(basis.get(entry.getKey()), currency),
                    money(entry.getValue(), currency)));
        }
        return new TaxSummary(currency, prices, summary);
    }

    private static Money money(Fraction fraction, Currency currency) {
        return Money.of(fraction.roundHalfUp().longValueExact(), currency);
    }

    /** A non-negative fraction of whole numbers, so that nothing is rounded before the rule says. */
    private record Fraction(BigInteger numerator, BigInteger denominator) {
        static Fraction whole(BigInteger value) {
            return new Fraction(value, BigInteger.ONE);
        }

        Fraction plus(Fraction other) {
            BigInteger n = numerator.multiply(other.denominator).add(other.numerator.multiply(denominator));
            BigInteger d = denominator.multiply(other.denominator);
            BigInteger gcd = n.gcd(d);
            return gcd.signum() == 0 || gcd.equals(BigInteger.ONE) ? new Fraction(n, d)
                    : new Fraction(n.divide(gcd), d.divide(gcd));
        }

        /** floor(n / d + 1/2) = floor((2n + d) / 2d), for n ≥ 0 and d > 0. */
        BigInteger roundHalfUp() {
            return numerator.shiftLeft(1).add(denominator).divide(denominator.shiftLeft(1));
        }
    }
}
