package app.tillpoint.api.session;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.PaymentMethod;

import java.util.Objects;
import java.util.Optional;

/**
 * How one payment method other than cash was closed, as stored with the {@link Closing}: what the session's orders
 * expected, what the cashier read from the settlement, and the difference, approved when over the terminal's limit
 * ({@link app.tillpoint.api.terminal.TerminalPolicy#closingNeedsApproval}, the same rule as the cash).
 *
 * @param method     the payment method's name
 * @param kind       its kind
 * @param expected   what the session's orders were paid in it
 * @param settled    the settlement total the cashier entered
 * @param difference settled − expected: negative when money is missing
 * @param approval   the head cashier's approval of the difference; empty if none was needed
 * @since 1.4
 */
public record Settlement(String method, PaymentMethod.Kind kind, Money expected, Money settled, Money difference,
                         Optional<Approval> approval) {
    /**
     * Checks the settlement.
     *
     * @param method     not null
     * @param kind       not null
     * @param expected   not null
     * @param settled    not null
     * @param difference settled − expected
     * @param approval   not null
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the difference is not settled − expected
     */
    public Settlement {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(approval, "approval");
        if (!settled.minus(expected).equals(difference)) {
            throw new IllegalArgumentException("The difference of " + method + " is settled minus expected");
        }
    }
}
