package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;

import java.time.Instant;
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
 */
public record Closing(long sessionId, Instant closedAt, Cashier closedBy, CashCount count, Money counted,
                      Money expected, Money difference, Optional<Approval> approval, String note) {
}
