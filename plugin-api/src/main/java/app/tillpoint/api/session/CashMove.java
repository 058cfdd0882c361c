package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.Money;

import java.time.Instant;
import java.util.Optional;

/**
 * Cash put into or taken out of the drawer outside a sale (change float, a supplier paid from the till), as stored.
 *
 * @param amount always positive; {@code direction} says which way
 */
public record CashMove(long id, long sessionId, Instant at, Cashier by, Direction direction, Money amount,
                       String reason, Optional<Approval> approval) {

    /** Into the drawer or out of it. */
    public enum Direction { IN, OUT }

    /** The move's effect on the drawer: positive in, negative out. */
    public Money signedAmount() {
        return direction == Direction.IN ? amount : Money.zero(amount.currency()).minus(amount);
    }
}
