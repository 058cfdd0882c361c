package app.tillpoint.plugins.selling;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.terminal.Overlay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Consumer;

/**
 * One cash payment of one cart: shows the {@link PaymentPanel}, stores the sale, kicks the drawer and hands the
 * stored order back to the register. On a failure the dialog says why and the cart is kept. Event thread only.
 */
final class PaymentFlow implements PaymentPanel.Listener {
    static final String DRAWER_FAILED = "Drawer did not open: open it with the key";
    static final String NO_SESSION = "No session is open on this terminal: the sale was not stored. "
            + "Cancel, then open a session from the dashboard.";

    private static final Logger LOG = LoggerFactory.getLogger(PaymentFlow.class);

    private final KioskContext ctx;
    private final Cashier cashier;
    private final Cart cart;
    private final Consumer<Order> sold;
    private PaymentPanel panel;
    private Overlay overlay;

    /** @param sold told the stored order, after the dialog closed */
    PaymentFlow(KioskContext ctx, Cashier cashier, Cart cart, Consumer<Order> sold) {
        this.ctx = ctx;
        this.cashier = cashier;
        this.cart = cart;
        this.sold = sold;
    }

    void start() {
        List<Money> bills = ctx.terminal().denominations().stream()
                .filter(d -> d.kind() == Denomination.Kind.BILL).map(Denomination::value).toList();
        panel = new PaymentPanel(cart.total(), bills, ctx.terminal().locale(), this);
        overlay = ctx.navigator().overlay(panel);
    }

    @Override
    public void confirm(Money tendered) {
        CashSale sale = new CashSale(cashier, cart, tendered);
        ctx.background(() -> ctx.sales().sellForCash(sale), this::stored, this::failed);
    }

    @Override
    public void cancel() {
        overlay.close();
    }

    private void stored(Order order) {
        overlay.close();
        sold.accept(order);
        ctx.background(() -> {
            ctx.drawer().open();
            return order;
        }, kicked -> ctx.audit().record("selling.drawer.kick", "Drawer opened for order " + order.id()), e -> {
            LOG.warn("The drawer did not open for order {}", order.id(), e);
            ctx.audit().record("selling.drawer.failed", "Order " + order.id() + ": "
                    + (e instanceof DeviceException ? e.getMessage() : e.toString()));
            ctx.navigator().message(DRAWER_FAILED);
        });
    }

    private void failed(Exception e) {
        if (Causes.find(e, NoOpenSessionException.class).isPresent()) {
            ctx.audit().record("selling.sale.noSession", cashier.name() + ": " + cart);
            panel.failed(NO_SESSION);
            return;
        }
        LOG.error("Could not store a sale for {}", cashier.name(), e);
        ctx.audit().record("selling.sale.failed", cashier.name() + ": " + e);
        panel.failed("The sale was not stored: " + e.getMessage() + ". The cart is kept: try again.");
    }
}
