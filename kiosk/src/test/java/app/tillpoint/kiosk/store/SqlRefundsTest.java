package app.tillpoint.kiosk.store;

import app.tillpoint.api.catalog.ScaleBarcode.Content;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Measure;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.RefundRequest;
import app.tillpoint.api.sale.Refundable;
import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Refunds (V14): each rule and refusal, in the store and, under it, in the database's triggers. */
class SqlRefundsTest {

    @TempDir
    Path dir;

    private static RefundRequest request(TestTill till, Order order, String method, RefundLine... lines) {
        return new RefundRequest(till.asha, order.id(), List.of(lines), method, Optional.empty());
    }

    @Test
    void aRefundOfSomeLinesIsANegativeOrderLinkedToTheOriginalAndTheExpectedCashFollows() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            Session session = till.open(count(2));
            Order order = till.sell(200, "Masala chai", 2, "Samosa", 3);

            Refund refund = till.sales.refund(request(till, order, Refund.CASH, new RefundLine(2, 2)));

            assertThat(refund.amount()).isEqualTo(rupees(30));
            assertThat(refund.orderId()).isEqualTo(order.id());
            assertThat(refund.sessionId()).isEqualTo(session.id());
            assertThat(refund.inCash()).isTrue();
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT total FROM refunds")).isEqualTo(-3000);
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT amount FROM refund_lines")).isEqualTo(-3000);
            assertThat(TestDatabase.queryLong(till.test.file(),
                    "SELECT count(*) FROM audit_events WHERE event = 'refund'")).isEqualTo(1);
            assertThat(till.sales.refunds(session.id())).containsExactly(refund);
            assertThat(till.sessions.summary(session.id()).cashRefunds()).isEqualTo(rupees(30));
            assertThat(till.sessions.summary(session.id()).refundCount()).isEqualTo(1);
            // 1,000 opening + 85 sold − 30 refunded
            assertThat(till.sessions.summary(session.id()).expectedCash()).isEqualTo(rupees(1055));
            Refundable left = till.sales.refundable(order.id()).orElseThrow();
            assertThat(left.left(1)).isEqualTo(2);
            assertThat(left.left(2)).isEqualTo(1);
            assertThat(left.methods()).containsExactly(Refund.CASH);
            assertThat(SessionCsv.of(till.database, till.sessions, till.sales, session.id()).orElseThrow()
                    .csvLines(java.time.ZoneOffset.UTC)).anyMatch(line -> line.contains("cash refunds,1,,-30.00"));
        }
    }

    @Test
    void aLineCannotBeRefundedTwiceNorBeyondWhatWasSoldAndNothingIsStored() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.open(count(2));
            Order order = till.sell(200, "Masala chai", 2, "Samosa", 3);
            till.sales.refund(request(till, order, Refund.CASH, new RefundLine(1, 2)));

            assertThatThrownBy(() -> till.sales.refund(request(till, order, Refund.CASH, new RefundLine(1, 1))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refunded already");
            assertThatThrownBy(() -> till.sales.refund(request(till, order, Refund.CASH, new RefundLine(2, 4))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Only 3");
            assertThatThrownBy(() -> till.sales.refund(request(till, order, Refund.CASH, new RefundLine(3, 1))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no line 3");

            assertThat(till.test.rows("refunds")).isEqualTo(1);
            assertThat(till.test.rows("refund_lines")).isEqualTo(1);
            assertThat(TestDatabase.queryLong(till.test.file(),
                    "SELECT count(*) FROM audit_events WHERE event = 'refund'")).isEqualTo(1);
        }
    }

    @Test
    void theDatabaseItselfRefusesALineRefundedBeyondWhatWasSold() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            Session session = till.open(count(2));
            Order order = till.sell(200, "Masala chai", 2, "Samosa", 1);
            till.sales.refund(request(till, order, Refund.CASH, new RefundLine(1, 2)));
            long cashier = till.asha.id();

            // As a caller that skipped every check would write it: a second refund of the same line.
            try (Connection raw = TestDatabase.raw(till.test.file()); Statement sql = raw.createStatement()) {
                sql.execute("PRAGMA foreign_keys = ON");
                sql.execute("BEGIN");
                sql.execute("INSERT INTO refunds (order_id, session_id, refunded_at, refunded_by, total, method, "
                        + "currency) VALUES (" + order.id() + ", " + session.id() + ", 0, " + cashier
                        + ", -100, 'CASH', 'INR')");
                assertThatThrownBy(() -> sql.execute("INSERT INTO refund_lines (refund_id, order_id, line_no, "
                        + "quantity, amount) VALUES (last_insert_rowid(), " + order.id() + ", 1, 1, -2000)"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("beyond what was sold");
                sql.execute("ROLLBACK");
            }
            try (Connection raw = TestDatabase.raw(till.test.file()); Statement sql = raw.createStatement()) {
                assertThatThrownBy(() -> sql.execute("INSERT INTO refunds (order_id, session_id, refunded_at, "
                        + "refunded_by, total, method, currency) VALUES (" + order.id() + ", " + session.id()
                        + ", 0, " + cashier + ", -1600, 'CASH', 'INR')"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("more than its total");
                assertThatThrownBy(() -> sql.execute("UPDATE refunds SET total = 0"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("never changed");
                assertThatThrownBy(() -> sql.execute("DELETE FROM refund_lines"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("never removed");
            }
            assertThat(till.test.rows("refunds")).isEqualTo(1);
            assertThat(till.test.rows("refund_lines")).isEqualTo(1);
        }
    }

    @Test
    void anUnknownOrderOrAnotherTerminalsOrderIsRefusedAndNothingIsStored() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.open(count(2));
            // Another terminal's session and sale in the same file (a copied database, or a merged one).
            SqlSessions other = TestTill.sessions(till.database, "T02", till.clock, opened -> { });
            other.open(new OpeningRequest(till.meera, rupees(0), Optional.empty(), ""));
            SqlSales otherSales = new SqlSales(till.database, other, TestTill.INR, till.clock, (s, o) -> { });
            Order theirs = otherSales.sellForCash(new CashSale(till.meera,
                    Cart.empty(TestTill.INR, TaxRule.DEFAULT).add(till.product("Samosa")), rupees(15)));

            assertThatThrownBy(() -> till.sales.refund(request(till, theirs, Refund.CASH, new RefundLine(1, 1))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was sold on T02");
            assertThat(till.sales.refundable(theirs.id())).isEmpty();
            assertThatThrownBy(() -> till.sales.refund(new RefundRequest(till.asha, 9999,
                    List.of(new RefundLine(1, 1)), Refund.CASH, Optional.empty())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no order 9999");
            assertThat(till.sales.refundable(9999)).isEmpty();
            assertThat(till.test.rows("refunds")).isZero();
        }
    }

    @Test
    void aMethodTheOrderWasNotPaidByIsRefused() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.open(count(2));
            Order order = till.sell(20, "Masala chai", 1);

            assertThatThrownBy(() -> till.sales.refund(request(till, order, "CARD", new RefundLine(1, 1))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not CARD");
            assertThat(till.test.rows("refunds")).isZero();
        }
    }

    @Test
    void withoutAnOpenSessionNothingIsRefunded() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.open(count(2));
            Order order = till.sell(20, "Masala chai", 1);
            till.sessions.close(new ClosingRequest(till.asha, count(2, 0, 0, 0, 1), "", Optional.empty()));

            assertThatThrownBy(() -> till.sales.refund(request(till, order, Refund.CASH, new RefundLine(1, 1))))
                    .isInstanceOf(NoOpenSessionException.class);
            assertThat(till.test.rows("refunds")).isZero();
        }
    }

    @Test
    void anOrderOfAnEarlierSessionIsRefundedInTheOpenOneWhoseExpectedCashFollows() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.open(count(2));
            Order earlier = till.sell(20, "Masala chai", 1);
            till.sessions.close(new ClosingRequest(till.asha, count(2, 0, 0, 0, 1), "", Optional.empty()));
            Session now = till.open(count(2, 0, 0, 0, 1));

            Refund refund = till.sales.refund(request(till, earlier, Refund.CASH, new RefundLine(1, 1)));

            assertThat(refund.sessionId()).isEqualTo(now.id());
            assertThat(till.sessions.summary(now.id()).expectedCash()).isEqualTo(rupees(1000));
            assertThat(till.sessions.summary(earlier.sessionId()).cashRefunds()).isEqualTo(rupees(0));
        }
    }

    @Test
    void overTheLimitARefundNeedsAHeadCashiersApprovalUsedOnce() throws Exception {
        try (TestTill till = TestTill.in(dir).refundLimit(5000).open()) {
            Session session = till.open(count(2));
            Order order = till.sell(200, "Masala chai", 2, "Samosa", 3);
            RefundRequest chai = request(till, order, Refund.CASH, new RefundLine(1, 2), new RefundLine(2, 1));

            assertThatThrownBy(() -> till.sales.refund(chai)).isInstanceOfSatisfying(ApprovalRequiredException.class,
                    e -> {
                        assertThat(e.action()).isEqualTo(ApprovalAction.REFUND);
                        assertThat(e.approvalAmount()).contains(rupees(55));
                    });
            assertThat(till.test.rows("refunds")).isZero();

            Approval wrongAmount = till.approval(till.meera, till.asha, ApprovalAction.REFUND,
                    Optional.of(rupees(40)));
            assertThatThrownBy(() -> till.sales.refund(chai.withApproval(wrongAmount)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was given for");
            Approval forCashOut = till.approval(till.meera, till.asha, ApprovalAction.CASH_OUT,
                    Optional.of(rupees(55)));
            assertThatThrownBy(() -> till.sales.refund(chai.withApproval(forCashOut)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("something else");
            assertThat(till.test.rows("refunds")).isZero();

            Approval approval = till.approval(till.meera, till.asha, ApprovalAction.REFUND, Optional.of(rupees(55)));
            Refund refund = till.sales.refund(chai.withApproval(approval));
            assertThat(refund.approval().orElseThrow().approver()).isEqualTo(till.meera);
            assertThat(till.sales.refunds(session.id()).get(0).approval()).isPresent();

            RefundRequest rest = request(till, order, Refund.CASH, new RefundLine(2, 2)).withApproval(approval);
            assertThatThrownBy(() -> till.sales.refund(rest)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cannot be used");
            assertThat(till.test.rows("refunds")).isEqualTo(1);
        }
    }

    @Test
    void taxesOnTopGoBackWithTheirShareAndTheLastRefundGivesBackExactlyWhatIsLeft() throws Exception {
        TaxRule excluded = new TaxRule(TaxRule.Prices.EXCLUDED, TaxRule.Rounding.PER_LINE);
        try (TestTill till = TestTill.in(dir).taxRule(excluded).open()) {
            till.open(count(2));
            Order order = till.sell(200, "Masala chai", 1, "Samosa", 1);
            Money total = order.total();

            Refund first = till.sales.refund(request(till, order, Refund.CASH, new RefundLine(1, 1)));
            Refund last = till.sales.refund(request(till, order, Refund.CASH, new RefundLine(2, 1)));

            assertThat(first.amount()).isGreaterThan(rupees(20));
            assertThat(first.amount().plus(last.amount())).isEqualTo(total);
            assertThat(till.sales.refundable(order.id()).orElseThrow().fullyRefunded()).isTrue();
        }
    }

    @Test
    void aWeighedAndALabelledLineGoBackAtTheAmountTheyWereSoldAtNotThePricePerKilogram() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            MeasuredSaleTest.importScaleItems(till);
            Session session = till.open(count(2));
            Cart cart = Cart.empty(TestTill.INR)
                    .add(till.product("Cashews (per kg)"), new Measure(Content.WEIGHT_GRAMS, 1_255))
                    .add(till.product("Cheese wedge"), new Measure(Content.PRICE_MINOR_UNITS, 21_250));
            Order order = till.sales.sellForCash(new CashSale(till.asha, cart, Money.ofMajor(5_000, TestTill.INR)));

            // 1,255 g at ₹999.99 a kilogram was ₹1,254.99 (before 1.5's priceSold V14's trigger refused ₹999.99).
            Refund cashews = till.sales.refund(request(till, order, Refund.CASH, new RefundLine(1, 1)));
            // The cheese's label said ₹212.50, whatever the catalog's ₹850.00 a wedge.
            Refund cheese = till.sales.refund(request(till, order, Refund.CASH, new RefundLine(2, 1)));

            assertThat(cashews.amount()).isEqualTo(Money.of(125_499, TestTill.INR));
            assertThat(cheese.amount()).isEqualTo(Money.of(21_250, TestTill.INR));
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT sum(amount) FROM refund_lines"))
                    .isEqualTo(-(125_499 + 21_250));
            assertThat(till.sales.refunds(session.id())).hasSize(2);
        }
    }
}
