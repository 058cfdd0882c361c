package app.tillpoint.api.sale;

import app.tillpoint.api.money.Money;

import java.util.Objects;

/**
 * One rate's line of a {@link TaxSummary}: what it was charged on and how much.
 *
 * @param rate  the rate
 * @param basis the amount without tax of the lines that carry the rate (the "taxable value")
 * @param tax   the tax of that rate, rounded half-up to the minor unit as the terminal's {@link TaxRule} says
 * <p>An order's and a refund's lines are never negative; since 1.5 a session's taxes net of its refunds
 * ({@link TaxSummary#less}) may be, when the session gave back more of a rate than it sold.
 * @since 1.3
 */
public record TaxLine(TaxRate rate, Money basis, Money tax) {
    /**
     * Checks the line.
     *
     * @param rate  not null
     * @param basis not null; negative only net of refunds (1.5)
     * @param tax   not null, in the basis's currency; negative only net of refunds (1.5)
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the two are in different currencies
     */
    public TaxLine {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(tax, "tax");
        if (!basis.currency().equals(tax.currency())) {
            throw new IllegalArgumentException("A tax line is in one currency, not " + basis + " and " + tax);
        }
    }

    /**
     * This line and another of the same rate added, as a session's report adds its orders.
     *
     * @param other a line of the same rate, in the same currency
     * @return the bases and the taxes added
     * @throws IllegalArgumentException if the rates differ
     */
    public TaxLine plus(TaxLine other) {
        if (!rate.equals(other.rate)) {
            throw new IllegalArgumentException("Cannot add " + other.rate + " to " + rate);
        }
        return new TaxLine(rate, basis.plus(other.basis), tax.plus(other.tax));
    }

}
