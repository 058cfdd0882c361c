package app.tillpoint.api.session;

import app.tillpoint.api.money.Money;

import java.time.Instant;

/** The counted cash of the terminal's most recently closed session, and when it was closed. */
public record LastClosing(Money amount, Instant closedAt) {
}
