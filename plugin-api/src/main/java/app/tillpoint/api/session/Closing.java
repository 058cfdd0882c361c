package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How a session was closed, as stored.
 *
 * @param sessionId  the session closed
 * @param closedAt   when the closing was committed
 * @param closedBy   the cashier at the till who counted and closed
 * @param count      the drawer as counted at closing, denomination by denomination
 * @param counted    the count's total: the new "last closing"
 * @param expected   opening + cash sales + cash in − cash out at the moment of closing
 * @param difference counted − expected: negative when cash is missing
 * @param approval   the head cashier's approval of a difference over the terminal's limit; empty if none was needed
 * @param note       the closing note; empty if none was written
 * @param settlements (since 1.4) each payment method other than cash as closed; none for a session paid in cash
 *                   alone
 */
public record Closing(long sessionId, Instant closedAt, Cashier closedBy, CashCount count, Money counted,
                      Money expected, Money difference, Optional<Approval> approval, String note,
                      List<Settlement> settlements) {
    /**
     * Copies the settlements.
     *
     * @param sessionId   the session closed
     * @param closedAt    when the closing was committed
     * @param closedBy    the cashier who closed
     * @param count       the drawer as counted
     * @param counted     the count's total
     * @param expected    the expected cash
     * @param difference  counted − expected
     * @param approval    the approval of the cash difference, or empty
     * @param note        the closing note
     * @param settlements the other methods as closed; copied, not null
     * @throws NullPointerException if {@code settlements} or one of them is null
     * @since 1.4
     */
    public Closing {
        settlements = List.copyOf(settlements);
    }

    /**
     * A closing of a session paid in cash alone, as before 1.4.
     *
     * @param sessionId  the session closed
     * @param closedAt   when the closing was committed
     * @param closedBy   the cashier who closed
     * @param count      the drawer as counted
     * @param counted    the count's total
     * @param expected   the expected cash
     * @param difference counted − expected
     * @param approval   the approval of the difference, or empty
     * @param note       the closing note
     */
    public Closing(long sessionId, Instant closedAt, Cashier closedBy, CashCount count, Money counted,
                   Money expected, Money difference, Optional<Approval> approval, String note) {
        this(sessionId, closedAt, closedBy, count, counted, expected, difference, approval, note, List.of());
    }
}
