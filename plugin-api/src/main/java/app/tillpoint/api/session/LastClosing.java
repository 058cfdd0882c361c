package app.tillpoint.api.session;

import app.tillpoint.api.money.Money;

import java.time.Instant;

/**
 * The counted cash of the terminal's most recently closed session, and when it was closed.
 *
 * @param amount   the closing count's total, which the next opening is checked against
 * @param closedAt when that session was closed
 */
public record LastClosing(Money amount, Instant closedAt) {
}
