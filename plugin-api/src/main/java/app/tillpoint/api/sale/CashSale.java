package app.tillpoint.api.sale;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.Money;

import java.util.Objects;

/**
 * A sale paid in cash, as the register hands it to {@link Sales#sellForCash}.
 *
 * @param cashier  who sold it (the cashier at the till)
 * @param cart     what was sold; not empty
 * @param tendered what the customer handed over; at least the cart's total
 */
public record CashSale(Cashier cashier, Cart cart, Money tendered) {
    /**
     * Checks the sale.
     *
     * @param cashier  not null
     * @param cart     not null, not empty
     * @param tendered not null, in the cart's currency, at least the cart's total
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the cart is empty, or less than its total was tendered (or in another
     *                                  currency)
     */
    public CashSale {
        Objects.requireNonNull(cashier, "cashier");
        Objects.requireNonNull(cart, "cart");
        Objects.requireNonNull(tendered, "tendered");
        if (cart.isEmpty()) {
            throw new IllegalArgumentException("Nothing to sell: the cart is empty");
        }
        if (tendered.compareTo(cart.total()) < 0) {
            throw new IllegalArgumentException("Tendered " + tendered + " is less than the total " + cart.total());
        }
    }

    /**
     * The cash to hand back.
     *
     * @return tendered minus the cart's total: zero or more
     */
    public Money change() {
        return tendered.minus(cart.total());
    }
}
