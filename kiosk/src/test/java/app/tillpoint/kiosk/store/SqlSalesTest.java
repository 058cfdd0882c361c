package app.tillpoint.kiosk.store;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.session.NoOpenSessionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static app.tillpoint.kiosk.store.TestTill.INR;
import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlSalesTest {

    @TempDir
    Path dir;

    private TestTill till;

    @BeforeEach
    void openTill() {
        till = TestTill.in(dir).open();
    }

    @AfterEach
    void closeTill() {
        till.close();
    }

    @Test
    void storesTheOrderItsLinesItsPaymentAndAnAuditRow() throws Exception {
        long sessionId = till.open(count(2, 1, 1, 0, 2)).id();

        Order order = till.sell(200, "Masala chai", 3, "Samosa", 2);

        assertThat(order.sessionId()).isEqualTo(sessionId);
        assertThat(order.soldBy()).isEqualTo(till.asha);
        assertThat(order.total()).isEqualTo(rupees(90));
        assertThat(order.tendered()).isEqualTo(rupees(200));
        assertThat(order.change()).isEqualTo(rupees(110));
        assertThat(till.sales.orders(sessionId)).containsExactly(order);
        assertThat(till.test.rows("orders")).isEqualTo(1);
        assertThat(till.test.rows("order_lines")).isEqualTo(2);
        // The cash handed over (V15): the change given back from it is the order's.
        assertThat(TestDatabase.queryLong(till.test.file(), "SELECT amount FROM order_payments")).isEqualTo(20000);
        assertThat(TestDatabase.queryLong(till.test.file(),
                "SELECT count(*) FROM audit_events WHERE event = 'sale.cash'")).isEqualTo(1);
        assertThat(till.told).containsExactly("opened " + sessionId, "sold " + order.id());
    }

    @Test
    void aSaleIsOneTransactionWhenThePaymentFails() throws Exception {
        till.open(count(2));
        TestDatabase.failInsertsInto(till.database, "order_payments", "1");

        assertThatThrownBy(() -> till.sell(100, "Masala chai", 1)).isInstanceOf(StoreException.class)
                .hasMessageContaining("no insert into order_payments");

        assertThat(till.test.rows("orders")).isZero();
        assertThat(till.test.rows("order_lines")).isZero();
        assertThat(till.told).noneMatch(event -> event.startsWith("sold"));
    }

    @Test
    void aSaleIsOneTransactionWhenItsAuditRowFails() throws Exception {
        till.open(count(2));
        TestDatabase.failInsertsInto(till.database, "audit_events", "NEW.event = 'sale.cash'");

        assertThatThrownBy(() -> till.sell(100, "Masala chai", 1)).isInstanceOf(StoreException.class);

        assertThat(till.test.rows("orders")).isZero();
        assertThat(till.test.rows("order_lines")).isZero();
        assertThat(till.test.rows("order_payments")).isZero();
    }

    @Test
    void refusesAProductTakenOffSaleAndStoresNothing() throws Exception {
        till.open(count(2));
        Product chai = till.product("Masala chai");
        till.catalog.replace(List.of(new CatalogImport.Entry(2, "Samosa", "Snacks", rupees(15))), "test.csv");

        Cart cart = Cart.empty(INR).add(chai);
        assertThatThrownBy(() -> till.sales.sellForCash(new CashSale(till.asha, cart, rupees(20))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Masala chai is no longer on sale: remove it from the cart. Nothing was sold.");
        assertThat(till.test.rows("orders")).isZero();
        assertThat(till.test.rows("order_payments")).isZero();
    }

    @Test
    void refusesAPriceThatChangedAndStoresNothing() throws Exception {
        till.open(count(2));
        Product chai = till.product("Masala chai");
        till.catalog.replace(List.of(new CatalogImport.Entry(2, "Masala chai", "Drinks", rupees(25))), "test.csv");

        Cart cart = Cart.empty(INR).add(chai);
        assertThatThrownBy(() -> till.sales.sellForCash(new CashSale(till.asha, cart, rupees(20))))
                .hasMessage("The price of Masala chai changed from 20.00 to 25.00: remove it and add it again. "
                        + "Nothing was sold.");
        assertThat(till.test.rows("orders")).isZero();
    }

    @Test
    void refusesASaleWithoutAnOpenSession() throws Exception {
        assertThatThrownBy(() -> till.sell(100, "Samosa", 1)).isInstanceOf(NoOpenSessionException.class);
        assertThat(till.test.rows("orders")).isZero();
        assertThat(till.told).isEmpty();
    }

    @Test
    void pastOrdersKeepTheNameAndPriceTheyWereSoldAt() throws Exception {
        long sessionId = till.open(count(2)).id();
        till.sell(50, "Masala chai", 2);
        Product chai = till.product("Masala chai");

        till.catalog.replace(List.of(new CatalogImport.Entry(2, "Masala chai", "Drinks", rupees(25))), "new.csv");

        CartLine line = till.sales.orders(sessionId).get(0).lines().get(0);
        assertThat(line.product().id()).isEqualTo(chai.id());
        assertThat(line.product().price()).isEqualTo(rupees(20));
        assertThat(line.amount()).isEqualTo(rupees(40));
        assertThat(till.product("Masala chai").price()).isEqualTo(Money.ofMajor(25, INR));
    }
}
