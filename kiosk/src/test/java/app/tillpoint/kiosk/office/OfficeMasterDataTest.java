package app.tillpoint.kiosk.office;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.PinCheck;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Order;
import app.tillpoint.kiosk.store.CatalogImport;
import app.tillpoint.kiosk.store.SqlCashiers;
import app.tillpoint.kiosk.store.SqlMasterData;
import app.tillpoint.kiosk.store.TestDatabase;
import app.tillpoint.kiosk.store.TestTill;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.INR;
import static app.tillpoint.kiosk.store.TestTill.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Master data down, against a real PostgreSQL: cashiers and the catalog managed once in the office reach every
 * terminal of the store, in one SQLite transaction each pull; a disabled cashier is refused, a new price shows on the
 * next sale and never inside an open cart; a pull cut off or faulted leaves the terminal's data whole; a terminal
 * reads only its own store's master data and writes none.
 */
@Tag("office")
class OfficeMasterDataTest {
    private static OfficeAdmin office;

    @TempDir
    Path dir;

    private OfficeManager manager;

    @BeforeAll
    static void office() throws Exception {
        office = OfficeCluster.shared().newOffice();
        office.migrate();
    }

    @BeforeEach
    void manager() {
        manager = new OfficeManager(office, dir);
    }

    /** A terminal of an office store: a real till, its cashiers with the store's badge key, its pull. */
    private static final class StoreTerminal implements AutoCloseable {
        final OfficeTerminal terminal;
        final TestTill till;
        final SqlCashiers cashiers;
        final SqlMasterData master;
        final MasterDataPull pull;

        StoreTerminal(Path dir, OfficeCredentials credentials) throws Exception {
            terminal = new OfficeTerminal(dir, office.url(), credentials);
            till = terminal.till;
            cashiers = till.cashiersOfStore(credentials.badgeKeyBytes());
            master = new SqlMasterData(till.database, till.clock);
            pull = new MasterDataPull(master, credentials.store());
        }

        int pull() throws SQLException {
            try (Connection connection = terminal.link.open()) {
                return pull.pullOnce(connection);
            }
        }

        Optional<Cashier> active(String name) {
            return cashiers.active().stream().filter(cashier -> cashier.name().equals(name)).findFirst();
        }

        @Override
        public void close() {
            terminal.close();
        }
    }




    private MasterDataAdmin masterData() throws Exception {
        return new MasterDataAdmin(office, StoreBadgeKeys.beside(manager.login()));
    }

    @Test
    void aCashierAddedOnceIdentifiesOnBothTerminalsAndOnceDisabledOnNeither() throws Exception {
        OfficeCredentials t01 = manager.register("MD-CHN", "T01");
        OfficeCredentials t02 = manager.register("MD-CHN", "T02");
        assertThat(t01.badgeKey()).isPresent().isEqualTo(t02.badgeKey());
        Path keyFile = dir.resolve("office.login.keys").resolve("MD-CHN.badge-key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");

        assertThat(manager.run("cashier", "add", "--office", manager.login().toString(), "--store", "MD-CHN",
                "--name", "Priya",
                "--role", "HEAD_CASHIER", "--badge", "7007", "--pin", "4321")).isZero();
        assertThat(manager.out()).contains("Added Priya").contains("with a badge and a PIN");
        // The office keeps hashes only: neither the badge code nor the PIN is in it.
        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.cashiers WHERE store_id = ?"
                + " AND badge_hash LIKE 'hmac$%' AND position('7007' IN badge_hash) = 0"
                + " AND position('4321' IN pin_hash) = 0", "MD-CHN")).isEqualTo(1);

        try (StoreTerminal first = new StoreTerminal(dir.resolve("t01"), t01);
             StoreTerminal second = new StoreTerminal(dir.resolve("t02"), t02)) {
            for (StoreTerminal terminal : List.of(first, second)) {
                assertThat(terminal.pull()).isEqualTo(1);
                Cashier priya = terminal.cashiers.byBadge("7007").orElseThrow();
                assertThat(priya.name()).isEqualTo("Priya");
                assertThat(priya.role()).isEqualTo(Role.HEAD_CASHIER);
                assertThat(terminal.cashiers.checkPin(priya, "4321".toCharArray()).accepted()).isTrue();
                // The office's list is the terminal's now: the cashiers added on the till itself are disabled.
                assertThat(terminal.cashiers.active()).extracting(Cashier::name).containsExactly("Priya");
                assertThat(terminal.pull()).isZero();
            }
            // Mid-login on the first: Priya picked from Select Cashier before the sync, her PIN typed after it.
            Cashier picked = first.active("Priya").orElseThrow();

            assertThat(manager.run("cashier", "disable", "--office", manager.login().toString(), "--store", "MD-CHN",
                    "--id",
                    Long.toString(masterData().cashiers("MD-CHN").get(0).id()))).isZero();
            for (StoreTerminal terminal : List.of(first, second)) {
                assertThat(terminal.pull()).isEqualTo(1);
                assertThat(terminal.cashiers.byBadge("7007")).isEmpty();
                assertThat(terminal.active("Priya")).isEmpty();
            }
            PinCheck late = first.cashiers.checkPin(picked, "4321".toCharArray());
            assertThat(late.accepted()).isFalse();
            assertThat(late.identification()).isEmpty();
            assertThat(first.cashiers.activeById(picked.id())).isEmpty();
        }
    }

    @Test
    void aBadgeHashedOnAnotherTerminalOrWithoutTheStoresKeyDoesNotMatch() throws Exception {
        OfficeCredentials t01 = manager.register("MD-KEY", "T01");
        masterData().addCashier("MD-KEY", "Kavya", Role.CASHIER, Optional.of("5005"), Optional.empty());
        // Credentials of before: no store key. The cashier arrives, their badge does not identify here.
        OfficeCredentials keyless = new OfficeCredentials(t01.store(), t01.terminal(), t01.user(), t01.password());
        try (StoreTerminal terminal = new StoreTerminal(dir.resolve("t01"), keyless)) {
            assertThat(terminal.pull()).isEqualTo(1);
            assertThat(terminal.cashiers.byBadge("5005")).isEmpty();
            assertThat(terminal.till.cashiersOfStore(t01.badgeKeyBytes()).byBadge("5005")).map(Cashier::name)
                    .contains("Kavya");
        }
    }

    @Test
    void aNewPriceShowsOnTheNextSaleAndNeverInsideTheOpenCart() throws Exception {
        OfficeCredentials t01 = manager.register("MD-PRC", "T01");
        Path catalog = dir.resolve("catalog.csv");
        Files.writeString(catalog, "name,category,price\nMasala chai,Drinks,20.00\nSamosa,Snacks,15.00\n");
        assertThat(manager.run("catalog", "import", "--office", manager.login().toString(), "--store", "MD-PRC",
                "--currency",
                "INR", catalog.toString())).as(manager.err()).isZero();
        try (StoreTerminal terminal = new StoreTerminal(dir.resolve("t01"), t01)) {
            TestTill till = terminal.till;
            assertThat(terminal.pull()).isEqualTo(2);
            assertThat(till.catalog.products()).extracting(Product::name).containsExactly("Masala chai", "Samosa");
            till.open(count(2));
            Product chai = till.product("Masala chai");
            assertThat(chai.price()).isEqualTo(Money.of(2000, INR));
            Cart open = Cart.empty(INR).add(chai).withQuantity(chai.id(), 2);
            Product samosa = till.product("Samosa");
            Cart withSamosa = Cart.empty(INR).add(samosa);

            Files.writeString(catalog, "name,category,price\nMasala chai,Drinks,25.00\n");
            assertThat(manager.run("catalog", "import", "--office", manager.login().toString(), "--store", "MD-PRC",
                    "--currency", "INR", catalog.toString())).isZero();
            assertThat(manager.out()).contains("1 changed").contains("1 taken off sale");
            assertThat(terminal.pull()).isEqualTo(2);

            // The open cart still shows ₹20.00 a chai: paying it is refused, saying both prices; nothing is sold.
            assertThat(open.total()).isEqualTo(Money.of(4000, INR));
            assertThatThrownBy(() -> till.sales.sellForCash(new CashSale(till.asha, open, Money.ofMajor(100, INR))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("changed from 20.00 to 25.00")
                    .hasMessageContaining("Nothing was sold");
            assertThatThrownBy(() -> till.sales.sellForCash(new CashSale(till.asha, withSamosa,
                    Money.ofMajor(100, INR)))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Samosa is no longer on sale");
            assertThat(TestDatabase.queryLong(till.database.file(), "SELECT count(*) FROM orders")).isZero();
            // The next sale has the new price; the samosa's tile is gone.
            assertThat(till.catalog.products()).extracting(Product::name).containsExactly("Masala chai");
            Product chaiNow = till.product("Masala chai");
            assertThat(chaiNow.id()).isEqualTo(chai.id());
            Order order = till.sales.sellForCash(new CashSale(till.asha,
                    Cart.empty(INR).add(chaiNow).withQuantity(chaiNow.id(), 2), Money.ofMajor(100, INR)));
            assertThat(order.total()).isEqualTo(Money.of(5000, INR));
        }
    }

    @Test
    void aPullFaultedBeforeItsCommitOrCutOffByTheServerLeavesTheOldDataWhole() throws Exception {
        OfficeCredentials t01 = manager.register("MD-CUT", "T01");
        MasterDataAdmin admin = masterData();
        admin.addCashier("MD-CUT", "Nila", Role.CASHIER, Optional.of("3003"), Optional.empty());
        admin.importCatalog("MD-CUT", List.of(new CatalogImport.Entry(2, "Rava kesari", "Sweets",
                Money.of(3000, INR))));
        try (StoreTerminal terminal = new StoreTerminal(dir.resolve("t01"), t01)) {
            TestTill till = terminal.till;
            String before = TestDatabase.allText(till.database.file(), List.of("cashiers", "products"));
            // A fault in the last insert of the pull's transaction: the cashier written before it is undone too.
            TestDatabase.failInsertsInto(till.database, "products", "NEW.office_id IS NOT NULL");
            assertThatThrownBy(terminal::pull).hasMessageContaining("no insert into products");
            assertThat(TestDatabase.allText(till.database.file(), List.of("cashiers", "products"))).isEqualTo(before);
            assertThat(terminal.master.version()).isZero();
            assertThat(terminal.cashiers.byBadge("3003")).isEmpty();
            till.database.inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.execute("DROP TRIGGER temp.fail_products");
                }
            });

            // The server gone in the middle (stopped at once): the pull fails, nothing is applied.
            OfficeCluster.shared().stop();
            try {
                assertThatThrownBy(terminal::pull).isInstanceOf(SQLException.class);
                assertThat(TestDatabase.allText(till.database.file(), List.of("cashiers", "products")))
                        .isEqualTo(before);
            } finally {
                OfficeCluster.shared().start();
            }

            // Back: the whole pull at once.
            assertThat(terminal.pull()).isEqualTo(2);
            assertThat(terminal.cashiers.byBadge("3003")).map(Cashier::name).contains("Nila");
            assertThat(till.catalog.products()).extracting(Product::name).containsExactly("Rava kesari");
            assertThat(terminal.master.version()).isPositive();
        }
    }

    @Test
    void aTerminalReadsOnlyItsOwnStoresMasterDataAndWritesNone() throws Exception {
        OfficeCredentials chennai = manager.register("MD-RLS-A", "T01");
        manager.register("MD-RLS-B", "T01");
        MasterDataAdmin admin = masterData();
        admin.addCashier("MD-RLS-A", "Asha A", Role.CASHIER, Optional.of("1111"), Optional.empty());
        admin.addCashier("MD-RLS-B", "Bala B", Role.HEAD_CASHIER, Optional.of("2222"), Optional.of("9876"));
        admin.importCatalog("MD-RLS-B", List.of(new CatalogImport.Entry(2, "Idli", "Food", Money.of(4000, INR))));
        try (Connection connection = office.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO office.policies (store_id, terminal_id, policy) VALUES"
                    + " ('MD-RLS-A', '', '{\"blindClose\": true}'), ('MD-RLS-A', 'T09', '{\"blindClose\": false}')");
        }
        try (StoreTerminal terminal = new StoreTerminal(dir.resolve("a"), chennai);
             Connection connection = terminal.terminal.link.open();
             Statement statement = connection.createStatement()) {
            assertThat(rows(statement, "SELECT count(*) FROM office.cashiers")).isEqualTo(1);
            assertThat(rows(statement, "SELECT count(*) FROM office.cashiers WHERE store_id = 'MD-RLS-B'")).isZero();
            assertThat(rows(statement, "SELECT count(*) FROM office.products")).isZero();
            // The store's policy, not another terminal's own.
            assertThat(rows(statement, "SELECT count(*) FROM office.policies")).isEqualTo(1);
            for (String write : List.of(
                    "INSERT INTO office.cashiers (store_id, name, role) VALUES ('MD-RLS-A', 'Mallory', 'HEAD_CASHIER')",
                    "UPDATE office.cashiers SET active = true",
                    "UPDATE office.products SET price = 0 WHERE store_id = 'MD-RLS-B'",
                    "DELETE FROM office.cashiers",
                    "INSERT INTO office.policies (store_id, policy) VALUES ('MD-RLS-A', '{}')")) {
                assertThatThrownBy(() -> statement.executeUpdate(write)).as(write).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
                connection.rollback();
            }
            // Its pull brings its own store's one cashier and policy, and none of the other store's catalog.
            assertThat(terminal.pull()).isEqualTo(2);
            assertThat(terminal.master.terms().storePolicy()).contains("{\"blindClose\": true}");
            assertThat(terminal.master.terms().terminalPolicy()).isEmpty();
            assertThat(terminal.cashiers.byBadge("2222")).isEmpty();
        }
        // The terminal's login without its machine's claim (used by hand elsewhere) reads nothing at all.
        try (Connection connection = DriverManager.getConnection(office.url(), chennai.user(), chennai.password());
             Statement statement = connection.createStatement()) {
            assertThat(rows(statement, "SELECT count(*) FROM office.cashiers")).isZero();
            statement.execute("SELECT set_config('tillpoint.machine', repeat('a', 64), false)");
            assertThat(rows(statement, "SELECT count(*) FROM office.cashiers")).isZero();
        }
        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.cashiers WHERE store_id = ?",
                "MD-RLS-A")).isEqualTo(1);
    }

    @Test
    void theTerminalsOwnCommandsRefuseWhatTheOfficeManages() throws Exception {
        OfficeCredentials t01 = manager.register("MD-OWN", "T01");
        masterData().addCashier("MD-OWN", "Divya", Role.CASHIER, Optional.of("4004"), Optional.empty());
        masterData().importCatalog("MD-OWN", List.of(new CatalogImport.Entry(2, "Vada", "Food", Money.of(1500, INR))));
        try (StoreTerminal terminal = new StoreTerminal(dir.resolve("t01"), t01)) {
            terminal.pull();
            long divya = terminal.active("Divya").orElseThrow().id();
            assertThatThrownBy(() -> terminal.cashiers.add("Eve", Role.HEAD_CASHIER, Optional.of("6666"),
                    Optional.of("1234"))).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("managed by the back office (store MD-OWN)")
                    .hasMessageContaining("tillpoint office cashier");
            assertThatThrownBy(() -> terminal.cashiers.setPin(divya, "1111"))
                    .hasMessageContaining("managed by the back office");
            assertThatThrownBy(() -> terminal.cashiers.disable(divya)).hasMessageContaining("managed by the back office");
            assertThatThrownBy(() -> terminal.till.catalog.replace(List.of(new CatalogImport.Entry(2, "Free", "Food",
                    Money.of(0, INR))), "mine.csv")).hasMessageContaining("catalog is managed by the back office")
                    .hasMessageContaining("tillpoint office catalog import");
            assertThat(terminal.active("Divya")).isPresent();
            assertThat(terminal.cashiers.active()).extracting(Cashier::name).containsExactly("Divya");
            assertThat(terminal.till.catalog.products()).extracting(Product::name).containsExactly("Vada");
        }
    }

    @Test
    void badInputToTheOfficesCommandsIsSaidAndChangesNothing() throws Exception {
        manager.register("MD-BAD", "T01");
        String login = manager.login().toString();
        assertThat(manager.run("cashier", "add", "--office", login, "--store", "NOPE", "--name", "X", "--role",
                "CASHIER")).isEqualTo(2);
        assertThat(manager.err()).contains("no store \"NOPE\"");
        assertThat(manager.run("cashier", "add", "--office", login, "--store", "MD-BAD", "--name", "X", "--role",
                "CASHIER", "--pin", "12")).isEqualTo(2);
        assertThat(manager.err()).contains("A PIN has 4 to 12 digits");
        assertThat(manager.run("cashier", "add", "--office", login, "--store", "MD-BAD", "--name", "<html>X", "--role",
                "CASHIER")).isEqualTo(2);
        assertThat(manager.run("cashier", "add", "--office", login, "--store", "MD-BAD", "--name", "X", "--role",
                "BOSS")).isEqualTo(2);
        assertThat(manager.err()).contains("unknown role");
        assertThat(manager.run("cashier", "add", "--office", login, "--store", "MD-BAD", "--name", "Xavier", "--role",
                "CASHIER", "--badge", "8008")).isZero();
        assertThat(manager.run("cashier", "add", "--office", login, "--store", "MD-BAD", "--name", "Yamini", "--role",
                "CASHIER", "--badge", "8008")).isEqualTo(2);
        assertThat(manager.err()).contains("already used by Xavier");
        assertThat(manager.run("cashier", "disable", "--office", login, "--store", "MD-BAD", "--id", "999999"))
                .isEqualTo(2);
        assertThat(manager.err()).contains("no cashier with the id 999999");
        assertThat(manager.run("cashier", "disable", "--office", login, "--store", "MD-BAD", "--id", "x")).isEqualTo(2);
        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.cashiers WHERE store_id = ?",
                "MD-BAD")).isEqualTo(1);
        assertThat(manager.run("cashier", "list", "--office", login, "--store", "MD-BAD")).isZero();
        assertThat(manager.out()).contains("Xavier").contains("active").doesNotContain("8008");

        Path catalog = dir.resolve("bad.csv");
        Files.writeString(catalog, "name,category,price\nTea,Drinks,abc\nCoffee,,10.00\nCake,Food,5.00\n");
        assertThat(manager.run("catalog", "import", "--office", login, "--store", "MD-BAD", "--currency", "INR",
                catalog.toString())).isEqualTo(2);
        assertThat(manager.err()).contains("line 2").contains("line 3")
                .doesNotContain("line 4");
        assertThat(manager.run("catalog", "import", "--office", login, "--store", "MD-BAD", "--currency", "XYZ",
                catalog.toString())).isEqualTo(2);
        assertThat(manager.run("catalog", "import", "--office", login, "--store", "MD-BAD", "--currency", "INR",
                dir.resolve("missing.csv").toString())).isEqualTo(2);
        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.products WHERE store_id = ?",
                "MD-BAD")).isZero();
    }

    private static long rows(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
