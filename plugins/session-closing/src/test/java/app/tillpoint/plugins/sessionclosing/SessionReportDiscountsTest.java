package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.Discount;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.PriceOverride;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static app.tillpoint.api.testing.TestTerminal.EN_IN;
import static app.tillpoint.api.testing.TestTerminal.INR;
import static app.tillpoint.api.testing.TestTerminal.KOLKATA;
import static app.tillpoint.api.testing.TestTerminal.MEERA;
import static app.tillpoint.api.testing.TestTerminal.paise;
import static org.assertj.core.api.Assertions.assertThat;

/** The session report shows each discount and lowered price with its reason and approver, and the session's sum. */
class SessionReportDiscountsTest {
    private static final Product DOSA = new Product(7, "Masala dosa", "Snacks", paise(7_000));
    private static final Product CHAI = new Product(1, "Masala chai", "Drinks", paise(2_000));

    private final SessionReport report = new SessionReport("CHN LS Terminal 01", EN_IN, KOLKATA);

    @Test
    void discountsShowWithTheirReasonsApproversAndSum() {
        Approval meera = new Approval(MEERA, "Damaged", ApprovalAction.DISCOUNT, Optional.of(paise(1_400)), "");
        // Dosa 70.00 less 20 % (14.00, approved); 2 × chai at 18.00 instead of 20.00; 10.00 off the order.
        Cart cart = Cart.empty(INR).add(DOSA).add(CHAI).withQuantity(1, 2)
                .withLineDiscount(7, Optional.of(Discount.percent(2000, "Damaged").approvedBy(meera)))
                .withPrice(1, Optional.of(PriceOverride.of(paise(1_800), "Price match")))
                .withOrderDiscount(Optional.of(Discount.of(paise(1_000), "Loyal customer")));
        Order order = new Order(101, 12, Instant.parse("2026-11-26T04:05:00Z"), ASHA, cart.lines(), cart.total(),
                cart.total(), paise(0), cart.taxes(), cart.orderDiscount());

        String text = report.format(ClosingShift.summary(), List.of(order), List.of(), List.of(), Optional.empty(),
                false);

        assertThat(cart.total()).isEqualTo(paise(8_200));
        assertThat(text).contains("1 x Masala dosa @ ₹70.00 = ₹56.00\n",
                "        discount −₹14.00: Damaged, approved by Meera\n",
                "2 x Masala chai @ ₹18.00 = ₹36.00  (was ₹20.00: Price match)\n",
                "      order discount −₹10.00: Loyal customer\n",
                "Discounts: −₹24.00\n");
        assertThat(report.format(ClosingShift.summary(), List.of(order), List.of(), List.of(), Optional.empty(), true))
                .as("a blind close shows no sums").doesNotContain("Discounts:");
    }
}
