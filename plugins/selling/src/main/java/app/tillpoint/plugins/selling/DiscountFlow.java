package app.tillpoint.plugins.selling;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalRequest;
import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.ui.Texts;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * One discount or price override typed on the register's numpad: the {@link DiscountPanel} for its reason, then, when
 * the terminal's policy says so ({@link PriceChange#needsApproval}, the question the store asks again at the sale), a
 * head cashier approves on the spot, for the amount off or the new unit price. The cart changes only once it is
 * applied, and each one is audited with who, who approved and why. Event thread only.
 */
final class DiscountFlow implements DiscountPanel.Listener {
    private final KioskContext kiosk;
    private final Cart cart;
    private final PriceChange change;
    private final Consumer<Cart> applied;
    private Cashier cashier;
    private DiscountPanel panel;
    private Overlay overlay;

    /**
     * @param cart    the cart as it stands
     * @param change  what the cashier typed
     * @param applied told the changed cart, once applied (approved when it had to be)
     */
    DiscountFlow(KioskContext kiosk, Cart cart, PriceChange change, Consumer<Cart> applied) {
        this.kiosk = kiosk;
        this.cart = cart;
        this.change = change;
        this.applied = applied;
    }

    void start() {
        Optional<Cashier> atTill = kiosk.till().cashier();
        if (atTill.isEmpty()) {
            kiosk.navigator().message(texts().get("discount.nobody"));
            return;
        }
        cashier = atTill.get();
        Cart preview = change.applyTo(cart, "-", Optional.empty());
        panel = new DiscountPanel(title(preview), kiosk.terminal().policy().discounts().reasons(),
                kiosk.terminal().locale(), this);
        overlay = kiosk.navigator().overlay(panel);
    }

    @Override
    public void apply(String reason) {
        Cart changed;
        try {
            changed = change.applyTo(cart, reason, Optional.empty());
        } catch (IllegalArgumentException e) { // a CartLimitException too
            panel.failed(texts().get("numpad.notApplied", String.valueOf(e.getMessage())));
            return;
        }
        if (!change.needsApproval(changed, kiosk.terminal().policy())) {
            overlay.close();
            audit(changed, reason, Optional.empty());
            applied.accept(changed);
            return;
        }
        // The lock screen must not lie under this dialog: the register comes back whatever the head cashier says.
        overlay.close();
        Money amount = change.approvalAmount(changed);
        kiosk.approvals().ask(new ApprovalRequest(change.action(), purpose(changed), cashier, Optional.of(amount),
                reason), approval -> {
                    kiosk.navigator().show(Routes.REGISTER);
                    if (approval.isEmpty()) {
                        kiosk.navigator().message(texts().get("discount.notApproved"));
                        return;
                    }
                    Cart approved = change.applyTo(cart, reason, approval);
                    audit(approved, reason, approval);
                    applied.accept(approved);
                });
    }

    @Override
    public void cancel() {
        overlay.close();
    }

    private String title(Cart changed) {
        return switch (change.kind()) {
            case LINE_DISCOUNT -> texts().get("discount.titleLine", change.line(changed).product().name(),
                    format(change.line(changed).discountAmount()));
            case ORDER_DISCOUNT -> texts().get("discount.titleOrder", format(changed.orderDiscountAmount()));
            case PRICE -> texts().get("discount.titlePrice", change.line(changed).product().name(),
                    format(change.line(changed).unitPrice()), format(change.line(changed).product().price()));
        };
    }

    private String purpose(Cart changed) {
        return switch (change.kind()) {
            case LINE_DISCOUNT -> texts().get("discount.approveLine", format(change.line(changed).discountAmount()),
                    change.line(changed).product().name());
            case ORDER_DISCOUNT -> texts().get("discount.approveOrder", format(changed.orderDiscountAmount()));
            case PRICE -> texts().get("discount.approvePrice", format(change.line(changed).unitPrice()),
                    change.line(changed).product().name(), format(change.line(changed).product().price()));
        };
    }

    /** The audit's line, in English as the audit is: what changed, by whom, approved by whom, and why. */
    private void audit(Cart changed, String reason, Optional<Approval> approval) {
        String what = switch (change.kind()) {
            case LINE_DISCOUNT -> {
                CartLine line = change.line(changed);
                yield line.product().name() + ": " + line.discountAmount().toPlainString() + " off "
                        + line.beforeDiscount().toPlainString();
            }
            case ORDER_DISCOUNT -> "the order: " + changed.orderDiscountAmount().toPlainString() + " off "
                    + changed.subtotal().toPlainString();
            case PRICE -> change.line(changed).product().name() + ": "
                    + change.line(changed).product().price().toPlainString() + " each → "
                    + change.line(changed).unitPrice().toPlainString();
        };
        kiosk.audit().record(change.kind() == PriceChange.Kind.PRICE ? "selling.priceOverride" : "selling.discount",
                what + " by " + cashier.name() + approval.map(a -> ", approved by " + a.approver().name()).orElse("")
                        + ": " + reason);
    }

    private String format(Money amount) {
        return kiosk.terminal().format(amount);
    }

    private Texts texts() {
        return Texts.of(DiscountFlow.class, kiosk.terminal().locale());
    }
}
