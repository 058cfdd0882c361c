package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.catalog.ScaleBarcode.Content;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.Measure;
import app.tillpoint.api.sale.Order;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static app.tillpoint.api.testing.TestTerminal.EN_IN;
import static app.tillpoint.api.testing.TestTerminal.INR;
import static app.tillpoint.api.testing.TestTerminal.KOLKATA;
import static app.tillpoint.api.testing.TestTerminal.paise;
import static org.assertj.core.api.Assertions.assertThat;

/** The session report says a weighed line's weight and price per kilogram, and a price label's line as such. */
class SessionReportMeasuredTest {
    private static final Product CASHEWS = new Product(5, "Cashews (per kg)", "Dry fruit", paise(99_999));
    private static final Product CHEESE = new Product(6, "Cheese wedge", "Dairy", paise(85_000));

    @Test
    void aWeighedAndALabelledLineReadAsTheScaleSoldThem() {
        Cart cart = Cart.empty(INR).add(CASHEWS, new Measure(Content.WEIGHT_GRAMS, 1_255))
                .add(CHEESE, new Measure(Content.PRICE_MINOR_UNITS, 21_250));
        Order order = new Order(101, 12, Instant.parse("2026-11-26T04:05:00Z"), ASHA, cart.lines(), cart.total(),
                cart.total(), paise(0), cart.taxes());

        String text = new SessionReport("CHN LS Terminal 01", EN_IN, KOLKATA).format(ClosingShift.summary(),
                List.of(order), List.of(), List.of(), Optional.empty(), false);

        // 99,999 × 1,255 / 1,000 = 125,498.745 → ₹1,254.99.
        assertThat(text).contains("      1.255 kg Cashews (per kg) @ ₹999.99/kg = ₹1,254.99",
                "      1 x Cheese wedge (scale label) = ₹212.50");
    }
}
