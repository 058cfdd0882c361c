package app.tillpoint.kiosk.store;

import app.tillpoint.api.catalog.ScaleBarcode.Content;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Discount;
import app.tillpoint.api.sale.Measure;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.RefundRequest;
import app.tillpoint.api.sale.TaxLine;
import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.sale.TaxSummary;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.terminal.DiscountLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
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
 * A refund gives back its share of its order's taxes (V20's {@code refund_taxes}), stored in its transaction: on
 * SaleTaxesTest's worked example (3 × Atta ₹52.00 at 5 %, Ghee ₹349.00 at 12 %, 2 × Shampoo ₹199.00 at 18 %, each
 * as CGST and SGST), checked to the paisa; the database refuses more than the order had, whatever writes the row.
 */
class RefundTaxesTest {
    private static final String ORDERS_TAXES_LEFT = "SELECT count(*) FROM order_taxes o WHERE o.tax <> "
            + "(SELECT coalesce(sum(r.tax), 0) FROM refund_taxes r WHERE r.order_id = o.order_id AND r.name = o.name "
            + "AND r.rate_ppm = o.rate_ppm) OR o.basis <> (SELECT coalesce(sum(r.basis), 0) FROM refund_taxes r "
            + "WHERE r.order_id = o.order_id AND r.name = o.name AND r.rate_ppm = o.rate_ppm)";

    @TempDir
    Path dir;

    private static Refund refund(TestTill till, Order order, RefundLine... lines) throws Exception {
        return till.sales.refund(new RefundRequest(till.asha, order.id(), List.of(lines), Refund.CASH,
                Optional.empty()));
    }

    @Test
    void aPartialRefundGivesBackItsShareOfItsRatesAndTheSessionsTaxesAreNetOfIt() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            importGroceries(till);
            Session session = till.open(count(2));
            Order order = till.sell(1000, "Atta 1 kg", 3, "Ghee 500 ml", 1, "Shampoo", 2);

            // One shampoo of two: half of CGST 9 % and of SGST 9 % (30.36 on 337.28 each), and nothing else.
            Refund refund = refund(till, order, new RefundLine(3, 1));

            TaxSummary back = new TaxSummary(INR, TaxRule.Prices.INCLUDED,
                    List.of(line("CGST", "9", 16_864, 1_518), line("SGST", "9", 16_864, 1_518)));
            assertThat(refund.taxes()).isEqualTo(back);
            assertThat(till.sales.refunds(session.id())).extracting(Refund::taxes).containsExactly(back);
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT sum(tax) FROM refund_taxes")).isEqualTo(3_036);
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT count(*) FROM audit_events WHERE event = "
                    + "'refund' AND detail LIKE '%, taxes back CGST 9% 15.18, SGST 9% 15.18'")).isEqualTo(1);

            SessionCsv report = SessionCsv.of(till.database, till.sessions, till.sales, session.id()).orElseThrow();
            assertThat(report.taxes().tax()).isEqualTo(paise(10_554 - 3_036));
            assertThat(report.csvLines(ZoneOffset.UTC)).contains(
                    "summary," + session.id() + ",,,,tax CGST 9%,,,15.18,INR,basis 168.64 less refunds",
                    "summary," + session.id() + ",,,,tax CGST 2.5%,,,3.71,INR,basis 148.58 less refunds");
        }
    }

    @Test
    void aFullRefundGivesBackExactlyTheOrdersTaxes() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            importGroceries(till);
            Session session = till.open(count(2));
            Order order = till.sell(1000, "Atta 1 kg", 3, "Ghee 500 ml", 1, "Shampoo", 2);

            Refund refund = refund(till, order, new RefundLine(1, 3), new RefundLine(2, 1), new RefundLine(3, 2));

            assertThat(refund.taxes()).isEqualTo(order.taxes());
            assertThat(TestDatabase.queryLong(till.test.file(), ORDERS_TAXES_LEFT)).isZero();
            assertThat(SessionCsv.of(till.database, till.sessions, till.sales, session.id()).orElseThrow().taxes()
                    .lines()).allMatch(line -> line.tax().isZero() && line.basis().isZero());
        }
    }

    @Test
    void refundsOfEveryLineOneByOneAddUpToTheOrdersTaxesNeverAPaisaMoreOrLess() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            importGroceries(till);
            till.open(count(2));
            Order order = till.sell(1000, "Atta 1 kg", 3, "Ghee 500 ml", 1, "Shampoo", 2);

            // A third of the atta's 3.71 is 1.2367: 1.24, then two thirds 2.4733 → 2.47 (1.23), then the 1.24 left.
            Refund first = refund(till, order, new RefundLine(1, 1));
            Refund second = refund(till, order, new RefundLine(1, 1), new RefundLine(3, 1));
            assertThat(TestDatabase.queryLong(till.test.file(), ORDERS_TAXES_LEFT)).as("not all back yet").isEqualTo(6);
            Refund third = refund(till, order, new RefundLine(1, 1), new RefundLine(2, 1), new RefundLine(3, 1));

            assertThat(first.taxes().lines()).extracting(TaxLine::tax).containsExactly(paise(124), paise(124));
            assertThat(second.taxes().lines().subList(0, 2)).extracting(TaxLine::tax)
                    .containsExactly(paise(123), paise(123));
            assertThat(third.taxes().lines().subList(0, 2)).extracting(TaxLine::tax)
                    .containsExactly(paise(124), paise(124));
            assertThat(TestDatabase.queryLong(till.test.file(), ORDERS_TAXES_LEFT)).isZero();
            assertThat(TaxSummary.sum(INR, List.of(first.taxes(), second.taxes(), third.taxes())).lines())
                    .containsExactlyInAnyOrderElementsOf(order.taxes().lines());
        }
    }

    @Test
    void aWeighedLineAndDiscountedLinesGiveBackByWhatWasPaidForThem() throws Exception {
        try (TestTill till = TestTill.in(dir).discounts(new DiscountLimits(5_000, 5_000,
                DiscountLimits.DEFAULT_REASONS)).open()) {
            till.catalog.replace(List.of(
                    new CatalogImport.Entry(2, "Cashews (per kg)", "Dry fruit", paise(99_999))
                            .withTaxes(DemoData.gst("5")),
                    new CatalogImport.Entry(3, "Atta 1 kg", "Grocery", paise(5_200)).withTaxes(DemoData.gst("5"))),
                    "scale.csv");
            till.open(count(2));
            // 1.255 kg of cashews (₹1,254.99), 3 atta 10 % off (₹140.40), ₹100.00 off the order.
            Cart cart = Cart.empty(INR).add(till.product("Cashews (per kg)"), new Measure(Content.WEIGHT_GRAMS, 1_255))
                    .add(till.product("Atta 1 kg")).withQuantity(till.product("Atta 1 kg").id(), 3)
                    .withLineDiscount(till.product("Atta 1 kg").id(), Optional.of(Discount.percent(1_000, "Damaged")))
                    .withOrderDiscount(Optional.of(Discount.of(paise(10_000), "Loyal customer")));
            Order order = till.sales.sellForCash(new CashSale(till.asha, cart, paise(200_000)));
            List<Money> shares = cart.orderDiscountShares();
            long cashews = 125_499 - shares.get(0).minorUnits();
            long atta = 14_040 - shares.get(1).minorUnits();
            long cgst = order.taxes().lines().get(0).tax().minorUnits();

            Refund oneAtta = refund(till, order, new RefundLine(2, 1));

            // A third of the atta's amount as paid, of what the 5 % lines came to: round(tax × atta / 3 / (all)).
            long all = cashews + atta;
            assertThat(oneAtta.taxes().lines().get(0).tax().minorUnits())
                    .isEqualTo((2 * cgst * atta + 3 * all) / (6 * all));
            refund(till, order, new RefundLine(1, 1));
            refund(till, order, new RefundLine(2, 2));
            assertThat(TestDatabase.queryLong(till.test.file(), ORDERS_TAXES_LEFT)).isZero();
        }
    }

    @Test
    void taxesAddedToThePricesGoBackWithTheirShare() throws Exception {
        TaxRule excluded = new TaxRule(TaxRule.Prices.EXCLUDED, TaxRule.Rounding.PER_ORDER);
        try (TestTill till = TestTill.in(dir).taxRule(excluded).open()) {
            importGroceries(till);
            till.open(count(2));
            Order order = till.sell(1100, "Atta 1 kg", 3, "Ghee 500 ml", 1, "Shampoo", 2);

            // One shampoo of two: 199.00 × 9 % = 17.91 of each half, on 199.00.
            Refund refund = refund(till, order, new RefundLine(3, 1));

            assertThat(refund.taxes()).isEqualTo(new TaxSummary(INR, TaxRule.Prices.EXCLUDED,
                    List.of(line("CGST", "9", 19_900, 1_791), line("SGST", "9", 19_900, 1_791))));
            assertThat(till.sales.refunds(order.sessionId()).get(0).taxes().prices())
                    .isEqualTo(TaxRule.Prices.EXCLUDED);
        }
    }

    @Test
    void theDatabaseItselfRefusesARefundGivingBackMoreTaxThanTheOrderHad() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            importGroceries(till);
            Session session = till.open(count(2));
            Order order = till.sell(1000, "Atta 1 kg", 3, "Shampoo", 2);
            Order other = till.sell(1000, "Shampoo", 1);
            refund(till, order, new RefundLine(2, 2));
            long cashier = till.asha.id();

            // As a caller that skipped every check would write it: the atta given back with a paisa of tax too many.
            try (Connection raw = TestDatabase.raw(till.test.file()); Statement sql = raw.createStatement()) {
                sql.execute("PRAGMA foreign_keys = ON");
                sql.execute("BEGIN");
                sql.execute("INSERT INTO refunds (order_id, session_id, refunded_at, refunded_by, total, method, "
                        + "currency) VALUES (" + order.id() + ", " + session.id() + ", 0, " + cashier
                        + ", -100, 'CASH', 'INR')");
                sql.execute("CREATE TEMP TABLE forged AS SELECT last_insert_rowid() AS id");
                String insert = "INSERT INTO refund_taxes (refund_id, order_id, position, name, rate_ppm, basis, tax) "
                        + "SELECT id, ";
                assertThatThrownBy(() -> sql.execute(insert + order.id() + ", 0, 'CGST', 25000, 14858, 372 "
                        + "FROM forged")).isInstanceOf(SQLException.class).hasMessageContaining("more of a tax");
                assertThatThrownBy(() -> sql.execute(insert + order.id() + ", 0, 'CGST', 25000, 14859, 371 "
                        + "FROM forged")).isInstanceOf(SQLException.class).hasMessageContaining("more of a tax");
                // The shampoo's CGST went back in full already: one paisa more is refused.
                assertThatThrownBy(() -> sql.execute(insert + order.id() + ", 0, 'CGST', 90000, 0, 1 FROM forged"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("more of a tax");
                assertThatThrownBy(() -> sql.execute(insert + order.id() + ", 0, 'IGST', 180000, 0, 1 FROM forged"))
                        .as("a rate the order did not have").isInstanceOf(SQLException.class)
                        .hasMessageContaining("FOREIGN KEY");
                assertThatThrownBy(() -> sql.execute(insert + other.id() + ", 0, 'CGST', 90000, 0, 1 FROM forged"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("its own order only");
                sql.execute(insert + order.id() + ", 0, 'CGST', 25000, 14858, 371 FROM forged");
                sql.execute("ROLLBACK");
            }
            try (Connection raw = TestDatabase.raw(till.test.file()); Statement sql = raw.createStatement()) {
                assertThatThrownBy(() -> sql.execute("UPDATE refund_taxes SET tax = 0"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("never changed");
                assertThatThrownBy(() -> sql.execute("DELETE FROM refund_taxes"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("never removed");
            }
            assertThat(till.test.rows("refunds")).isEqualTo(1);
            assertThat(till.test.rows("refund_taxes")).isEqualTo(2);
        }
    }

    @Test
    void aRefundWhoseTaxesCannotBeStoredStoresNothing() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            importGroceries(till);
            till.open(count(2));
            Order order = till.sell(1000, "Shampoo", 2);
            long events = till.test.rows("events");
            TestDatabase.failInsertsInto(till.database, "refund_taxes", "NEW.name = 'SGST'");

            assertThatThrownBy(() -> refund(till, order, new RefundLine(1, 1)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("no insert into refund_taxes");

            assertThat(till.test.rows("refunds")).isZero();
            assertThat(till.test.rows("refund_lines")).isZero();
            assertThat(till.test.rows("refund_taxes")).isZero();
            assertThat(till.test.rows("events")).isEqualTo(events);
            assertThat(till.sales.refundable(order.id()).orElseThrow().left(1)).isEqualTo(2);
        }
    }
}
