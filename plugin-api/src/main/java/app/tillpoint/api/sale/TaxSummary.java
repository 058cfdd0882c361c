package app.tillpoint.api.sale;

import app.tillpoint.api.money.Money;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The taxes of a cart, an order or a session, by rate: what the cart shows under its total, the order stores, the
 * {@link app.tillpoint.api.SessionListener}s receive and the reports add up.
 *
 * @param currency the currency of every amount
 * @param prices   whether the prices the taxes were worked out from included them; with
 *                 {@link TaxRule.Prices#EXCLUDED} the tax is added to the total to pay
 * @param lines    one line per rate, in the order the rates were first met; empty without taxes
 * @since 1.3
 */
public record TaxSummary(Currency currency, TaxRule.Prices prices, List<TaxLine> lines) {
    /**
     * Checks the summary and copies its lines.
     *
     * @param currency not null
     * @param prices   not null
     * @param lines    copied; each in {@code currency}, each rate once
     * @throws NullPointerException     if a component or a line is null
     * @throws IllegalArgumentException if a line is in another currency or a rate is listed twice
     */
    public TaxSummary {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(prices, "prices");
        lines = List.copyOf(lines);
        if (lines.stream().map(TaxLine::rate).distinct().count() != lines.size()) {
            throw new IllegalArgumentException("A tax summary lists each rate once: " + lines);
        }
        for (TaxLine line : lines) {
            if (!line.tax().currency().equals(currency)) {
                throw new IllegalArgumentException("A tax summary in " + currency + " has a line in "
                        + line.tax().currency());
            }
        }
    }

    /**
     * No tax at all, as for a cart of products without rates or an order sold before taxes were kept.
     *
     * @param currency the currency
     * @return a summary without lines, of prices that include their (no) taxes
     */
    public static TaxSummary none(Currency currency) {
        return new TaxSummary(currency, TaxRule.Prices.INCLUDED, List.of());
    }

    /**
     * All the taxes.
     *
     * @return the sum of the lines' taxes; zero without lines
     */
    public Money tax() {
        Money sum = Money.zero(currency);
        for (TaxLine line : lines) {
            sum = sum.plus(line.tax());
        }
        return sum;
    }

    /**
     * What the taxes add to the prices: the tax itself when the prices exclude it, nothing when they include it.
     *
     * @return {@link #tax()} or zero
     */
    public Money added() {
        return prices == TaxRule.Prices.EXCLUDED ? tax() : Money.zero(currency);
    }

    /**
     * Whether there is nothing to show.
     *
     * @return true without lines
     */
    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /**
     * Several summaries added by rate, as a session's report adds its orders' taxes.
     *
     * @param currency  the currency of every summary
     * @param summaries the summaries, in order; their rates in the order first met
     * @return one line per rate with the bases and taxes added; {@link TaxRule.Prices#INCLUDED} unless every
     *         summary with lines was of prices without tax
     */
    public static TaxSummary sum(Currency currency, Collection<TaxSummary> summaries) {
        Map<TaxRate, TaxLine> byRate = new LinkedHashMap<>();
        boolean anyLines = false;
        boolean allExcluded = true;
        for (TaxSummary summary : summaries) {
            if (summary.isEmpty()) {
                continue;
            }
            anyLines = true;
            allExcluded &= summary.prices == TaxRule.Prices.EXCLUDED;
            for (TaxLine line : summary.lines) {
                byRate.merge(line.rate(), line, TaxLine::plus);
            }
        }
        TaxRule.Prices prices = anyLines && allExcluded ? TaxRule.Prices.EXCLUDED : TaxRule.Prices.INCLUDED;
        return new TaxSummary(currency, prices, new ArrayList<>(byRate.values()));
    }

    /**
     * This summary less what refunds gave back, rate by rate, as a session's reports show its taxes net of its refunds
     * ({@link Refund#taxes()}): a rate only refunded comes after this summary's rates, negative.
     *
     * @param refunded the taxes refunds gave back, in this summary's currency
     * @return the bases and taxes subtracted by rate; this summary's {@link TaxRule.Prices}, or the refunds' when this
     *         one has no lines
     * @throws IllegalArgumentException if {@code refunded} is in another currency
     * @since 1.5
     */
    public TaxSummary less(TaxSummary refunded) {
        if (!refunded.currency.equals(currency)) {
            throw new IllegalArgumentException("Cannot take taxes in " + refunded.currency + " off taxes in "
                    + currency);
        }
        Map<TaxRate, TaxLine> byRate = new LinkedHashMap<>();
        for (TaxLine line : lines) {
            byRate.put(line.rate(), line);
        }
        for (TaxLine line : refunded.lines) {
            TaxLine negative = new TaxLine(line.rate(), line.basis().negate(), line.tax().negate());
            byRate.merge(line.rate(), negative, TaxLine::plus);
        }
        return new TaxSummary(currency, isEmpty() ? refunded.prices : prices, new ArrayList<>(byRate.values()));
    }
}
