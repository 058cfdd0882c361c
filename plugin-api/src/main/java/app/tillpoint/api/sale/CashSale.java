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

    public Money change() {
        return tendered.minus(cart.total());
    }
}
