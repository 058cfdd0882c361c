package app.tillpoint.kiosk.office;

import app.tillpoint.api.catalog.ScaleBarcode.Content;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Discount;
import app.tillpoint.api.sale.Measure;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.PriceOverride;
import app.tillpoint.api.sale.TaxRate;
import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.terminal.DiscountLimits;
import app.tillpoint.kiosk.store.CatalogImport;
import app.tillpoint.kiosk.store.TestTill;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static app.tillpoint.kiosk.store.TestTill.INR;
import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shape of order a till stores reaches the office through the real sender, and reads back with the till's own
 * figures: a weighed line and a price-labelled line (whose amount is not price × quantity), a line discount and an
 * order discount (the line before and after them), a lowered price, taxes added to prices that exclude them. The
 * sender is never stuck behind one of them. Against a real PostgreSQL.
 */
@Tag("office")
class OfficeOrderShapesTest {
    private static final DiscountLimits TEN_PERCENT = new DiscountLimits(1000, 1000,
            List.of("Damaged", "Staff", "Price match"));
    private static final TaxRule EXCLUDED = new TaxRule(TaxRule.Prices.EXCLUDED, TaxRule.Rounding.PER_LINE);

    @TempDir
    Path dir;

    /** A line as the office keeps it. */
    record OfficeLine(long unitPrice, int quantity, long amount, String measure, Long measured, long discount,
                      long share, long net, Long regularPrice) {
    }

    /** An order as the office keeps it. */
    record OfficeOrder(long total, long orderDiscount, long tax, long taxAdded, List<OfficeLine> lines) {
        long nets() {
            return lines.stream().mapToLong(OfficeLine::net).sum();
        }
    }

    private OfficeTerminal terminal(String store, UnaryOperator<TestTill.Builder> setup) throws Exception {
        OfficeAdmin office = OfficeCluster.shared().newOffice();
        office.migrate();
        OfficeCredentials credentials = office.register(store, "Chennai", "Asia/Kolkata", "T01");
        OfficeTerminal terminal = new OfficeTerminal(dir.resolve(store), office.url(), credentials,
                new OfficeSender.Hooks() { }, setup.andThen(b -> b.discounts(TEN_PERCENT))::apply);
        this.office = office;
        terminal.till.catalog.replace(List.of(
                new CatalogImport.Entry(1, "Cashews (per kg)", "Dry fruit", paise(99_999)).withTaxes(gst("2.5")),
                new CatalogImport.Entry(2, "Cheese wedge", "Dairy", paise(85_000)).withTaxes(gst("6")),
                new CatalogImport.Entry(3, "Ghee 500 ml", "Dairy", paise(34_900)).withTaxes(gst("6")),
                new CatalogImport.Entry(4, "Shampoo", "Care", paise(19_900)).withTaxes(gst("9"))), "shapes.csv");
        terminal.till.open(count(2));
        return terminal;
    }

    private OfficeAdmin office;

    private static List<TaxRate> gst(String half) {
        return List.of(TaxRate.of("CGST", half), TaxRate.of("SGST", half));
    }

    private static Money paise(long paise) {
        return Money.of(paise, INR);
    }

    private Cart cart(OfficeTerminal terminal) {
        return Cart.empty(INR, terminal.till.taxRule);
    }

    private long id(OfficeTerminal terminal, String product) {
        return terminal.till.product(product).id();
    }

    /** Sends what waits, checks nothing is left behind, and reads {@code order} back from the office. */
    private OfficeOrder sentAndReadBack(OfficeTerminal terminal, Order order) throws Exception {
        terminal.catchUp();
        assertThat(terminal.sender.waiting()).isZero();
        try (Connection connection = office.connect()) {
            List<OfficeLine> lines = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT * FROM office.order_lines"
                    + " WHERE terminal_id = 'T01' AND order_id = ? ORDER BY line_no")) {
                select.setLong(1, order.id());
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        lines.add(new OfficeLine(row.getLong("unit_price"), row.getInt("quantity"),
                                row.getLong("amount"), row.getString("measure"), (Long) row.getObject("measured"),
                                row.getLong("discount"), row.getLong("order_discount_share"), row.getLong("net"),
                                (Long) row.getObject("regular_price")));
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT * FROM office.orders"
                    + " WHERE terminal_id = 'T01' AND order_id = ?")) {
                select.setLong(1, order.id());
                try (ResultSet row = select.executeQuery()) {
                    assertThat(row.next()).as("order %d at the office", order.id()).isTrue();
                    return new OfficeOrder(row.getLong("total"), row.getLong("order_discount"), row.getLong("tax"),
                            row.getLong("tax_added"), lines);
                }
            }
        }
    }

    /** The office's figures are the till's: the total, each line before and after its discounts, the taxes. */
    private static void assertTheTills(OfficeOrder office, Order order) {
        assertThat(office.total()).isEqualTo(order.total().minorUnits());
        assertThat(office.orderDiscount()).isEqualTo(order.orderDiscountAmount().minorUnits());
        assertThat(office.tax()).isEqualTo(order.taxes().tax().minorUnits());
        assertThat(office.taxAdded()).isEqualTo(order.taxes().added().minorUnits());
        assertThat(office.nets() + office.taxAdded()).isEqualTo(order.total().minorUnits());
        assertThat(office.lines()).hasSameSizeAs(order.lines());
        for (int i = 0; i < order.lines().size(); i++) {
            CartLine line = order.lines().get(i);
            OfficeLine kept = office.lines().get(i);
            assertThat(kept.amount()).isEqualTo(line.beforeDiscount().minorUnits());
            assertThat(kept.discount()).isEqualTo(line.discountAmount().minorUnits());
            assertThat(kept.net()).isEqualTo(line.amount().minorUnits() - kept.share());
            assertThat(kept.quantity()).isEqualTo(line.quantity());
        }
    }

    @Test
    void aWeighedLineReachesTheOfficeWithItsWeightAndPricePerKilogram() throws Exception {
        try (OfficeTerminal terminal = terminal("WEIGH", UnaryOperator.identity())) {
            // 99,999 × 1,255 / 1,000 = 125,498.745 → ₹1,254.99: not ₹999.99 × 1.
            Cart cart = cart(terminal).add(terminal.till.product("Cashews (per kg)"),
                    new Measure(Content.WEIGHT_GRAMS, 1_255));
            Order sold = terminal.till.sales.sellForCash(new CashSale(terminal.till.asha, cart, rupees(1_300)));

            OfficeOrder kept = sentAndReadBack(terminal, sold);

            assertTheTills(kept, sold);
            assertThat(kept.lines()).containsExactly(new OfficeLine(99_999, 1, 125_499, "WEIGHT", 1_255L, 0, 0,
                    125_499, null));
        }
    }

    @Test
    void aPriceLabelledLineReachesTheOfficeWithTheLabelsAmount() throws Exception {
        try (OfficeTerminal terminal = terminal("LABEL", UnaryOperator.identity())) {
            Cart cart = cart(terminal).add(terminal.till.product("Cheese wedge"),
                    new Measure(Content.PRICE_MINOR_UNITS, 21_250)).add(terminal.till.product("Ghee 500 ml"));
            Order sold = terminal.till.sales.sellForCash(new CashSale(terminal.till.asha, cart, rupees(600)));

            OfficeOrder kept = sentAndReadBack(terminal, sold);

            assertTheTills(kept, sold);
            assertThat(kept.lines().get(0)).isEqualTo(new OfficeLine(85_000, 1, 21_250, "PRICE", 21_250L, 0, 0,
                    21_250, null));
            assertThat(kept.total()).isEqualTo(21_250 + 34_900);
        }
    }

    @Test
    void lineAndOrderDiscountsReachTheOfficeWithEachLineBeforeAndAfterThem() throws Exception {
        try (OfficeTerminal terminal = terminal("DISC", UnaryOperator.identity())) {
            // 2 × ₹199.00 less 10 % (₹39.80), ₹349.00; ₹707.20 less ₹50.00 spread as ₹25.33 and ₹24.67 (the paisa
            // left over to the larger remainder).
            Cart cart = cart(terminal).add(terminal.till.product("Shampoo")).add(terminal.till.product("Ghee 500 ml"))
                    .withQuantity(id(terminal, "Shampoo"), 2)
                    .withLineDiscount(id(terminal, "Shampoo"), Optional.of(Discount.percent(1000, "Damaged")))
                    .withOrderDiscount(Optional.of(Discount.of(paise(5_000), "Staff")));
            Order sold = terminal.till.sales.sellForCash(new CashSale(terminal.till.asha, cart, rupees(700)));

            OfficeOrder kept = sentAndReadBack(terminal, sold);

            assertTheTills(kept, sold);
            assertThat(kept.total()).isEqualTo(65_720);
            assertThat(kept.orderDiscount()).isEqualTo(5_000);
            assertThat(kept.lines()).extracting(OfficeLine::amount).containsExactly(39_800L, 34_900L);
            assertThat(kept.lines()).extracting(OfficeLine::discount).containsExactly(3_980L, 0L);
            assertThat(kept.lines()).extracting(OfficeLine::share).containsExactly(2_533L, 2_467L);
        }
    }

    @Test
    void aLoweredPriceReachesTheOfficeWithTheCatalogsPriceBesideIt() throws Exception {
        try (OfficeTerminal terminal = terminal("PRICE", UnaryOperator.identity())) {
            // ₹349.00 lowered to ₹320.00 (8.3 %, within 10 %), three of them.
            Cart cart = cart(terminal).add(terminal.till.product("Ghee 500 ml"))
                    .withQuantity(id(terminal, "Ghee 500 ml"), 3)
                    .withPrice(id(terminal, "Ghee 500 ml"), Optional.of(PriceOverride.of(paise(32_000), "Price match")));
            Order sold = terminal.till.sales.sellForCash(new CashSale(terminal.till.asha, cart, rupees(1_000)));

            OfficeOrder kept = sentAndReadBack(terminal, sold);

            assertTheTills(kept, sold);
            assertThat(kept.lines()).containsExactly(new OfficeLine(32_000, 3, 96_000, null, null, 0, 0, 96_000,
                    34_900L));
        }
    }

    @Test
    void taxesAddedToPricesThatExcludeThemReachTheOfficeSoItsTotalIsTheTills() throws Exception {
        try (OfficeTerminal terminal = terminal("EXCL", b -> b.taxRule(EXCLUDED))) {
            Cart cart = cart(terminal).add(terminal.till.product("Shampoo")).add(terminal.till.product("Ghee 500 ml"))
                    .withOrderDiscount(Optional.of(Discount.of(paise(1_000), "Staff")));
            Order sold = terminal.till.sales.sellForCash(new CashSale(terminal.till.asha, cart, rupees(700)));
            assertThat(sold.taxes().added().isZero()).isFalse();

            OfficeOrder kept = sentAndReadBack(terminal, sold);

            assertTheTills(kept, sold);
            assertThat(kept.total()).isGreaterThan(kept.nets());
        }
    }

    @Test
    void everyShapeInOneSessionThenAPlainSaleAllReachTheOfficeAndTheClosing() throws Exception {
        try (OfficeTerminal terminal = terminal("ALL", UnaryOperator.identity())) {
            TestTill till = terminal.till;
            List<Order> sold = new ArrayList<>();
            sold.add(till.sales.sellForCash(new CashSale(till.asha, cart(terminal).add(till.product(
                    "Cashews (per kg)"), new Measure(Content.WEIGHT_GRAMS, 500)), rupees(500))));
            sold.add(till.sales.sellForCash(new CashSale(till.asha, cart(terminal).add(till.product("Shampoo"))
                    .withOrderDiscount(Optional.of(Discount.percent(500, "Staff"))), rupees(200))));
            sold.add(till.sell(400, "Ghee 500 ml", 1));

            for (Order order : sold) {
                assertTheTills(sentAndReadBack(terminal, order), order);
            }
            assertThat(OfficeTerminal.officeCount(office, "SELECT sum(total) FROM office.orders WHERE store_id = ?",
                    "ALL")).isEqualTo(terminal.salesTotal());
        }
    }
}
