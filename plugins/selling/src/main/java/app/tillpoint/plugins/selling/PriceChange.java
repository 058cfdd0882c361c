package app.tillpoint.plugins.selling;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.Discount;
import app.tillpoint.api.sale.PriceOverride;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.terminal.TerminalPolicy;

import java.util.Optional;

/**
 * A discount or price typed on the register's numpad, before its reason and, over the terminal's limit, a head
 * cashier's approval: what the {@link DiscountFlow} applies to the cart.
 *
 * @param kind        a line's discount, the order's discount, or a line's new unit price
 * @param productId   the line's product; 0 for the order
 * @param basisPoints a percentage in basis points; 0 with an amount
 * @param amount      an amount off, or the new unit price; empty for a percentage
 */
record PriceChange(Kind kind, long productId, int basisPoints, Optional<Money> amount) {

    enum Kind { LINE_DISCOUNT, ORDER_DISCOUNT, PRICE }

    /** The cart with this change, its reason and its approval; throws as the cart does when it does not fit. */
    Cart applyTo(Cart cart, String reason, Optional<Approval> approval) {
        return switch (kind) {
            case LINE_DISCOUNT -> cart.withLineDiscount(productId, Optional.of(discount(reason, approval)));
            case ORDER_DISCOUNT -> cart.withOrderDiscount(Optional.of(discount(reason, approval)));
            case PRICE -> cart.withPrice(productId, Optional.of(new PriceOverride(amount.orElseThrow(), reason,
                    approval)));
        };
    }

    private Discount discount(String reason, Optional<Approval> approval) {
        Discount discount = amount.isPresent() ? Discount.of(amount.get(), reason)
                : Discount.percent(basisPoints, reason);
        return approval.map(discount::approvedBy).orElse(discount);
    }

    /** What a head cashier approves for this change in {@code changed}: the amount off, or the new unit price. */
    Money approvalAmount(Cart changed) {
        return switch (kind) {
            case LINE_DISCOUNT -> line(changed).discountAmount();
            case ORDER_DISCOUNT -> changed.orderDiscountAmount();
            case PRICE -> amount.orElseThrow();
        };
    }

    /** Whether {@code changed} needs a head cashier under {@code policy}: the same question the store asks. */
    boolean needsApproval(Cart changed, TerminalPolicy policy) {
        return switch (kind) {
            case LINE_DISCOUNT -> policy.discountNeedsApproval(line(changed).discountAmount(),
                    line(changed).beforeDiscount());
            case ORDER_DISCOUNT -> policy.discountNeedsApproval(changed.orderDiscountAmount(), changed.subtotal());
            case PRICE -> policy.overrideNeedsApproval(line(changed).product().price(), amount.orElseThrow());
        };
    }

    ApprovalAction action() {
        return kind == Kind.PRICE ? ApprovalAction.PRICE_OVERRIDE : ApprovalAction.DISCOUNT;
    }

    /** The line this change is for, in {@code cart}. */
    CartLine line(Cart cart) {
        return cart.lines().stream().filter(l -> l.product().id() == productId).findFirst().orElseThrow();
    }
}
