package app.tillpoint.api.sale;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stored sale: its lines, its cash payment, the session and the cashier who sold it.
 *
 * @param id        unique on this terminal
 * @param sessionId the session it was sold in
 * @param soldAt    when it was committed
 * @param soldBy    the cashier at the till
 * @param lines     what was sold, at the prices of that moment
 * @param total     what the customer paid: the sum of the lines, plus the taxes when the prices excluded them
 * @param tendered  the cash handed over
 * @param change    the cash handed back: tendered minus total
 * @param taxes     (since 1.3) the taxes by rate as stored with the order; none for an order sold before 1.3
 */
public record Order(long id, long sessionId, Instant soldAt, Cashier soldBy, List<CartLine> lines, Money total,
                    Money tendered, Money change, TaxSummary taxes) {
    /**
     * Copies the lines, so that the order cannot change.
     *
     * @param id        unique on this terminal
     * @param sessionId the session it was sold in
     * @param soldAt    when it was committed
     * @param soldBy    the cashier at the till
     * @param lines     what was sold; copied, not null
     * @param total     the sum of the lines
     * @param tendered  the cash handed over
     * @param change    the cash handed back
     * @param taxes     the taxes by rate; not null
     * @throws NullPointerException if {@code lines}, one of them or {@code taxes} is null
     * @since 1.3
     */
    public Order {
        lines = List.copyOf(lines);
        Objects.requireNonNull(taxes, "taxes");
    }

    /**
     * An order without taxes, as before 1.3.
     *
     * @param id        unique on this terminal
     * @param sessionId the session it was sold in
     * @param soldAt    when it was committed
     * @param soldBy    the cashier at the till
     * @param lines     what was sold; copied, not null
     * @param total     the sum of the lines
     * @param tendered  the cash handed over
     * @param change    the cash handed back
     * @throws NullPointerException if {@code lines} or one of them is null
     */
    public Order(long id, long sessionId, Instant soldAt, Cashier soldBy, List<CartLine> lines, Money total,
                 Money tendered, Money change) {
        this(id, sessionId, soldAt, soldBy, lines, total, tendered, change, TaxSummary.none(total.currency()));
    }
}
