package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * What a plugin asks a head cashier to approve, through {@link Approvals#ask}. @since 1.2
 *
 * @param action  what is to be allowed
 * @param purpose shown on the lock screen while the head cashier identifies, e.g. "Approve cash out of ₹6,000.00"
 * @param askedBy the cashier who asks (at the till); the approver must be someone else unless the terminal's policy
 *                allows self-approval
 * @param amount  the amount to allow: the cash out, the closing difference, the opening cash as counted; empty for a
 *                recount
 * @param reason  the reason, when already known (a cash move's); empty when the head cashier picks it afterwards
 */
public record ApprovalRequest(ApprovalAction action, String purpose, Cashier askedBy, Optional<Money> amount,
                              String reason) {
    /**
     * Checks the request; a null reason becomes empty.
     *
     * @param action  not null
     * @param purpose not null
     * @param askedBy not null
     * @param amount  the amount, or empty; not null
     * @param reason  the reason, or null or empty when the head cashier picks it
     * @throws NullPointerException if {@code action}, {@code purpose}, {@code askedBy} or {@code amount} is null
     */
    public ApprovalRequest {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(askedBy, "askedBy");
        Objects.requireNonNull(amount, "amount");
        reason = reason == null ? "" : reason;
    }
}
