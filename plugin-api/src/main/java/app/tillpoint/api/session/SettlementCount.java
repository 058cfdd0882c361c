package app.tillpoint.api.session;

import app.tillpoint.api.money.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * The settlement total of one payment method other than cash at closing, as the cashier read it from the card
 * terminal's or the UPI app's settlement, handed to {@link Sessions#close} within a {@link ClosingRequest}.
 *
 * @param method   the payment method's name ("Card")
 * @param settled  the settlement total, in the terminal's currency; below zero when the method gave back more than it
 *                 took, as its card terminal or app settles it (before 1.5 it was refused)
 * @param approval a head cashier's, when this method's difference is over the terminal's limit
 * @since 1.4
 */
public record SettlementCount(String method, Money settled, Optional<Approval> approval) {
    /**
     * Checks the count.
     *
     * @param method   not null, not blank
     * @param settled  not null; may be below zero (1.5)
     * @param approval the approval, or empty; not null
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the method is blank
     */
    public SettlementCount {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(settled, "settled");
        Objects.requireNonNull(approval, "approval");
        if (method.isBlank()) {
            throw new IllegalArgumentException("A settlement names its payment method");
        }
    }
}
