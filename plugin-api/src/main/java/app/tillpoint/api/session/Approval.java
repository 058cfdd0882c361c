package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;

import java.util.Objects;

/**
 * A head cashier's approval, given on the spot (badge or PIN), of what a cashier may not do alone: a closing
 * difference over the terminal's limit, a cash out over its limit.
 *
 * @param approver the head cashier
 * @param reason   why, as picked or typed
 */
public record Approval(Cashier approver, String reason) {
    public Approval {
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(reason, "reason");
        if (approver.role() != Role.HEAD_CASHIER) {
            throw new IllegalArgumentException(approver.name() + " is not a head cashier");
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("An approval needs a reason");
        }
    }
}
