package app.tillpoint.kiosk.host;

import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Sale;
import app.tillpoint.api.sale.Sales;
import app.tillpoint.api.session.NoOpenSessionException;

import java.util.List;

/**
 * Selling as plugins reach it: a sale is refused unless it is made in the name of the cashier signed in at the till.
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
}
