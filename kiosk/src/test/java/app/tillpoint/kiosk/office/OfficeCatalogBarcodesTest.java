package app.tillpoint.kiosk.office;

import app.tillpoint.api.catalog.Barcode;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.TaxRate;
import app.tillpoint.kiosk.store.CatalogImport;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static app.tillpoint.kiosk.store.TestTill.INR;
import static app.tillpoint.kiosk.store.TestTill.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Barcodes and tax rates in the office's catalog, against a real PostgreSQL: {@code office catalog import} takes them
 * from the CSV the terminal imports (office V4), the terminal's pull stores them with the products in one SQLite
 * transaction, a scan finds the product and its tax comes out to the paisa; a barcode taken off in the office stops
 * finding it; a barcode that does not read refuses the pull and leaves the terminal's catalog as it was.
 */
@Tag("office")
class OfficeCatalogBarcodesTest {
    private static final String CATALOG = """
            name,category,price,taxes,barcodes
            Atta 1 kg,Grocery,52.00,CGST 2.5% + SGST 2.5%,8901234000014
            Shampoo,Care,199.00,CGST 9% + SGST 9%,4006381333931 upce:04252614
            Cashews (per kg),Dry fruit,999.99,CGST 2.5% + SGST 2.5%,2110001000003
            """;
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

    @Test
    void importedBarcodesAndRatesArePulledScannedAndTaxedToThePaisa() throws Exception {
        OfficeCredentials t01 = manager.register("BC-CHN", "T01");
        importCatalog("BC-CHN", CATALOG);
        try (OfficeTerminal terminal = new OfficeTerminal(dir.resolve("t01"), office.url(), t01)) {
            TestTill till = terminal.till;
            assertThat(pull(terminal, "BC-CHN")).isEqualTo(3);

            Product atta = till.catalog.byBarcode("8901234000014").orElseThrow();
            Product shampoo = till.catalog.byBarcode("04252614").orElseThrow();
            assertThat(atta.name()).isEqualTo("Atta 1 kg");
            assertThat(atta.taxes()).containsExactly(TaxRate.of("CGST", "2.5"), TaxRate.of("SGST", "2.5"));
            assertThat(till.catalog.byBarcode("4006381333931")).contains(shampoo);
            assertThat(shampoo.taxes()).containsExactly(TaxRate.of("CGST", "9"), TaxRate.of("SGST", "9"));
            assertThat(till.catalog.byBarcode("2110001000003")).map(Product::name).contains("Cashews (per kg)");

            till.open(count(2));
            Cart cart = Cart.empty(INR).add(atta).withQuantity(atta.id(), 3).add(shampoo)
                    .withQuantity(shampoo.id(), 2);
            Order order = till.sales.sellForCash(new CashSale(till.asha, cart, Money.ofMajor(600, INR)));
            // 156.00 × 2.5 / 105 = 3.714 → ₹3.71 of CGST and of SGST; 398.00 × 9 / 118 = 30.355 → ₹30.36 each.
            assertThat(order.total()).isEqualTo(Money.of(55_400, INR));
            assertThat(order.taxes().tax()).isEqualTo(Money.of(2 * 371 + 2 * 3_036, INR));
            assertThat(TestDatabase.queryLong(till.database.file(), "SELECT sum(tax) FROM order_taxes"))
                    .isEqualTo(2 * 371 + 2 * 3_036);

            // The UPC-E taken off the shampoo in the office: the next pull stops it finding the shampoo.
            importCatalog("BC-CHN", CATALOG.replace(" upce:04252614", ""));
            assertThat(manager.out()).contains("1 changed");
            assertThat(pull(terminal, "BC-CHN")).isEqualTo(1);
            assertThat(till.catalog.byBarcode("04252614")).isEmpty();
            assertThat(till.catalog.byBarcode("4006381333931")).map(Product::name).contains("Shampoo");
        }
    }

    @Test
    void aBarcodeThatDoesNotReadRefusesThePullAndTheTerminalKeepsItsCatalog() throws Exception {
        OfficeCredentials t01 = manager.register("BC-BAD", "T01");
        importCatalog("BC-BAD", CATALOG);
        try (OfficeTerminal terminal = new OfficeTerminal(dir.resolve("t01"), office.url(), t01)) {
            TestTill till = terminal.till;
            pull(terminal, "BC-BAD");
            long version = new SqlMasterData(till.database, till.clock).version();
            try (Connection connection = office.connect(); Statement statement = connection.createStatement()) {
                // Written past the import, whose check would refuse it: the EAN-13's check digit is wrong.
                statement.executeUpdate("UPDATE office.products SET barcodes = '{4006381333932}', price = 18900"
                        + " WHERE store_id = 'BC-BAD' AND name = 'Shampoo'");
            }

            assertThatThrownBy(() -> pull(terminal, "BC-BAD")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("has a barcode that does not read, 4006381333932");

            assertThat(new SqlMasterData(till.database, till.clock).version()).isEqualTo(version);
            assertThat(till.catalog.byBarcode("4006381333931")).map(Product::price)
                    .contains(Money.of(19_900, INR));
            assertThat(till.catalog.byBarcode("4006381333932")).isEmpty();
        }
    }

    @Test
    void onTheFirstPullTheTerminalsOwnBarcodesGiveWayToTheOffices() throws Exception {
        OfficeCredentials t01 = manager.register("BC-OWN", "T01");
        importCatalog("BC-OWN", CATALOG);
        try (OfficeTerminal terminal = new OfficeTerminal(dir.resolve("t01"), office.url(), t01)) {
            TestTill till = terminal.till;
            // The terminal's own catalog, before the office's: its chai has the code the office gives the atta.
            till.catalog.replace(List.of(new CatalogImport.Entry(2, "Masala chai", "Drinks", Money.of(2_000, INR),
                    List.of(), List.of(Barcode.parse("8901234000014")))), "own.csv");
            assertThat(till.catalog.byBarcode("8901234000014")).map(Product::name).contains("Masala chai");

            assertThat(pull(terminal, "BC-OWN")).isEqualTo(3);

            assertThat(till.catalog.byBarcode("8901234000014")).map(Product::name).contains("Atta 1 kg");
            assertThat(TestDatabase.queryLong(till.database.file(), "SELECT count(*) FROM product_barcodes"))
                    .isEqualTo(4);
        }
    }

    private void importCatalog(String store, String csv) throws Exception {
        Path file = Files.writeString(dir.resolve(store + ".csv"), csv);
        assertThat(manager.run("catalog", "import", "--office", manager.login().toString(), "--store", store,
                "--currency", "INR", file.toString())).as(manager.err()).isZero();
    }

    private static int pull(OfficeTerminal terminal, String store) throws SQLException {
        SqlMasterData master = new SqlMasterData(terminal.till.database, terminal.till.clock);
        try (Connection connection = terminal.link.open()) {
            return new MasterDataPull(master, store).pullOnce(connection);
        }
    }
}
