package app.tillpoint.api.sale;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.Money;

import java.time.Instant;
import java.util.List;

/**
 * A stored sale: its lines, its cash payment, the session and the cashier who sold it.
 *
 * @param id        unique on this terminal
 * @param sessionId the session it was sold in
 * @param soldAt    when it was committed
 * @param soldBy    the cashier at the till
 * @param lines     what was sold, at the prices of that moment
 * @param total     the sum of the lines
 * @param tendered  the cash handed over
 * @param change    the cash handed back: tendered minus total
 */
public record Order(long id, long sessionId, Instant soldAt, Cashier soldBy, List<CartLine> lines, Money total,
                    Money tendered, Money change) {
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
     * @throws NullPointerException if {@code lines} or one of them is null
     */
    public Order {
        lines = List.copyOf(lines);
    }
}
