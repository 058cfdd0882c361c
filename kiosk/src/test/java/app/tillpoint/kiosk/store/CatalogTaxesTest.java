package app.tillpoint.kiosk.store;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.sale.TaxRate;
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

/** The catalog's tax rates: imported from CSV and JSON, every bad line named, stored (V10) and read back. */
class CatalogTaxesTest {
    private static final List<TaxRate> GST_18 = List.of(TaxRate.of("CGST", "9"), TaxRate.of("SGST", "9"));
    private static final List<TaxRate> GST_5 = List.of(TaxRate.of("CGST", "2.5"), TaxRate.of("SGST", "2.5"));

    @TempDir
    Path dir;

    private final CatalogImport reader = new CatalogImport(INR);

    @Test
    void csvTakesATaxesColumnOfRatesJoinedByPlus() throws Exception {
        Path file = write("catalog.csv", """
                name,category,price,taxes
                Shampoo,Care,199.00,CGST 9% + SGST 9%
                Atta 1 kg,Grocery,52.00,CGST 2.50%+SGST 2.5%
                Rice,Grocery,60.00,
                Import,Other,10.00,IGST 18%
                """);

        assertThat(reader.read(file)).containsExactly(
                new CatalogImport.Entry(2, "Shampoo", "Care", rupees(199)).withTaxes(GST_18),
                new CatalogImport.Entry(3, "Atta 1 kg", "Grocery", rupees(52)).withTaxes(GST_5),
                new CatalogImport.Entry(4, "Rice", "Grocery", rupees(60)),
                new CatalogImport.Entry(5, "Import", "Other", rupees(10)).withTaxes(List.of(TaxRate.of("IGST", "18"))));
    }

    @Test
    void jsonTakesAListOfRates() throws Exception {
        Path file = write("catalog.json", """
                [
                  {"name": "Shampoo", "category": "Care", "price": "199.00",
                   "taxes": [{"name": "CGST", "percent": "9"}, {"name": "SGST", "percent": "9"}]},
                  {"name": "Rice", "category": "Grocery", "price": "60"}
                ]
                """);

        assertThat(reader.read(file)).containsExactly(
                new CatalogImport.Entry(2, "Shampoo", "Care", rupees(199)).withTaxes(GST_18),
                new CatalogImport.Entry(4, "Rice", "Grocery", rupees(60)));
    }

    @Test
    void everyBadRateIsNamedByItsLineAndNothingIsImported() throws Exception {
        Path file = write("catalog.csv", """
                name,category,price,taxes
                Good,Care,1.00,VAT 19%
                Negative,Care,1.00,VAT -5%
                Over,Care,1.00,VAT 101%
                Unnamed,Care,1.00, 9%
                Words,Care,1.00,VAT nine%
                NoPercent,Care,1.00,VAT 9
                Twice,Care,1.00,CGST 9% + cgst 9%
                Markup,Care,1.00,<b>VAT</b> 9%
                """);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(CatalogImport.InvalidCatalogException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "line 3: The tax rate VAT must be from 0 to 100 %, not -5 %",
                        "line 4: The tax rate VAT must be from 0 to 100 %, not 101 %",
                        "line 5: the tax \"9%\" must be a name and a percentage, such as CGST 9% + SGST 9%",
                        "line 6: The tax rate VAT must be a percentage such as 9 or 2.5, not \"nine\"",
                        "line 7: the tax \"VAT 9\" must be a name and a percentage, such as CGST 9% + SGST 9%",
                        "line 8: the tax cgst is listed twice",
                        "line 9: the tax's name " + app.tillpoint.api.ShownText.problemInName("<b>VAT</b>")
                                .orElseThrow()));

        try (TestTill till = TestTill.in(dir).open()) {
            List<Product> before = till.catalog.products();
            assertThatThrownBy(() -> till.catalog.replace(reader.read(file), "catalog.csv"))
                    .isInstanceOf(CatalogImport.InvalidCatalogException.class);
            assertThat(till.catalog.products()).isEqualTo(before);
        }
    }

    @Test
    void badJsonRatesAreNamedByTheirLine() throws Exception {
        Path file = write("catalog.json", """
                [
                  {"name": "A", "category": "C", "price": "1", "taxes": "VAT 19%"},
                  {"name": "B", "category": "C", "price": "1", "taxes": [{"name": "VAT", "percent": 19}]},
                  {"name": "C", "category": "C", "price": "1", "taxes": [{"name": "", "percent": "19"}]},
                  {"name": "D", "category": "C", "price": "1", "taxes": [{"name": "VAT", "percent": "19", "x": 1}]}
                ]
                """);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(CatalogImport.InvalidCatalogException.class,
                e -> assertThat(e.problems()).containsExactly(
                        "line 2 (product 1): taxes must be a list such as [{\"name\": \"CGST\", \"percent\": \"9\"}], "
                                + "not \"VAT 19%\"",
                        "line 3 (product 2): each tax must be {\"name\": \"CGST\", \"percent\": \"9\"} with both in "
                                + "quotes, not {\"name\":\"VAT\",\"percent\":19}",
                        "line 4 (product 3): A tax rate needs a name, such as CGST or VAT",
                        "line 5 (product 4): unknown field \"x\" in a tax (known fields: name, percent)"));
    }

    @Test
    void theStoreKeepsTheRatesAndAnImportReplacesThem() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            assertThat(till.product("Masala chai").taxes()).as("the demo's GST").isEqualTo(GST_5);
            assertThat(till.product("Lemon soda").taxes()).isEqualTo(GST_18);
            long chai = till.product("Masala chai").id();

            till.catalog.replace(reader.read(write("new.csv", """
                    name,category,price,taxes
                    Masala chai,Drinks,20.00,CGST 9% + SGST 9%
                    Samosa,Snacks,15.00,
                    """)), "new.csv");

            assertThat(till.product("Masala chai").taxes()).isEqualTo(GST_18);
            assertThat(till.product("Masala chai").id()).isEqualTo(chai);
            assertThat(till.product("Samosa").taxes()).isEmpty();
            assertThat(till.catalog.onSale(chai).orElseThrow().taxes()).isEqualTo(GST_18);
            assertThat(TestDatabase.queryLong(till.test.file(), "SELECT count(*) FROM product_taxes")).isEqualTo(2);
        }
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
