package app.tillpoint.api.session;

import app.tillpoint.api.Refusal;
import app.tillpoint.api.money.Money;

import java.util.Optional;

/**
 * The action needs a head cashier's {@link Approval}: a closing difference, a cash out or an opening difference over
 * the terminal's limits, or a recount after a blind close. Nothing was stored; ask a head cashier
 * ({@link Approvals#ask} with {@link #action()} and {@link #approvalAmount()}) and try again with the approval.
 */
public class ApprovalRequiredException extends Refusal {
    private final transient Money amount;
    private final transient Money limit;
    /** What a head cashier must approve; null where an API 1.1 host threw it. */
    private final ApprovalAction action;
    private final transient Money approvalAmount;

    /**
     * A refusal that names the approval to ask for.
     *
     * @param message        why, fit for the cashier, e.g. "The difference of -500.00 is more than the allowed 100.00:
     *                       a head cashier must approve it"
     * @param action         what a head cashier must approve
     * @param amount         the amount over the limit, for the message; null for a recount
     * @param limit          the limit it is over, for the message; null for a recount
     * @param approvalAmount the amount the approval must be for (see {@link Approval#amount()}); null for none
     * @since 1.2
     */
    public ApprovalRequiredException(String message, ApprovalAction action, Money amount, Money limit,
                                     Money approvalAmount) {
        super(message);
        this.action = action;
        this.amount = amount;
        this.limit = limit;
        this.approvalAmount = approvalAmount;
    }

    /**
     * As API 1.1 built it: a closing difference or a cash out, for the amount over the limit. Its {@link #action()}
     * is null.
     *
     * @param message why, fit for the cashier
     * @param amount  the amount over the limit, which is also the amount the approval must be for
     * @param limit   the limit it is over
     */
    public ApprovalRequiredException(String message, Money amount, Money limit) {
        this(message, null, amount, limit, amount);
    }

    /**
     * The amount that is over the limit: the closing or opening difference (either sign), the cash out, or the
     * session's cash outs with it.
     *
     * @return the amount as the message gives it; null for a recount, which has no amount
     */
    public Money amount() {
        return amount;
    }

    /**
     * The limit that {@link #amount()} is over: from the terminal's policy, or the expected cash that a cash out
     * would take below zero.
     *
     * @return the limit as the message gives it; null for a recount
     */
    public Money limit() {
        return limit;
    }

    /**
     * What a head cashier must approve; null where an API 1.1 host threw it.
     *
     * @return the action to ask {@link Approvals#ask} for
     * @since 1.2
     */
    public ApprovalAction action() {
        return action;
    }

    /**
     * The amount the approval must be for; empty for a recount.
     *
     * @return the amount to put in the {@link ApprovalRequest}
     * @since 1.2
     */
    public Optional<Money> approvalAmount() {
        return Optional.ofNullable(approvalAmount);
    }
}
