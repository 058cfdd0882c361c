package app.tillpoint.api.session;

import app.tillpoint.api.money.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * The settlement total of one payment method other than cash at closing, as the cashier read it from the card
 * terminal's or the UPI app's settlement, handed to {@link Sessions#close} within a {@link ClosingRequest}.
 *
 * @param method   the payment method's name ("Card")
 * @param settled  the settlement total; zero or more, in the terminal's currency
 * @param approval a head cashier's, when this method's difference is over the terminal's limit
 * @since 1.4
 */
public record SettlementCount(String method, Money settled, Optional<Approval> approval) {
    /**
     * Checks the count.
     *
     * @param method   not null, not blank
     * @param settled  not null, not negative
     * @param approval the approval, or empty; not null
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the method is blank or the settled total is negative
     */
    public SettlementCount {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(settled, "settled");
        Objects.requireNonNull(approval, "approval");
        if (method.isBlank()) {
            throw new IllegalArgumentException("A settlement names its payment method");
        }
        if (settled.isNegative()) {
            throw new IllegalArgumentException("The settlement total of " + method + " cannot be negative");
        }
    }
}
