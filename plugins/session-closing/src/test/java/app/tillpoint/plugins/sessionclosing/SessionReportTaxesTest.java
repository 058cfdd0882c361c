package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.Refundable;
import app.tillpoint.api.sale.TaxRate;
import app.tillpoint.api.sale.TaxRule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static app.tillpoint.api.testing.TestTerminal.EN_IN;
import static app.tillpoint.api.testing.TestTerminal.INR;
import static app.tillpoint.api.testing.TestTerminal.KOLKATA;
import static app.tillpoint.api.testing.TestTerminal.paise;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session report adds its orders' taxes by rate, to the paisa, less what its refunds gave back, and hides them
 * under a blind close.
 */
class SessionReportTaxesTest {
    private static final Product ATTA = new Product(1, "Atta 1 kg", "Grocery", paise(5_200),
            List.of(TaxRate.of("CGST", "2.5"), TaxRate.of("SGST", "2.5")));
    private static final Product SHAMPOO = new Product(3, "Shampoo", "Care", paise(19_900),
            List.of(TaxRate.of("CGST", "9"), TaxRate.of("SGST", "9")));

    private final SessionReport report = new SessionReport("CHN LS Terminal 01", EN_IN, KOLKATA);

    @Test
    void theOrdersTaxesAreAddedByRate() {
        // Order 101: 3 × atta (156.00 × 2.5 / 105 = 3.71 each on 148.58) and 2 × shampoo (398.00 × 9 / 118 = 30.36
        // each on 337.28); order 102: 1 × shampoo (15.18 each on 168.64).
        List<Order> orders = List.of(order(101, Cart.empty(INR).add(ATTA).withQuantity(1, 3).add(SHAMPOO)
                .withQuantity(3, 2)), order(102, Cart.empty(INR).add(SHAMPOO)));

        String text = report.format(ClosingShift.summary(), orders, List.of(), List.of(), Optional.empty(), false);

        assertThat(text).contains("""
                Taxes included: ₹98.50
                  CGST 2.5% on ₹148.58: ₹3.71
                  SGST 2.5% on ₹148.58: ₹3.71
                  CGST 9% on ₹505.92: ₹45.54
                  SGST 9% on ₹505.92: ₹45.54

                Payments
                """);
        assertThat(report.format(ClosingShift.summary(), orders, List.of(), List.of(), Optional.empty(), true))
                .as("a blind close shows no sums").doesNotContain("Taxes");
    }

    @Test
    void aRefundsTaxesAreTakenOffAndTheReportSaysSo() {
        Order order = order(101, Cart.empty(INR).add(ATTA).withQuantity(1, 3).add(SHAMPOO).withQuantity(3, 2));
        // One shampoo of two back: half of 30.36 on 337.28 of CGST 9 % and of SGST 9 %.
        List<RefundLine> lines = List.of(new RefundLine(2, 1));
        Refundable refundable = new Refundable(order, Map.of(), paise(0), List.of(Refund.CASH));
        Refund refund = new Refund(7, 101, 12, Instant.parse("2026-11-26T05:05:00Z"), ASHA, lines,
                refundable.amountOf(lines), Refund.CASH, Optional.empty(), refundable.taxesOf(lines));

        String text = report.format(ClosingShift.summary(), List.of(order), List.of(refund), List.of(), List.of(),
                Optional.empty(), false);

        assertThat(text).contains("""
                Taxes included, less refunds: ₹37.78
                  CGST 2.5% on ₹148.58: ₹3.71
                  SGST 2.5% on ₹148.58: ₹3.71
                  CGST 9% on ₹168.64: ₹15.18
                  SGST 9% on ₹168.64: ₹15.18
                """);
    }

    private static Order order(long id, Cart cart) {
        return new Order(id, 12, Instant.parse("2026-11-26T04:05:00Z"), ASHA, cart.lines(), cart.total(),
                cart.total(), paise(0), TaxRule.DEFAULT.taxes(cart.lines(), INR));
    }
}
