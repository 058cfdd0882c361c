package app.tillpoint.kiosk.store;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Discount;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.PriceOverride;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.RefundRequest;
import app.tillpoint.api.sale.TaxLine;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.terminal.DiscountLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.kiosk.store.SaleTaxesTest.importGroceries;
import static app.tillpoint.kiosk.store.SaleTaxesTest.line;
import static app.tillpoint.kiosk.store.SaleTaxesTest.paise;
import static app.tillpoint.kiosk.store.TestTill.INR;
import static app.tillpoint.kiosk.store.TestTill.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Discounts and price overrides stored with the order in the sale's transaction (V16), each over the limit with a
 * head cashier's approval used once, taxes on the discounted amounts, an audit row with who, who approved and why;
 * and the database's own refusals, tried with raw SQL.
 */
class SaleDiscountsTest {
    private static final DiscountLimits TEN_PERCENT = new DiscountLimits(1000, 1000, List.of("Damaged", "Staff"));

    @TempDir
    Path dir;

    @Test
    void theWorkedExampleIsStoredWithItsDiscountsTaxesAndAudit() throws Exception {
        try (TestTill till = TestTill.in(dir).discounts(TEN_PERCENT).open()) {
            importGroceries(till);
            long session = till.open(count(2)).id();
            // 3 × ₹52.00 at 5 %, ₹349.00 at 12 %, 2 × ₹199.00 at 18 % less 10 % (₹39.80, the limit: no approval);
            // ₹863.20 less ₹50.00 (5.79 %, within 10 %) spread as ₹9.04, ₹20.21, ₹20.75 (DiscountTest's figures).
            Cart cart = groceries(till).withLineDiscount(id(till, "Shampoo"),
                    Optional.of(Discount.percent(1000, "Damaged")))
                    .withOrderDiscount(Optional.of(Discount.of(paise(5_000), "Staff")));

            Order sold = till.sales.sellForCash(new CashSale(till.asha, cart, TestTill.rupees(1000)));

            List<TaxLine> expected = List.of(
                    line("CGST", "2.5", 13_996, 350), line("SGST", "2.5", 13_996, 350),
                    line("CGST", "6", 29_357, 1_761), line("SGST", "6", 29_357, 1_761),
                    line("CGST", "9", 28_597, 2_574), line("SGST", "9", 28_597, 2_574));
            assertThat(sold.total()).isEqualTo(paise(81_320));
            assertThat(sold.change()).isEqualTo(paise(18_680));
            assertThat(sold.taxes().lines()).isEqualTo(expected);
            Order stored = till.sales.orders(session).get(0);
            assertThat(stored.taxes().lines()).isEqualTo(expected);
            assertThat(stored.lines()).isEqualTo(sold.lines());
            assertThat(stored.orderDiscount()).isEqualTo(sold.orderDiscount());
            assertThat(stored.discounts()).isEqualTo(paise(8_980));
            assertThat(query(till, "SELECT group_concat(line_no || ':' || discount || '/' || order_discount_share, ' ') "
                    + "FROM (SELECT * FROM order_line_changes ORDER BY line_no)")).isEqualTo("1:0/904 2:0/2021 3:3980/2075");
            assertThat(query(till, "SELECT subtotal || ' ' || discount || ' ' || reason FROM order_discounts"))
                    .isEqualTo("86320 5000 Staff");
            assertThat(query(till, "SELECT group_concat(detail, ' | ') FROM (SELECT detail FROM audit_events WHERE "
                    + "event = 'sale.discount' ORDER BY id)")).isEqualTo("Order 1 line 3 (Shampoo): 10 % of 398.00 = 39.80 off "
                    + "by Asha: Damaged | Order 1: 50.00 of 863.20 = 50.00 off the order by Asha: Staff");

            // The session's CSV: the line at its price, its discount and the order discount negative, the sum.
            List<String> csv = SessionCsv.of(till.database, till.sessions, till.sales, session).orElseThrow()
                    .csvLines(java.time.ZoneId.of("Asia/Kolkata"));
            assertThat(csv).anyMatch(l -> l.startsWith("order_line,") && l.endsWith(",Shampoo,2,199.00,358.20,INR,Care"))
                    .anyMatch(l -> l.startsWith("line_discount,") && l.endsWith(",Asha,Shampoo,,,-39.80,INR,Damaged"))
                    .anyMatch(l -> l.startsWith("order_discount,") && l.endsWith(",Asha,order 1,,,-50.00,INR,Staff"))
                    .contains("summary," + session + ",,,,discounts,,,-89.80,INR,");
        }
    }

    @Test
    void aDiscountOverTheLimitIsRefusedWithoutItsApprovalAndTheApprovalServesOnce() throws Exception {
        try (TestTill till = TestTill.in(dir).discounts(TEN_PERCENT).open()) {
            importGroceries(till);
            till.open(count(2));
            long ghee = id(till, "Ghee 500 ml");
            // 15 % of ₹349.00 = ₹52.35: over 10 %.
            Cart over = Cart.empty(INR).add(till.product("Ghee 500 ml"))
                    .withLineDiscount(ghee, Optional.of(Discount.percent(1500, "Damaged")));

            assertThatThrownBy(() -> till.sales.sellForCash(new CashSale(till.asha, over, TestTill.rupees(500))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The discount of 52.35 on Ghee 500 ml (349.00) is more than this terminal allows "
                            + "without a head cashier. Nothing was sold.");
            Approval wrongAmount = till.approval(till.meera, till.asha, ApprovalAction.DISCOUNT,
                    Optional.of(paise(5_234)));
            assertThatThrownBy(() -> till.sales.sellForCash(new CashSale(till.asha, approved(over, ghee,
                    wrongAmount), TestTill.rupees(500)))).hasMessageContaining("it was given for");
            Approval cashOut = till.approval(till.meera, till.asha, ApprovalAction.CASH_OUT, Optional.of(paise(5_235)));
            assertThatThrownBy(() -> till.sales.sellForCash(new CashSale(till.asha, approved(over, ghee, cashOut),
                    TestTill.rupees(500)))).hasMessageContaining("it was given for something else");
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT count(*) FROM orders")).isZero();

            Approval right = till.approval(till.meera, till.asha, ApprovalAction.DISCOUNT, Optional.of(paise(5_235)));
            Order sold = till.sales.sellForCash(new CashSale(till.asha, approved(over, ghee, right),
                    TestTill.rupees(500)));

            assertThat(sold.total()).isEqualTo(paise(29_665));
            assertThat(till.sales.orders(sold.sessionId()).get(0).lines().get(0).discount().orElseThrow().approval()
                    .orElseThrow().approver().name()).isEqualTo("Meera");
            assertThat(query(till, "SELECT detail FROM audit_events WHERE event = 'sale.discount'")).isEqualTo("Order 1 line 1 "
                    + "(Ghee 500 ml): 15 % of 349.00 = 52.35 off by Asha, approved by Meera: Damaged");
            assertThatThrownBy(() -> till.sales.sellForCash(new CashSale(till.asha, approved(over, ghee, right),
                    TestTill.rupees(500)))).hasMessageContaining("it was used already");
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT count(*) FROM orders")).isEqualTo(1);
        }
    }

    @Test
    void aPriceLoweredPastTheLimitNeedsAnApprovalForTheNewPrice() throws Exception {
        try (TestTill till = TestTill.in(dir).discounts(TEN_PERCENT).open()) {
            importGroceries(till);
            till.open(count(2));
            long ghee = id(till, "Ghee 500 ml");
            Cart matched = Cart.empty(INR).add(till.product("Ghee 500 ml")).withQuantity(ghee, 2)
                    .withPrice(ghee, Optional.of(PriceOverride.of(paise(30_000), "Price match")));

            assertThatThrownBy(() -> till.sales.sellForCash(new CashSale(till.asha, matched, TestTill.rupees(600))))
                    .hasMessageContaining("The price of Ghee 500 ml is lowered from 349.00 to 300.00");
            Approval approval = till.approval(till.meera, till.asha, ApprovalAction.PRICE_OVERRIDE,
                    Optional.of(paise(30_000)));
            Order sold = till.sales.sellForCash(new CashSale(till.asha, matched.withPrice(ghee, Optional.of(
                    PriceOverride.of(paise(30_000), "Price match").approvedBy(approval))), TestTill.rupees(600)));

            assertThat(sold.total()).isEqualTo(paise(60_000));
            Order stored = till.sales.orders(sold.sessionId()).get(0);
            assertThat(stored.lines().get(0).product().price()).isEqualTo(paise(34_900));
            assertThat(stored.lines().get(0).unitPrice()).isEqualTo(paise(30_000));
            assertThat(query(till, "SELECT unit_price || ' ' || amount || ' ' || regular_price FROM order_lines JOIN "
                    + "order_line_changes USING (order_id, line_no)")).isEqualTo("30000 60000 34900");
            // A higher price needs nobody.
            Cart higher = Cart.empty(INR).add(till.product("Ghee 500 ml"))
                    .withPrice(ghee, Optional.of(PriceOverride.of(paise(40_000), "Wrong label")));
            assertThat(till.sales.sellForCash(new CashSale(till.asha, higher, TestTill.rupees(400))).total())
                    .isEqualTo(paise(40_000));
        }
    }

    @Test
    void theDatabaseRefusesWhatTheRegisterNeverStores() throws Exception {
        try (TestTill till = TestTill.in(dir).discounts(TEN_PERCENT).open()) {
            importGroceries(till);
            till.open(count(2));
            till.sell(1000, "Atta 1 kg", 3, "Ghee 500 ml", 1); // order 1: lines of ₹156.00 and ₹349.00
            try (Connection raw = till.test.raw(); Statement sql = raw.createStatement()) {
                refused(sql, "INSERT INTO order_line_changes (order_id, line_no, order_discount_share) VALUES "
                        + "(1, 1, 15601)", "more than its line");
                // Even approved by a head cashier, a discount cannot take off more than the line.
                Approval approved = till.approval(till.meera, till.asha, ApprovalAction.DISCOUNT,
                        Optional.of(paise(15_601)));
                refused(sql, "INSERT INTO order_line_changes (order_id, line_no, discount, discount_reason, "
                        + "discount_limit_bp, discount_approved_by, discount_approval_token) VALUES (1, 1, 15601, "
                        + "'Damaged', 1000, " + till.meera.id() + ", '" + approved.token() + "')", "more than its line");
                refused(sql, "INSERT INTO order_line_changes (order_id, line_no, discount, discount_reason, "
                        + "discount_limit_bp) VALUES (1, 1, 1561, 'Damaged', 1000)", "needs a head cashier");
                refused(sql, "INSERT INTO order_line_changes (order_id, line_no, discount, discount_reason, "
                        + "discount_limit_bp, discount_approved_by, discount_approval_token) VALUES (1, 1, 1561, "
                        + "'Damaged', 1000, 2, 'made-up')", "not issued for this discount");
                refused(sql, "INSERT INTO order_line_changes (order_id, line_no, discount) VALUES (1, 1, -5)",
                        "CHECK");
                refused(sql, "INSERT INTO order_line_changes (order_id, line_no, regular_price, override_reason, "
                        + "override_limit_bp) VALUES (1, 2, 99999, 'Price match', 1000)", "needs a head cashier");
                refused(sql, "INSERT INTO order_line_changes (order_id, line_no, regular_price, override_reason, "
                        + "override_limit_bp) VALUES (1, 2, -1, 'Price match', 1000)", "CHECK");
                refused(sql, "INSERT INTO order_lines (order_id, line_no, product_id, name, unit_price, quantity, "
                        + "amount) VALUES (1, 3, 2, 'Atta', -100, 1, -100)", "CHECK");
                refused(sql, "INSERT INTO order_discounts (order_id, subtotal, discount, reason, limit_bp) VALUES "
                        + "(1, 50500, 100, 'Staff', 1000)", "spread over them");
                // Above its subtotal: a trigger refuses it before the table's CHECK would.
                refused(sql, "INSERT INTO order_discounts (order_id, subtotal, discount, reason, limit_bp) VALUES "
                        + "(1, 50500, 50501, 'Staff', 10000)", "needs a head cashier");
                sql.executeUpdate("INSERT INTO order_line_changes (order_id, line_no, order_discount_share) VALUES "
                        + "(1, 1, 6000)");
                refused(sql, "INSERT INTO order_discounts (order_id, subtotal, discount, reason, limit_bp) VALUES "
                        + "(1, 50500, 6000, 'Staff', 1000)", "needs a head cashier");
                refused(sql, "UPDATE order_line_changes SET discount = 0", "never changed");
                refused(sql, "DELETE FROM order_line_changes", "never removed");
            }
        }
    }

    private static void refused(Statement sql, String statement, String because) {
        assertThatThrownBy(() -> sql.executeUpdate(statement)).as(statement).isInstanceOf(SQLException.class)
                .hasMessageContaining(because);
    }

    private static Cart groceries(TestTill till) {
        Cart cart = Cart.empty(INR, till.taxRule);
        for (Object[] line : new Object[][] {{"Atta 1 kg", 3}, {"Ghee 500 ml", 1}, {"Shampoo", 2}}) {
            Product product = till.product((String) line[0]);
            cart = cart.add(product).withQuantity(product.id(), (Integer) line[1]);
        }
        return cart;
    }

    private static Cart approved(Cart cart, long productId, Approval approval) {
        Discount discount = cart.lines().stream().filter(l -> l.product().id() == productId).findFirst().orElseThrow()
                .discount().orElseThrow();
        return cart.withLineDiscount(productId, Optional.of(discount.withoutApproval().approvedBy(approval)));
    }

    private static long id(TestTill till, String name) {
        return till.product(name).id();
    }

    private static String query(TestTill till, String select) throws SQLException {
        try (Connection raw = till.test.raw(); Statement sql = raw.createStatement();
             var row = sql.executeQuery(select)) {
            row.next();
            return row.getString(1);
        }
    }

    @Test
    void aLineSoldAtALowerPriceIsRefundedAtThatPrice() throws Exception {
        try (TestTill till = TestTill.in(dir).discounts(TEN_PERCENT).open()) {
            importGroceries(till);
            till.open(count(2));
            long ghee = id(till, "Ghee 500 ml");
            // ₹349.00 matched to ₹330.00, within the 10 % a cashier may lower a price alone; two of them.
            Cart matched = Cart.empty(INR).add(till.product("Ghee 500 ml")).withQuantity(ghee, 2)
                    .withPrice(ghee, Optional.of(PriceOverride.of(paise(33_000), "Price match")));
            Order sold = till.sales.sellForCash(new CashSale(till.asha, matched, TestTill.rupees(660)));

            Refund refund = till.sales.refund(new RefundRequest(till.asha, sold.id(), List.of(new RefundLine(1, 1)),
                    Refund.CASH, Optional.empty()));

            assertThat(refund.amount()).isEqualTo(paise(33_000));
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT amount FROM refund_lines")).isEqualTo(-33_000);
        }
    }
}
