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
    private final ApprovalAction action;
    private final transient Money approvalAmount;

    /**
     * @param action         what a head cashier must approve
     * @param amount         the amount over the limit, for the message
     * @param limit          the limit it is over, for the message
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

    /** As API 1.1 built it: a closing difference or a cash out, for the amount over the limit. */
    public ApprovalRequiredException(String message, Money amount, Money limit) {
        this(message, null, amount, limit, amount);
    }

    /** The amount that is over the limit: the closing difference (either sign) or the cash out. */
    public Money amount() {
        return amount;
    }

    public Money limit() {
        return limit;
    }

    /** What a head cashier must approve; null where an API 1.1 host threw it. @since 1.2 */
    public ApprovalAction action() {
        return action;
    }

    /** The amount the approval must be for; empty for a recount. @since 1.2 */
    public Optional<Money> approvalAmount() {
        return Optional.ofNullable(approvalAmount);
    }
}
