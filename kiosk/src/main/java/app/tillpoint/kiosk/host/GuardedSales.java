package app.tillpoint.kiosk.host;

import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundRequest;
import app.tillpoint.api.sale.Refundable;
import app.tillpoint.api.sale.Sale;
import app.tillpoint.api.sale.Sales;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.NoOpenSessionException;

import java.util.List;
import java.util.Optional;

/**
 * Selling as plugins reach it: a sale or a refund is refused unless it is made in the name of the cashier signed in at the till.
 * A plugin holds this, never the store. Blocking: never on the event thread.
 */
public final class GuardedSales implements Sales {
    private final Sales store;
    private final TillState till;

    public GuardedSales(Sales store, TillState till) {
        this.store = store;
        this.till = till;
    }

    @Override
    public Order sellForCash(CashSale sale) throws NoOpenSessionException {
        till.requireAtTill(sale.cashier(), "A sale");
        return store.sellForCash(sale);
    }

    @Override
    public Order sell(Sale sale) throws NoOpenSessionException {
        till.requireAtTill(sale.cashier(), "A sale");
        return store.sell(sale);
    }

    @Override
    public List<Order> orders(long sessionId) {
        return store.orders(sessionId);
    }

    @Override
    public Optional<Refundable> refundable(long orderId) {
        return store.refundable(orderId);
    }

    @Override
    public Refund refund(RefundRequest request) throws NoOpenSessionException, ApprovalRequiredException {
        till.requireAtTill(request.cashier(), "A refund");
        return store.refund(request);
    }

    @Override
    public List<Refund> refunds(long sessionId) {
        return store.refunds(sessionId);
    }
}
