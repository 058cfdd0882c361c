package app.tillpoint.api.sale;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.session.Approval;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A refund as the register hands it to {@link Sales#refund}: lines of a past order of this terminal, given back
 * by one method.
 *
 * @param cashier  who refunds (the cashier at the till)
 * @param orderId  the original order's number
 * @param lines    what goes back; not empty, each line of the order at most once
 * @param method   how the money goes back: one of {@link Refundable#methods()}, such as {@link Refund#CASH}
 * @param approval a head cashier's approval, when the amount is over the terminal's refund limit
 * @since 1.4
 */
public record RefundRequest(Cashier cashier, long orderId, List<RefundLine> lines, String method,
                            Optional<Approval> approval) {
    /**
     * Checks the request and copies its lines.
     *
     * @param cashier  not null
     * @param orderId  the order's number
     * @param lines    not null, not empty, no line number twice
     * @param method   not null, not blank
     * @param approval the approval, or empty; not null
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if there are no lines, a line number comes twice, or the method is blank
     */
    public RefundRequest {
        Objects.requireNonNull(cashier, "cashier");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(approval, "approval");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("Nothing to refund: choose at least one line");
        }
        Set<Integer> seen = new HashSet<>();
        for (RefundLine line : lines) {
            if (!seen.add(line.lineNo())) {
                throw new IllegalArgumentException("Line " + line.lineNo() + " is given twice");
            }
        }
        if (method.isBlank()) {
            throw new IllegalArgumentException("A refund needs a method");
        }
    }

    /**
     * The same request with a head cashier's approval.
     *
     * @param given the approval the host issued for this refund's amount
     * @return a new request; this one is unchanged
     */
    public RefundRequest withApproval(Approval given) {
        return new RefundRequest(cashier, orderId, lines, method, Optional.of(given));
    }
}
