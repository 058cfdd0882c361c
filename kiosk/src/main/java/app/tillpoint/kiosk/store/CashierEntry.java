package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;

import java.time.Instant;
import java.util.Optional;

/**
 * A cashier as the administrator sees it, disabled ones included. Never the badge code or PIN, only whether one is set.
 *
 * @param cashier     the cashier
 * @param active      false once disabled
 * @param hasBadge    whether a badge is set
 * @param lockedUntil when a PIN lock-out ends, if one was set (it may already be over)
 */
public record CashierEntry(Cashier cashier, boolean active, boolean hasBadge, Optional<Instant> lockedUntil) {
}
