package app.tillpoint.api.sale;

import app.tillpoint.api.money.Money;

/**
 * A change of a {@link Cart} was refused: the cart would come to more than {@link Cart#MAX_TOTAL_MINOR_UNITS}. The cart
 * it was asked of is unchanged; the register says so to the cashier and keeps that cart.
 *
 * @since 1.2
 */
public final class CartLimitException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The most the cart may come to. */
    private final transient Money limit;

    /**
     * A refusal at {@code limit}.
     *
     * @param limit the most a cart may come to, in its currency
     */
    public CartLimitException(Money limit) {
        super("A cart may come to at most " + limit);
        this.limit = limit;
    }

    /**
     * The most a cart may come to, for the message to the cashier.
     *
     * @return {@link Cart#MAX_TOTAL_MINOR_UNITS} in the cart's currency
     */
    public Money limit() {
        return limit;
    }
}
