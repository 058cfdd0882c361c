package app.tillpoint.api.sale;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.Money;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A sale paid in one or more methods (split tender), as the register hands it to {@link Sales#sell}. Change is given
 * from cash only: what is paid in other methods is at most the total, and the change is at most the cash handed over.
 *
 * @param cashier who sold it (the cashier at the till)
 * @param cart    what was sold; not empty
 * @param tenders what the customer handed over, method by method, in the order taken; together at least the total
 * @since 1.4
 */
public record Sale(Cashier cashier, Cart cart, List<Tender> tenders) {
    /**
     * Checks the sale.
     *
     * @param cashier not null
     * @param cart    not null, not empty
     * @param tenders one or more, in the cart's currency, each method at most once
     * @throws NullPointerException     if a component or a tender is null
     * @throws IllegalArgumentException with a message for the cashier if the cart is empty, no tender is given, a
     *                                  tender is in another currency, a method is given twice, what was paid in
     *                                  methods other than cash is more than the total, or all of it is less than the
     *                                  total
     */
    public Sale {
        Objects.requireNonNull(cashier, "cashier");
        Objects.requireNonNull(cart, "cart");
        tenders = List.copyOf(tenders);
        if (cart.isEmpty()) {
            throw new IllegalArgumentException("Nothing to sell: the cart is empty");
        }
        if (tenders.isEmpty()) {
            throw new IllegalArgumentException("Nothing was paid");
        }
        Money total = cart.total();
        Money notCash = Money.zero(total.currency());
        Money all = Money.zero(total.currency());
        Set<String> methods = new HashSet<>();
        for (Tender tender : tenders) {
            if (!tender.amount().currency().equals(total.currency())) {
                throw new IllegalArgumentException("A payment in " + tender.amount().currency() + " for a sale in "
                        + total.currency());
            }
            if (!methods.add(tender.method().name())) {
                throw new IllegalArgumentException(tender.method().name() + " is given twice: add it up as one");
            }
            all = all.plus(tender.amount());
            if (!tender.isCash()) {
                notCash = notCash.plus(tender.amount());
            }
        }
        if (notCash.compareTo(total) > 0) {
            throw new IllegalArgumentException("Payments other than cash come to " + notCash.toPlainString()
                    + ", more than the total " + total.toPlainString() + ": change is given from cash only");
        }
        if (all.compareTo(total) < 0) {
            throw new IllegalArgumentException("Paid " + all.toPlainString() + " is less than the total "
                    + total.toPlainString());
        }
    }

    /**
     * A sale paid in cash alone, as a {@link CashSale}.
     *
     * @param sale the cash sale
     * @return the same sale, with one cash tender
     */
    public static Sale of(CashSale sale) {
        return new Sale(sale.cashier(), sale.cart(), List.of(Tender.cash(sale.tendered())));
    }

    /**
     * Everything handed over, in every method.
     *
     * @return the sum of the tenders: the total plus the change
     */
    public Money tendered() {
        return tenders.stream().map(Tender::amount).reduce(Money.zero(cart.total().currency()), Money::plus);
    }

    /**
     * The cash to hand back.
     *
     * @return everything handed over minus the total: zero or more, never more than the cash handed over
     */
    public Money change() {
        return tendered().minus(cart.total());
    }

    /**
     * Whether cash is part of the payment: only then is the drawer kicked.
     *
     * @return true if a tender is cash
     */
    public boolean involvesCash() {
        return tenders.stream().anyMatch(Tender::isCash);
    }
}
