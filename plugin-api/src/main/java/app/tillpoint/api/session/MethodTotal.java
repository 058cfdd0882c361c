package app.tillpoint.api.session;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.PaymentMethod;

import java.util.Objects;

/**
 * What a session's orders were paid in one payment method other than cash: what its settlement should show.
 *
 * @param method the payment method's name
 * @param kind   its kind
 * @param total  the sum of the session's payments in it
 * @since 1.4
 */
public record MethodTotal(String method, PaymentMethod.Kind kind, Money total) {
    /**
     * Checks the total.
     *
     * @param method not null
     * @param kind   not null, not {@link PaymentMethod.Kind#CASH} (cash is {@link SessionSummary#cashSales()})
     * @param total  not null
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the kind is cash
     */
    public MethodTotal {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(total, "total");
        if (kind == PaymentMethod.Kind.CASH) {
            throw new IllegalArgumentException("Cash is counted, not settled");
        }
    }
}
