package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.Money;

import java.time.Instant;
import java.util.Optional;

/**
 * Cash put into or taken out of the drawer outside a sale (change float, a supplier paid from the till), as stored.
 *
 * @param id        unique on this terminal
 * @param sessionId the session it was made in
 * @param at        when it was committed
 * @param by        the cashier at the till who made it
 * @param direction in or out of the drawer
 * @param amount    always positive; {@code direction} says which way
 * @param reason    as picked or typed; never blank
 * @param approval  the head cashier's approval of a cash out that needed one; empty otherwise
 */
public record CashMove(long id, long sessionId, Instant at, Cashier by, Direction direction, Money amount,
                       String reason, Optional<Approval> approval) {

    /** Into the drawer or out of it. */
    public enum Direction {
        /** Cash in: put into the drawer, e.g. a change float. */
        IN,
        /** Cash out: taken out of the drawer, e.g. a supplier paid from the till. */
        OUT
    }

    /**
     * The move's effect on the drawer: positive in, negative out.
     *
     * @return the amount for {@code IN}, minus the amount for {@code OUT}
     */
    public Money signedAmount() {
        return direction == Direction.IN ? amount : Money.zero(amount.currency()).minus(amount);
    }
}
