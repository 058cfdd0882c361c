package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;

import java.time.Instant;
import java.util.Optional;

/**
 * How a session was closed, as stored.
 *
 * @param counted    the count's total: the new "last closing"
 * @param expected   opening + cash sales + cash in − cash out at the moment of closing
 * @param difference counted − expected: negative when cash is missing
 */
public record Closing(long sessionId, Instant closedAt, Cashier closedBy, CashCount count, Money counted,
                      Money expected, Money difference, Optional<Approval> approval, String note) {
}
