package app.tillpoint.kiosk.store;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.catalog.ScaleBarcode.Content;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Measure;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.RefundRequest;
import app.tillpoint.api.sale.TaxLine;
import app.tillpoint.api.sale.TaxRate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.INR;
import static app.tillpoint.kiosk.store.TestTill.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A weighed and a price-labelled line stored with their order (V12): the weight in grams and the price per kilogram
 * beside the line, read back as sold, taxed to the paisa and written in the session's CSV; the triggers refuse a
 * measured line whose amount does not follow from its label, and a counted line with a label's columns.
 */
class MeasuredSaleTest {
    @TempDir
    Path dir;

    @Test
    void aWeighedAndALabelledLineAreStoredReadBackAndTaxedToThePaisa() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            importScaleItems(till);
            long session = till.open(count(2)).id();
            Product cashews = till.product("Cashews (per kg)");
            Product cheese = till.product("Cheese wedge");
            Cart cart = Cart.empty(INR).add(cashews, weight(1_255))
                    .add(cheese, new Measure(Content.PRICE_MINOR_UNITS, 21_250));

            Order sold = till.sales.sellForCash(new CashSale(till.asha, cart, Money.ofMajor(1_500, INR)));

            // 99,999 × 1,255 / 1,000 = 125,498.745 → ₹1,254.99; the cheese's label ₹212.50: ₹1,467.49 in all.
            assertThat(sold.total()).isEqualTo(paise(146_749));
            // Included, per line: 125,499 × 2.5 / 105 = 2,988.07 → 2,988; 21,250 × 6 / 112 = 1,138.39 → 1,138.
            assertThat(sold.taxes().lines()).containsExactly(
                    line("CGST", "2.5", 119_523, 2_988), line("SGST", "2.5", 119_523, 2_988),
                    line("CGST", "6", 18_974, 1_138), line("SGST", "6", 18_974, 1_138));

            Order stored = till.sales.orders(session).get(0);
            assertThat(stored.lines()).containsExactly(new CartLine(cashews, 1, weight(1_255)),
                    new CartLine(cheese, 1, new Measure(Content.PRICE_MINOR_UNITS, 21_250)));
            assertThat(stored.taxes()).isEqualTo(sold.taxes());
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT measured FROM order_lines WHERE measure = "
                    + "'WEIGHT' AND list_price = 99999 AND unit_price = 125499 AND quantity = 1")).isEqualTo(1_255);

            List<String> csv = SessionCsv.of(till.database, till.sessions, till.sales, session).orElseThrow()
                    .csvLines(ZoneId.of("Asia/Kolkata"));
            assertThat(csv).anyMatch(row -> row.startsWith("order_line,") && row.endsWith(
                    ",Cashews (per kg),1.255,999.99,1254.99,INR,Dry fruit"));
            assertThat(csv).anyMatch(row -> row.startsWith("order_line,") && row.endsWith(
                    ",Cheese wedge,1,850.00,212.50,INR,Dairy"));
        }
    }

    @Test
    void aWeighedLineAtAnOldPricePerKilogramIsRefusedAndNothingIsStored() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            importScaleItems(till);
            till.open(count(2));
            Cart cart = Cart.empty(INR).add(till.product("Cashews (per kg)"), weight(1_255));
            till.catalog.replace(List.of(new CatalogImport.Entry(2, "Cashews (per kg)", "Dry fruit",
                    paise(89_999))), "new.csv");

            assertThatThrownBy(() -> till.sales.sellForCash(new CashSale(till.asha, cart, Money.ofMajor(1_500, INR))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("The price of Cashews");
            assertThat(till.test.rows("orders")).isZero();
            assertThat(till.test.rows("order_lines")).isZero();
        }
    }

    @Test
    void aWeighedLineIsRefundedAtWhatItWeighed() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            importScaleItems(till);
            till.open(count(2));
            Cart cart = Cart.empty(INR).add(till.product("Cashews (per kg)"), weight(1_255))
                    .add(till.product("Cheese wedge"), new Measure(Content.PRICE_MINOR_UNITS, 21_250));
            Order sold = till.sales.sellForCash(new CashSale(till.asha, cart, Money.ofMajor(1_500, INR)));

            Refund refund = till.sales.refund(new RefundRequest(till.asha, sold.id(), List.of(new RefundLine(1, 1)),
                    Refund.CASH, Optional.empty()));

            // The cashews' ₹1,254.99 as weighed, not their ₹999.99 a kilogram; the line at the price it was sold at.
            assertThat(refund.amount()).isEqualTo(paise(125_499));
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT amount FROM refund_lines")).isEqualTo(-125_499);
        }
    }

    @Test
    void theDatabaseRefusesAMeasuredLineThatDoesNotAddUp() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            importScaleItems(till);
            till.open(count(2));
            long order = till.sell(1_000, "Cheese wedge", 1).id();
            long product = till.product("Cashews (per kg)").id();

            try (Connection connection = till.test.raw()) {
                // The right line is taken, so the refusals below are the triggers' and not the table's.
                insert(connection, order, 2, product, 125_499, 1, "WEIGHT", 1_255L, 99_999L);
                String refused = "A measured order line is a weight at its price per kilogram or a label's amount";
                // A paisa more than 99,999 × 1,255 rounded half up.
                assertThatThrownBy(() -> insert(connection, order, 3, product, 125_500, 1, "WEIGHT", 1_255L, 99_999L))
                        .hasMessageContaining(refused);
                // Weighed twice over: a measured line is sold once.
                assertThatThrownBy(() -> insert(connection, order, 3, product, 62_750, 2, "WEIGHT", 1_255L, 99_999L))
                        .hasMessageContaining(refused);
                assertThatThrownBy(() -> insert(connection, order, 3, product, 0, 1, "WEIGHT", 0L, 99_999L))
                        .hasMessageContaining(refused);
                assertThatThrownBy(() -> insert(connection, order, 3, product, 500, 1, "PRICE", 400L, 99_999L))
                        .hasMessageContaining(refused);
                assertThatThrownBy(() -> insert(connection, order, 3, product, 500, 1, "VOLUME", 500L, 99_999L))
                        .hasMessageContaining(refused);
                assertThatThrownBy(() -> insert(connection, order, 3, product, 99_999, 1, null, 1_000L, null))
                        .hasMessageContaining(refused);
                assertThatThrownBy(() -> connection.createStatement().executeUpdate("UPDATE order_lines SET "
                        + "measured = 2000 WHERE line_no = 2")).hasMessageContaining("never");
            }
        }
    }

    private static void insert(Connection connection, long order, int lineNo, long product, long amount, int quantity,
                               String measure, Long measured, Long listPrice) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO order_lines (order_id, line_no, "
                + "product_id, name, unit_price, quantity, amount, measure, measured, list_price) "
                + "VALUES (?, ?, ?, 'Cashews (per kg)', ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, order);
            insert.setInt(2, lineNo);
            insert.setLong(3, product);
            insert.setLong(4, quantity == 1 ? amount : amount / quantity);
            insert.setInt(5, quantity);
            insert.setLong(6, amount);
            insert.setObject(7, measure);
            insert.setObject(8, measured);
            insert.setObject(9, listPrice);
            insert.executeUpdate();
        }
    }

    /** Cashews at ₹999.99 a kilogram and a cheese wedge sold by its label, with India's GST of 5 % and 12 %. */
    static void importScaleItems(TestTill till) {
        till.catalog.replace(List.of(
                new CatalogImport.Entry(2, "Cashews (per kg)", "Dry fruit", paise(99_999)).withTaxes(DemoData.gst("5")),
                new CatalogImport.Entry(3, "Cheese wedge", "Dairy", paise(85_000)).withTaxes(DemoData.gst("12"))),
                "scale.csv");
    }

    private static Measure weight(long grams) {
        return new Measure(Content.WEIGHT_GRAMS, grams);
    }

    private static TaxLine line(String name, String percent, long basis, long tax) {
        return new TaxLine(TaxRate.of(name, percent), paise(basis), paise(tax));
    }

    private static Money paise(long paise) {
        return Money.of(paise, INR);
    }
}
