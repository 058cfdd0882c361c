package app.tillpoint.kiosk.store;

import app.tillpoint.api.catalog.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static app.tillpoint.kiosk.store.TestTill.INR;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogImportTest {

    @TempDir
    Path dir;

    private final CatalogImport reader = new CatalogImport(INR);

    @Test
    void readsCsvWithQuotedFieldsAndUtf8() throws Exception {
        Path file = write("catalog.csv", """
                name,category,price
                Masala chai,Drinks,20.00
                "Tea, ginger",Drinks,22.5
                "The ""special"" thali",Meals,120
                Crème brûlée,Sweets,90.00
                """);

        List<CatalogImport.Entry> entries = reader.read(file);

        assertThat(entries).containsExactly(
                new CatalogImport.Entry(2, "Masala chai", "Drinks", rupees(20)),
                new CatalogImport.Entry(3, "Tea, ginger", "Drinks", TestTill.rupees(22).plus(
                        app.tillpoint.api.money.Money.of(50, INR))),
                new CatalogImport.Entry(4, "The \"special\" thali", "Meals", rupees(120)),
                new CatalogImport.Entry(5, "Crème brûlée", "Sweets", rupees(90)));
    }

    @Test
    void readsJson() throws Exception {
        Path file = write("catalog.json", """
                [
                  {"name": "Masala chai", "category": "Drinks", "price": "20.00"},
                  {"name": "Samosa", "category": "Snacks", "price": "15"}
                ]
                """);

        assertThat(reader.read(file)).containsExactly(
                new CatalogImport.Entry(2, "Masala chai", "Drinks", rupees(20)),
                new CatalogImport.Entry(3, "Samosa", "Snacks", rupees(15)));
    }

    @Test
    void namesEveryBadCsvLineWithWhatIsWrong() throws Exception {
        Path file = write("catalog.csv", """
                name,category,price
                Masala chai,Drinks,20.00
                Samosa,Snacks,₹15
                ,Snacks,10.00
                Vada pav,Snacks
                Lassi,Drinks,60.001
                masala chai,drinks,21.00
                """);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(CatalogImport.InvalidCatalogException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "line 3: price \"₹15\" is not an amount of INR (digits with at most 2 decimals, no sign, "
                                + "no currency symbol, such as 12.50)",
                        "line 4: the name is empty",
                        "line 5: has 2 fields, not 3 (name,category,price); quote a name that holds a comma",
                        "line 6: price \"60.001\" is not an amount of INR (digits with at most 2 decimals, no sign, "
                                + "no currency symbol, such as 12.50)",
                        "line 7: \"masala chai\" in \"drinks\" is listed twice (also line 2)"));
    }

    @Test
    void namesBadJsonEntriesByLine() throws Exception {
        Path file = write("catalog.json", """
                [
                  {"name": "Masala chai", "category": "Drinks", "price": 20.00},
                  {"name": "Samosa", "price": "15.00"},
                  {"name": "Lassi", "category": "Drinks", "price": "60.00", "colour": "white"}
                ]
                """);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(CatalogImport.InvalidCatalogException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "line 2 (product 1): price must be written in quotes, such as \"20.00\", not the number 20.0",
                        "line 3 (product 2): category is missing",
                        "line 4 (product 3): unknown field \"colour\" (known fields: name, category, price, "
                                + "taxes, barcodes, image)"));
    }

    @Test
    void refusesMarkupDirectionControlsAndControlCharactersInNamesAndCategoriesNamingEachLine() throws Exception {
        Path csv = write("catalog.csv", """
                name,category,price
                Masala chai,Drinks,20.00
                <html><img src=http://127.0.0.1:9/x>,Drinks,20.00
                Samosa,<b>Snacks</b>,15.00
                "Chai <IMG src=x>",Drinks,20.00
                Lassi \u202E001,Drinks,60.00
                Kulfi,Sweets\u2067,40.00
                Jalebi\u200F,Sweets,50.00
                Rasgulla\u0007,Sweets,35.00
                "Vada
                pav",Snacks,25.00
                """);

        assertThatThrownBy(() -> reader.read(csv)).isInstanceOfSatisfying(CatalogImport.InvalidCatalogException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "line 3: the name holds markup (\"<html\")",
                        "line 4: the category holds markup (\"<b\")",
                        "line 5: the name holds markup (\"<IMG\")",
                        "line 6: the name holds a character that changes the writing direction (U+202E)",
                        "line 7: the category holds a character that changes the writing direction (U+2067)",
                        "line 8: the name holds a character that changes the writing direction (U+200F)",
                        "line 9: the name holds a control character (U+0007)",
                        "line 10: the name holds a control character (a line break or tab)"));

        Path json = write("catalog.json", """
                [
                  {"name": "Masala chai", "category": "Drinks", "price": "20.00"},
                  {"name": "</b>Samosa", "category": "Snacks", "price": "15.00"},
                  {"name": "Lassi", "category": "Drinks\u061C", "price": "60.00"}
                ]
                """);
        assertThatThrownBy(() -> reader.read(json)).isInstanceOfSatisfying(
                CatalogImport.InvalidCatalogException.class, e -> assertThat(e.problems()).containsExactly(
                        "line 3 (product 2): the name holds markup (\"</b\")",
                        "line 4 (product 3): the category holds a character that changes the writing direction "
                                + "(U+061C)"));
    }

    @Test
    void aPriceAboveTheHighestIsRefusedAndTheHighestIsTaken() throws Exception {
        assertThat(CatalogImport.MAX_PRICE_MINOR_UNITS).isEqualTo(10_000_000_000L);
        Path file = write("catalog.csv", """
                name,category,price
                Gold bar,Gold,100000000.00
                Platinum bar,Gold,100000000.01
                Diamond,Gold,999999999999999.99
                """);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(CatalogImport.InvalidCatalogException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "line 3: price \"100000000.01\" is more than the highest price, 100000000.00",
                        "line 4: price \"999999999999999.99\" is more than the highest price, 100000000.00"));
        assertThat(reader.read(write("gold.csv", "name,category,price\nGold bar,Gold,100000000.00\n")))
                .containsExactly(new CatalogImport.Entry(2, "Gold bar", "Gold",
                        app.tillpoint.api.money.Money.of(10_000_000_000L, INR)));
    }

    @Test
    void refusesAWrongHeaderBrokenJsonAndAnEmptyList() throws Exception {
        assertThatThrownBy(() -> reader.read(write("a.csv", "product,price\nTea,10\n")))
                .hasMessageContaining("line 1: the header must be name,category,price, not product,price");
        assertThatThrownBy(() -> reader.read(write("b.json", "[{\"name\": \"Tea\",\n")))
                .hasMessageContaining("line 2: not valid JSON");
        assertThatThrownBy(() -> reader.read(write("c.json", "[]")))
                .hasMessageContaining("the file lists no products");
        assertThatThrownBy(() -> reader.read(write("d.txt", "name,category,price\n")))
                .hasMessageContaining("must end in .csv or .json");
    }

    @Test
    void anImportReplacesTheCatalogKeepingIdsAndTakingTheRestOffSale() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            Product chai = till.product("Masala chai");
            assertThat(till.catalog.products()).hasSize(12);
            assertThat(till.catalog.categories()).containsExactly("Drinks", "Snacks", "Sweets");

            SqlCatalog.Imported imported = till.catalog.replace(reader.read(write("new.csv", """
                    name,category,price
                    Samosa,Snacks,16.00
                    Masala chai,Drinks,22.00
                    Kulfi,Desserts,40.00
                    """)), "new.csv");

            assertThat(imported).isEqualTo(new SqlCatalog.Imported(1, 2, 10));
            assertThat(till.catalog.categories()).containsExactly("Snacks", "Drinks", "Desserts");
            assertThat(till.catalog.products()).extracting(Product::name)
                    .containsExactly("Samosa", "Masala chai", "Kulfi");
            assertThat(till.product("Masala chai").id()).isEqualTo(chai.id());
            assertThat(till.product("Masala chai").price()).isEqualTo(rupees(22));
            assertThat(till.catalog.onSale(till.product("Kulfi").id())).isPresent();
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT count(*) FROM products")).isEqualTo(13);
        }
    }

    @Test
    void aFailedImportChangesNothing() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            List<Product> before = till.catalog.products();
            TestDatabase.failInsertsInto(till.database, "products", "NEW.name = 'Kulfi'");

            List<CatalogImport.Entry> entries = reader.read(write("new.csv", """
                    name,category,price
                    Samosa,Snacks,16.00
                    Kulfi,Desserts,40.00
                    """));
            assertThatThrownBy(() -> till.catalog.replace(entries, "new.csv")).isInstanceOf(StoreException.class);

            assertThat(till.catalog.products()).isEqualTo(before);
        }
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
