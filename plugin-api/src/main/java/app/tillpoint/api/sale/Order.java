package app.tillpoint.api.sale;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.Money;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored sale: its lines, its cash payment, the session and the cashier who sold it.
 *
 * @param id        unique on this terminal
 * @param sessionId the session it was sold in
 * @param soldAt    when it was committed
 * @param soldBy    the cashier at the till
 * @param lines     what was sold, at the prices of that moment
 * @param total     what the customer paid: the sum of the lines, plus the taxes when the prices excluded them
 * @param tendered  the cash handed over
 * @param change    the cash handed back: tendered minus total
 * @param taxes     (since 1.3) the taxes by rate as stored with the order; none for an order sold before 1.3
 * @param payments  (since 1.4) what was handed over, method by method, in the order taken: together the total plus the
 *                  change; one cash tender for an order sold before 1.4
 * @param orderDiscount (since 1.4) the discount on the whole order, with its reason and approval; empty for none
 */
public record Order(long id, long sessionId, Instant soldAt, Cashier soldBy, List<CartLine> lines, Money total,
                    Money tendered, Money change, TaxSummary taxes, List<Tender> payments,
                    Optional<Discount> orderDiscount) {
    /**
     * Copies the lines and payments, so that the order cannot change.
     *
     * @param id        unique on this terminal
     * @param sessionId the session it was sold in
     * @param soldAt    when it was committed
     * @param soldBy    the cashier at the till
     * @param lines     what was sold; copied, not null
     * @param total     the sum of the lines
     * @param tendered  everything handed over, in every method
     * @param change    the cash handed back
     * @param taxes     the taxes by rate; not null
     * @param payments  the tenders; copied, not null
     * @param orderDiscount the order discount, or empty; not null
     * @throws NullPointerException if {@code lines}, {@code payments}, one of them, {@code taxes} or
     *                              {@code orderDiscount} is null
     * @since 1.4
     */
    public Order {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
        Objects.requireNonNull(taxes, "taxes");
        Objects.requireNonNull(orderDiscount, "orderDiscount");
    }

    /**
     * An order without an order discount.
     *
     * @param id        unique on this terminal
     * @param sessionId the session it was sold in
     * @param soldAt    when it was committed
     * @param soldBy    the cashier at the till
     * @param lines     what was sold; copied, not null
     * @param total     the sum of the lines
     * @param tendered  everything handed over, in every method
     * @param change    the cash handed back
     * @param taxes     the taxes by rate; not null
     * @param payments  the tenders; copied, not null
     * @since 1.4
     */
    public Order(long id, long sessionId, Instant soldAt, Cashier soldBy, List<CartLine> lines, Money total,
                 Money tendered, Money change, TaxSummary taxes, List<Tender> payments) {
        this(id, sessionId, soldAt, soldBy, lines, total, tendered, change, taxes, payments, Optional.empty());
    }

    /**
     * An order paid in cash alone, perhaps with an order discount.
     *
     * @param id        unique on this terminal
     * @param sessionId the session it was sold in
     * @param soldAt    when it was committed
     * @param soldBy    the cashier at the till
     * @param lines     what was sold; copied, not null
     * @param total     the sum of the lines
     * @param tendered  the cash handed over
     * @param change    the cash handed back
     * @param taxes     the taxes by rate; not null
     * @param orderDiscount the order discount, or empty; not null
     * @since 1.4
     */
    public Order(long id, long sessionId, Instant soldAt, Cashier soldBy, List<CartLine> lines, Money total,
                 Money tendered, Money change, TaxSummary taxes, Optional<Discount> orderDiscount) {
        this(id, sessionId, soldAt, soldBy, lines, total, tendered, change, taxes,
                tendered.minorUnits() <= 0 ? List.of() : List.of(Tender.cash(tendered)), orderDiscount);
    }

    /**
     * An order paid in cash alone, without an order discount, as in 1.3.
     *
     * @param id        unique on this terminal
     * @param sessionId the session it was sold in
     * @param soldAt    when it was committed
     * @param soldBy    the cashier at the till
     * @param lines     what was sold; copied, not null
     * @param total     the sum of the lines
     * @param tendered  the cash handed over
     * @param change    the cash handed back
     * @param taxes     the taxes by rate; not null
     * @throws NullPointerException if {@code lines}, one of them or {@code taxes} is null
     * @since 1.3
     */
    public Order(long id, long sessionId, Instant soldAt, Cashier soldBy, List<CartLine> lines, Money total,
                 Money tendered, Money change, TaxSummary taxes) {
        this(id, sessionId, soldAt, soldBy, lines, total, tendered, change, taxes, Optional.empty());
    }

    /**
     * What the order discount took off the lines' amounts added.
     *
     * @return zero without an order discount
     * @since 1.4
     */
    public Money orderDiscountAmount() {
        Money subtotal = Money.zero(total.currency());
        for (CartLine line : lines) {
            subtotal = subtotal.plus(line.amount());
        }
        Money base = subtotal;
        return orderDiscount.map(d -> d.off(base)).orElse(Money.zero(total.currency()));
    }

    /**
     * Everything the discounts took off: the lines' discounts and the order discount.
     *
     * @return zero without discounts
     * @since 1.4
     */
    public Money discounts() {
        Money sum = orderDiscountAmount();
        for (CartLine line : lines) {
            sum = sum.plus(line.discountAmount());
        }
        return sum;
    }

    /**
     * An order without taxes, as before 1.3.
     *
     * @param id        unique on this terminal
     * @param sessionId the session it was sold in
     * @param soldAt    when it was committed
     * @param soldBy    the cashier at the till
     * @param lines     what was sold; copied, not null
     * @param total     the sum of the lines
     * @param tendered  the cash handed over
     * @param change    the cash handed back
     * @throws NullPointerException if {@code lines} or one of them is null
     */
    public Order(long id, long sessionId, Instant soldAt, Cashier soldBy, List<CartLine> lines, Money total,
                 Money tendered, Money change) {
        this(id, sessionId, soldAt, soldBy, lines, total, tendered, change, TaxSummary.none(total.currency()));
    }

    /**
     * Whether cash was part of the payment: only then was the drawer kicked.
     *
     * @return true if a payment is cash
     * @since 1.4
     */
    public boolean involvesCash() {
        return payments.stream().anyMatch(Tender::isCash);
    }

    /**
     * What was paid in {@code method}, by name.
     *
     * @param method a payment method's name
     * @return the sum of its tenders: zero if none
     * @since 1.4
     */
    public Money paidIn(String method) {
        return payments.stream().filter(t -> t.method().name().equals(method)).map(Tender::amount)
                .reduce(Money.zero(total.currency()), Money::plus);
    }
}
