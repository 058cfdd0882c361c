package app.tillpoint.api.sale;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.Approval;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored refund: a negative order of the session open when it was given, linked to the original order.
 *
 * @param id         unique on this terminal
 * @param orderId    the original order
 * @param sessionId  the session it was given in (the open one then; the original may be of an earlier session)
 * @param refundedAt when it was committed
 * @param refundedBy the cashier at the till
 * @param lines      what went back
 * @param amount     what went back to the customer: positive (the store keeps it as a negative total)
 * @param method     how it went back, such as {@link #CASH}
 * @param approval   the head cashier's approval, when it was over the terminal's refund limit
 * @param taxes      (since 1.5) the taxes it gave back, by rate, as {@link Refundable#taxesOf} works them out; none for
 *                   an order without taxes, or a refund stored before 1.5
 * @since 1.4
 */
public record Refund(long id, long orderId, long sessionId, Instant refundedAt, Cashier refundedBy,
                     List<RefundLine> lines, Money amount, String method, Optional<Approval> approval,
                     TaxSummary taxes) {

    /** The method of a refund in cash, out of the drawer; the name a cash payment is stored under. */
    public static final String CASH = "CASH";

    /**
     * Copies the lines.
     *
     * @param id         unique on this terminal
     * @param orderId    the original order
     * @param sessionId  the session it was given in
     * @param refundedAt when it was committed; not null
     * @param refundedBy the cashier; not null
     * @param lines      what went back; copied, not null
     * @param amount     positive; not null
     * @param method     not null
     * @param approval   the approval, or empty; not null
     * @param taxes      the taxes given back, in the amount's currency; not null
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the taxes are in another currency than the amount
     * @since 1.5
     */
    public Refund {
        Objects.requireNonNull(taxes, "taxes");
        Objects.requireNonNull(refundedAt, "refundedAt");
        Objects.requireNonNull(refundedBy, "refundedBy");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(approval, "approval");
        lines = List.copyOf(lines);
        if (!taxes.currency().equals(amount.currency())) {
            throw new IllegalArgumentException("A refund of " + amount + " gives back taxes in " + taxes.currency());
        }
    }

    /**
     * A refund without taxes given back, as in 1.4.
     *
     * @param id         unique on this terminal
     * @param orderId    the original order
     * @param sessionId  the session it was given in
     * @param refundedAt when it was committed; not null
     * @param refundedBy the cashier; not null
     * @param lines      what went back; copied, not null
     * @param amount     positive; not null
     * @param method     not null
     * @param approval   the approval, or empty; not null
     * @throws NullPointerException if a component is null
     */
    public Refund(long id, long orderId, long sessionId, Instant refundedAt, Cashier refundedBy,
                  List<RefundLine> lines, Money amount, String method, Optional<Approval> approval) {
        this(id, orderId, sessionId, refundedAt, refundedBy, lines, amount, method, approval,
                TaxSummary.none(Objects.requireNonNull(amount, "amount").currency()));
    }

    /**
     * Whether the money went back out of the drawer, which then opens.
     *
     * @return true for a refund in {@link #CASH}
     */
    public boolean inCash() {
        return CASH.equals(method);
    }
}
