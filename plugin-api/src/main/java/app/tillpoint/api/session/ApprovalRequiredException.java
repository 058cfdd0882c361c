package app.tillpoint.api.session;

import app.tillpoint.api.money.Money;

/**
 * The action needs a head cashier's {@link Approval}: a closing difference, or a cash out, over the terminal's
 * limit. Nothing was stored; ask a head cashier and try again with the approval.
 */
public class ApprovalRequiredException extends Exception {
    private final transient Money amount;
    private final transient Money limit;

    public ApprovalRequiredException(String message, Money amount, Money limit) {
        super(message);
        this.amount = amount;
        this.limit = limit;
    }

    /** The amount that is over the limit: the closing difference (either sign) or the cash out. */
    public Money amount() {
        return amount;
    }

    public Money limit() {
        return limit;
    }
}
