package app.tillpoint.plugins.selling;

import app.tillpoint.api.DatabaseFaultException;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.flow.DrawerKick;
import app.tillpoint.api.flow.Failures;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Sale;
import app.tillpoint.api.sale.Tender;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.ui.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One payment of one cart, in cash or the terminal's other methods (split tender): shows the {@link PaymentPanel},
 * stores the sale with all its payments, kicks the drawer when cash is involved, and hands the stored order back to the
 * register. On a failure the dialog says why and the cart is kept. Event thread only.
 */
final class PaymentFlow implements PaymentPanel.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentFlow.class);

    private final KioskContext kiosk;
    private final Cashier cashier;
    private final Cart cart;
    private final Consumer<Order> sold;
    private PaymentPanel panel;
    private Overlay overlay;

    /** @param sold told the stored order, after the dialog closed */
    PaymentFlow(KioskContext kiosk, Cashier cashier, Cart cart, Consumer<Order> sold) {
        this.kiosk = kiosk;
        this.cashier = cashier;
        this.cart = cart;
        this.sold = sold;
    }

    void start() {
        List<Money> bills = kiosk.terminal().denominations().stream()
                .filter(d -> d.kind() == Denomination.Kind.BILL).map(Denomination::value).toList();
        var terminal = kiosk.terminal();
        // The UPI link's note: the terminal and the moment the payment began, which the UPI app's statement shows.
        String reference = terminal.name() + " " + DateTimeFormatter.ofPattern("yyMMdd-HHmmss", Locale.ROOT)
                .format(ZonedDateTime.now(terminal.zone()));
        panel = new PaymentPanel(cart.total(), bills, terminal.paymentMethods(), reference, kiosk.shownLocale(), this);
        overlay = kiosk.navigator().overlay(panel);
    }

    @Override
    public void confirm(List<Tender> tenders) {
        Sale sale;
        try {
            sale = new Sale(cashier, cart, tenders);
        } catch (IllegalArgumentException e) {
            panel.failed(texts().get("payment.notStored", e.getMessage()));
            return;
        }
        kiosk.background(() -> kiosk.sales().sell(sale), this::stored, this::failed);
    }

    @Override
    public void cancel() {
        overlay.close();
    }

    private void stored(Order order) {
        overlay.close();
        sold.accept(order);
        if (order.involvesCash()) {
            DrawerKick.after(kiosk, "selling", "order " + order.id());
        }
    }

    private void failed(Exception e) {
        if (Failures.find(e, NoOpenSessionException.class).isPresent()) {
            kiosk.audit().record("selling.sale.noSession", cashier.name() + ": " + cart);
            panel.failed(texts().get("payment.noSession"));
            return;
        }
        Optional<DatabaseFaultException> fault = Failures.find(e, DatabaseFaultException.class);
        if (fault.isPresent()) {
            // Nothing was stored: the dialog stays with the cart, and Confirm stores it once the fault is gone.
            kiosk.audit().record("selling.sale.notStored", cashier.name() + ": " + fault.get().fault() + ", " + cart);
            panel.failed(texts().get("payment.faultCartKept",
                    fault.get().notStored(texts().get("payment.theSale"), texts().locale())));
            return;
        }
        LOG.error("Could not store a sale for {}", cashier.name(), e);
        kiosk.audit().record("selling.sale.failed", cashier.name() + ": " + e);
        panel.failed(texts().get("payment.notStored", String.valueOf(e.getMessage())));
    }

    private Texts texts() {
        return Texts.of(PaymentFlow.class, kiosk.shownLocale());
    }
}
