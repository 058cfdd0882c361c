package app.tillpoint.kiosk.store;

import app.tillpoint.api.catalog.Barcode;
import app.tillpoint.api.catalog.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static app.tillpoint.kiosk.store.TestTill.INR;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Barcodes in the catalog: read from CSV and JSON, checked line by line, stored, and looked up as scanned. */
class BarcodeImportTest {

    @TempDir
    Path dir;

    private final CatalogImport reader = new CatalogImport(INR);

    @Test
    void readsTheBarcodesColumnOfACsv() throws Exception {
        Path file = write("catalog.csv", """
                name,category,price,barcodes
                Pen,Stationery,20.00,4006381333931 upce:04252614
                Gum,Sweets,10.00,036000291452
                Loose tea,Drinks,120.00,
                Notebook,Stationery,45.00,96385074  TP-NB-01
                """);

        assertThat(reader.read(file)).containsExactly(
                new CatalogImport.Entry(2, "Pen", "Stationery", rupees(20))
                        .withBarcodes(List.of(Barcode.parse("4006381333931"), Barcode.parse("upce:04252614"))),
                new CatalogImport.Entry(3, "Gum", "Sweets", rupees(10))
                        .withBarcodes(List.of(Barcode.parse("036000291452"))),
                new CatalogImport.Entry(4, "Loose tea", "Drinks", rupees(120)),
                new CatalogImport.Entry(5, "Notebook", "Stationery", rupees(45))
                        .withBarcodes(List.of(new Barcode(Barcode.Kind.EAN_8, "96385074"),
                                new Barcode(Barcode.Kind.CODE_128, "TP-NB-01"))));
    }

    @Test
    void namesEveryBadBarcodeWithItsLineAndWhy() throws Exception {
        Path file = write("catalog.csv", """
                name,category,price,barcodes
                Pen,Stationery,20.00,4006381333932
                Gum,Sweets,10.00,ean13:036000291452
                Mint,Sweets,10.00,ean13:40063813339A1
                Notebook,Stationery,45.00,96385074 96385074
                Eraser,Stationery,5.00,0036000291452
                Ruler,Stationery,15.00,upce:21234565
                Sketch pen,Stationery,30.00,4006381333931
                Pencil,Stationery,8.00,code128:TP\u00e9
                Glue,Stationery,25.00
                """);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(CatalogImport.InvalidCatalogException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "line 2: barcode EAN-13 4006381333932: the check digit is 2, it should be 1",
                        "line 3: barcode EAN-13 036000291452: 12 digits, not 13",
                        "line 4: barcode EAN-13 \"40063813339A1\": only digits, no letter or sign",
                        "line 5: the barcode 96385074 is listed twice for this product",
                        "line 7: barcode UPC-E 21234565: it starts with its number system, 0 or 1, not 2",
                        "line 9: barcode Code 128 \"TP\u00e9\": only letters, digits and ASCII signs, no space "
                                + "(character 3)",
                        "line 10: has 3 fields, not 4 (name,category,price,barcodes); quote a name that holds a "
                                + "comma"));
    }

    @Test
    void aBarcodeNamesOneProductAUpcAAndItsEan13Too() throws Exception {
        Path file = write("catalog.csv", """
                name,category,price,barcodes
                Gum,Sweets,10.00,036000291452
                Pen,Stationery,20.00,4006381333931
                Mint gum,Sweets,12.00,0036000291452
                Sketch pen,Stationery,30.00,ean13:4006381333931
                """);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(CatalogImport.InvalidCatalogException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "line 4: the barcode 0036000291452 of \"Mint gum\" is already \"Gum\"'s (line 2)",
                        "line 5: the barcode 4006381333931 of \"Sketch pen\" is already \"Pen\"'s (line 3)"));
    }

    @Test
    void readsAndChecksJsonBarcodes() throws Exception {
        Path good = write("catalog.json", """
                [
                  {"name": "Pen", "category": "Stationery", "price": "20.00", "barcodes": ["4006381333931"]},
                  {"name": "Loose tea", "category": "Drinks", "price": "120.00"}
                ]
                """);
        assertThat(reader.read(good)).containsExactly(
                new CatalogImport.Entry(2, "Pen", "Stationery", rupees(20))
                        .withBarcodes(List.of(Barcode.parse("4006381333931"))),
                new CatalogImport.Entry(3, "Loose tea", "Drinks", rupees(120)));

        Path bad = write("bad.json", """
                [
                  {"name": "Pen", "category": "Stationery", "price": "20.00", "barcodes": [4006381333931]},
                  {"name": "Gum", "category": "Sweets", "price": "10.00", "barcodes": "036000291452"},
                  {"name": "Mint", "category": "Sweets", "price": "10.00", "barcodes": ["036000291453"]}
                ]
                """);
        assertThatThrownBy(() -> reader.read(bad)).isInstanceOfSatisfying(CatalogImport.InvalidCatalogException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "line 2 (product 1): each barcode must be a text in quotes, such as \"4006381333931\", not "
                                + "4006381333931",
                        "line 3 (product 2): barcodes must be a list of texts in quotes, such as "
                                + "[\"4006381333931\"], not \"036000291452\"",
                        "line 4 (product 3): barcode UPC-A 036000291453: the check digit is 3, it should be 2"));
    }

    @Test
    void storedBarcodesFindTheirProductAsAScannerSendsThem() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.catalog.replace(reader.read(write("catalog.csv", """
                    name,category,price,barcodes
                    Pen,Stationery,20.00,4006381333931
                    Gum,Sweets,10.00,036000291452 upce:04252614
                    Notebook,Stationery,45.00,TP-NB-01
                    """)), "catalog.csv");

            assertThat(till.catalog.byBarcode("4006381333931")).map(Product::name).contains("Pen");
            // A scanner set to send EAN-13 sends the UPC-A with its leading zero; a UPC-E as printed, or expanded.
            assertThat(till.catalog.byBarcode("0036000291452")).map(Product::name).contains("Gum");
            assertThat(till.catalog.byBarcode("04252614")).map(Product::name).contains("Gum");
            assertThat(till.catalog.byBarcode("042100005264")).map(Product::name).contains("Gum");
            assertThat(till.catalog.byBarcode(" TP-NB-01 ")).map(Product::name).contains("Notebook");
            assertThat(till.catalog.byBarcode("4006381333932")).isEmpty();
            assertThat(till.catalog.byBarcode("tp-nb-01")).isEmpty();
            assertThat(till.catalog.byBarcode("")).isEmpty();
            assertThat(till.catalog.barcodes().get(till.product("Gum").id()))
                    .containsExactly(Barcode.parse("036000291452"), Barcode.parse("upce:04252614"));
        }
    }

    @Test
    void aNewImportReplacesTheBarcodesAndAProductOffSaleIsNotFound() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.catalog.replace(reader.read(write("first.csv", """
                    name,category,price,barcodes
                    Pen,Stationery,20.00,4006381333931
                    Gum,Sweets,10.00,036000291452
                    """)), "first.csv");
            till.catalog.replace(reader.read(write("second.csv", """
                    name,category,price,barcodes
                    Sketch pen,Stationery,30.00,4006381333931
                    Pen,Stationery,20.00,
                    """)), "second.csv");

            assertThat(till.catalog.byBarcode("4006381333931")).map(Product::name).contains("Sketch pen");
            assertThat(till.catalog.byBarcode("036000291452")).isEmpty();
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT count(*) FROM product_barcodes")).isEqualTo(1);
        }
    }

    @Test
    void aBadFileChangesNeitherProductsNorBarcodes() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            List<Product> before = till.catalog.products();
            Map<Long, List<Barcode>> barcodesBefore = till.catalog.barcodes();

            assertThatThrownBy(() -> till.catalog.replace(reader.read(write("bad.csv", """
                    name,category,price,barcodes
                    Pen,Stationery,20.00,4006381333931
                    Gum,Sweets,10.00,036000291453
                    """)), "bad.csv")).isInstanceOf(CatalogImport.InvalidCatalogException.class);
            // A failure while storing the barcodes undoes the products too: one transaction.
            TestDatabase.failInsertsInto(till.database, "product_barcodes", "NEW.code = '036000291452'");
            List<CatalogImport.Entry> entries = reader.read(write("good.csv", """
                    name,category,price,barcodes
                    Pen,Stationery,20.00,4006381333931
                    Gum,Sweets,10.00,036000291452
                    """));
            assertThatThrownBy(() -> till.catalog.replace(entries, "good.csv")).isInstanceOf(StoreException.class);

            assertThat(till.catalog.products()).isEqualTo(before);
            assertThat(till.catalog.barcodes()).isEqualTo(barcodesBefore);
            assertThat(till.catalog.byBarcode("4006381333931")).isEmpty();
        }
    }

    @Test
    void theDatabaseItselfHoldsOneProductPerBarcode() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            long chai = till.product("Masala chai").id();
            long samosa = till.product("Samosa").id();
            try (Connection raw = TestDatabase.raw(till.test.file()); Statement statement = raw.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO product_barcodes (lookup, product_id, "
                        + "kind, code) SELECT lookup, " + samosa + ", kind, code FROM product_barcodes WHERE "
                        + "product_id = " + chai + " LIMIT 1"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("UNIQUE");
            }
        }
    }

    @Test
    void theDemoCatalogHasBarcodes() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            assertThat(till.catalog.byBarcode("8901234000014")).map(Product::name).contains("Masala chai");
            assertThat(till.catalog.byBarcode("TP-CHAI")).map(Product::name).contains("Masala chai");
            assertThat(till.catalog.byBarcode("96385074")).map(Product::name).contains("Samosa");
            assertThat(till.catalog.byBarcode("04252614")).map(Product::name).contains("Rasgulla");
            assertThat(till.catalog.byBarcode("012345678905")).map(Product::name).contains("Lemon soda");
        }
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
