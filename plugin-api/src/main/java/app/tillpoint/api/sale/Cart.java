package app.tillpoint.api.sale;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * What the customer is buying, before payment: immutable; each change returns a new cart. Quantities are 1 to
 * {@value CartLine#MAX_QUANTITY}; the total is derived with exact arithmetic.
 */
public final class Cart {
    private final Currency currency;
    private final List<CartLine> lines;

    private Cart(Currency currency, List<CartLine> lines) {
        this.currency = currency;
        this.lines = List.copyOf(lines);
    }

    public static Cart empty(Currency currency) {
        return new Cart(currency, List.of());
    }

    /** One more of {@code product}: a new line, or the existing line's quantity plus one. */
    public Cart add(Product product) {
        int index = indexOf(product.id());
        if (index < 0) {
            if (!product.price().currency().equals(currency)) {
                throw new IllegalArgumentException(product.name() + " is priced in " + product.price().currency());
            }
            List<CartLine> copy = new ArrayList<>(lines);
            copy.add(new CartLine(product, 1));
            return new Cart(currency, copy);
        }
        return withQuantity(product.id(), lines.get(index).quantity() + 1);
    }

    /**
     * The line of {@code productId} with {@code quantity}.
     *
     * @throws IllegalArgumentException if the quantity is outside 1 to 9,999 or the product is not in the cart
     */
    public Cart withQuantity(long productId, int quantity) {
        int index = indexOf(productId);
        if (index < 0) {
            throw new IllegalArgumentException("Product " + productId + " is not in the cart");
        }
        List<CartLine> copy = new ArrayList<>(lines);
        copy.set(index, new CartLine(lines.get(index).product(), quantity));
        return new Cart(currency, copy);
    }

    public Cart remove(long productId) {
        List<CartLine> copy = new ArrayList<>(lines);
        copy.removeIf(line -> line.product().id() == productId);
        return new Cart(currency, copy);
    }

    public List<CartLine> lines() {
        return lines;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public Currency currency() {
        return currency;
    }

    public Money total() {
        Money total = Money.zero(currency);
        for (CartLine line : lines) {
            total = total.plus(line.amount());
        }
        return total;
    }

    private int indexOf(long productId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).product().id() == productId) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cart other && currency.equals(other.currency) && lines.equals(other.lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return "Cart" + lines + " = " + total();
    }
}
