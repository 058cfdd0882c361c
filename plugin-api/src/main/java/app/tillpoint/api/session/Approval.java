package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.money.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * A head cashier's approval, given on the spot (badge or PIN), of what a cashier may not do alone: a closing
 * difference, a cash out or an opening difference over the terminal's limits, a recount after a blind close.
 *
 * <p>Since API 1.2 only the host issues approvals ({@link Approvals#ask}), after a head cashier identified on this
 * terminal's screen; each is for one {@link ApprovalAction} and amount, and the host's store accepts it once. An
 * approval built by a plugin carries no token the host issued, and the store refuses it, as it refuses one used a
 * second time or for another action or amount.
 *
 * @param approver the head cashier
 * @param reason   why, as picked or typed; the store refuses a blank one (the host issues an approval before the
 *                 reason is picked: {@link #withReason})
 * @param action   (since 1.2) what it allows; null only in an approval built with the API 1.1 constructor
 * @param amount   (since 1.2) the amount it allows: the cash out, the closing difference, the opening cash as
 *                 counted; empty for a recount
 * @param token    (since 1.2) the host's proof that it issued this approval; empty in one built by a plugin
 */
public record Approval(Cashier approver, String reason, ApprovalAction action, Optional<Money> amount, String token) {
    /**
     * Checks the approval. It does not check the token: the host's store does, when the approval is used.
     *
     * @param approver a head cashier; not null
     * @param reason   not null; may be blank until the head cashier picks one
     * @param action   what it allows; null only as the API 1.1 constructor leaves it
     * @param amount   the amount it allows, or empty; not null
     * @param token    the host's proof, or empty; not null
     * @throws NullPointerException     if {@code approver}, {@code reason}, {@code amount} or {@code token} is null
     * @throws IllegalArgumentException if the approver is not a head cashier
     */
    public Approval {
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(token, "token");
        if (approver.role() != Role.HEAD_CASHIER) {
            throw new IllegalArgumentException(approver.name() + " is not a head cashier");
        }
    }

    /**
     * An approval as API 1.1 built it. The host no longer accepts one: ask {@link Approvals} instead.
     *
     * @param approver a head cashier
     * @param reason   why
     * @throws IllegalArgumentException if the approver is not a head cashier
     * @deprecated since 1.2: a plugin cannot approve; the store refuses an approval the host did not issue
     */
    @Deprecated(since = "1.2")
    public Approval(Cashier approver, String reason) {
        this(approver, reason, null, Optional.empty(), "");
    }

    /**
     * The same approval (same token) with the reason the head cashier picked.
     *
     * @param newReason the reason, as picked or typed; the store refuses a blank one
     * @return a new approval; this one is unchanged
     * @since 1.2
     */
    public Approval withReason(String newReason) {
        return new Approval(approver, newReason, action, amount, token);
    }
}
