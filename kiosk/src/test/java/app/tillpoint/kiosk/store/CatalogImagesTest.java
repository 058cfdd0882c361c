package app.tillpoint.kiosk.store;

import app.tillpoint.api.catalog.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static app.tillpoint.kiosk.store.TestTill.INR;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A product's picture (V19): named by the catalog file, stored as that name, handed out in the data folder's images/. */
class CatalogImagesTest {
    @TempDir
    Path dir;

    private final CatalogImport reader = new CatalogImport(INR);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void csvAndJsonNameAPictureInTheImagesFolderOrNone() throws Exception {
        List<CatalogImport.Entry> csv = reader.csv("""
                name,category,price,image
                Masala chai,Drinks,20.00,chai.png
                Samosa,Snacks,15.00,
                Lassi,Drinks,60.00, drinks/Lassi.JPG\s
                """, "catalog.csv");
        assertThat(csv).extracting(CatalogImport.Entry::image).containsExactly("chai.png", null, "drinks/Lassi.JPG");

        List<CatalogImport.Entry> json = reader.json("""
                [{"name": "Masala chai", "category": "Drinks", "price": "20.00", "image": "chai.gif"},
                 {"name": "Samosa", "category": "Snacks", "price": "15.00", "image": null},
                 {"name": "Vada", "category": "Snacks", "price": "25.00"}]
                """, "catalog.json");
        assertThat(json).extracting(CatalogImport.Entry::image).containsExactly("chai.gif", null, null);
    }

    @Test
    void aNameThatLeavesTheFolderOrIsNoPictureFailsTheWholeFileNamingEachLine() {
        assertThatThrownBy(() -> reader.csv("""
                name,category,price,image
                A,Drinks,20.00,../../etc/passwd.png
                B,Drinks,20.00,/etc/shadow.png
                C,Drinks,20.00,C:\\\\Windows\\\\x.png
                D,Drinks,20.00,script.exe
                E,Drinks,20.00,%s.png
                F,Drinks,20.00,fine.png
                """.formatted("x".repeat(200)), "catalog.csv"))
                .isInstanceOf(CatalogImport.InvalidCatalogException.class)
                .satisfies(e -> assertThat(((CatalogImport.InvalidCatalogException) e).problems()).containsExactly(
                        "line 2: image \"../../etc/passwd.png\" must be a file name inside the images folder, such as "
                                + "chai.png or drinks/lassi.jpg (no /, \\, : or .. to leave it)",
                        "line 3: image \"/etc/shadow.png\" must be a file name inside the images folder, such as "
                                + "chai.png or drinks/lassi.jpg (no /, \\, : or .. to leave it)",
                        "line 4: image \"C:\\\\Windows\\\\x.png\" must be a file name inside the images folder, such as "
                                + "chai.png or drinks/lassi.jpg (no /, \\, : or .. to leave it)",
                        "line 5: image \"script.exe\" must be a PNG, JPEG or GIF file (.png, .jpg, .jpeg or .gif)",
                        "line 6: image \"" + "x".repeat(200) + ".png\" is 204 characters long; at most 200"));
        assertThatThrownBy(() -> reader.json("""
                [{"name": "A", "category": "Drinks", "price": "20.00", "image": 7}]
                """, "catalog.json"))
                .isInstanceOf(CatalogImport.InvalidCatalogException.class)
                .hasMessageContaining("line 1 (product 1): image must be a file name in quotes, such as \"chai.png\", "
                        + "not 7");
    }

    @Test
    void theCatalogHandsOutThePictureInTheDataFoldersImagesAndAnImportReplacesIt() throws Exception {
        Database database = TestDatabase.in(dir).open();
        try {
            SqlCatalog catalog = new SqlCatalog(database, INR, clock);
            catalog.replace(List.of(new CatalogImport.Entry(2, "Masala chai", "Drinks", rupees(20)).withImage(
                    "drinks/chai.png"), new CatalogImport.Entry(3, "Samosa", "Snacks", rupees(15))), "catalog.csv");

            assertThat(catalog.images()).isEqualTo(dir.toAbsolutePath().resolve("images"));
            assertThat(catalog.products()).extracting(Product::image)
                    .containsExactly(dir.toAbsolutePath().resolve("images/drinks/chai.png"), null);
            long chai = catalog.products().get(0).id();
            assertThat(catalog.onSale(chai).orElseThrow().image())
                    .isEqualTo(dir.toAbsolutePath().resolve("images/drinks/chai.png"));

            catalog.replace(List.of(new CatalogImport.Entry(2, "Masala chai", "Drinks", rupees(20))), "catalog.csv");
            assertThat(catalog.products()).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo(chai);
                assertThat(p.image()).isNull();
            });
        } finally {
            database.close();
        }
    }

    @Test
    void theDatabaseRefusesANameThatLeavesTheFolderWrittenAroundTheImport() throws SQLException {
        TestDatabase test = TestDatabase.in(dir);
        test.open().close();
        try (Connection raw = test.raw(); Statement statement = raw.createStatement()) {
            for (String name : List.of("../tillpoint.db", "/etc/passwd", "a\\b.png", "C:x.png", "")) {
                assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO products (name, category, price, "
                        + "currency, active, position, image) VALUES ('X', 'Y', 100, 'INR', 1, 0, '" + name + "')"))
                        .as(name).isInstanceOf(SQLException.class).hasMessageContaining("CHECK");
            }
            statement.executeUpdate("INSERT INTO products (name, category, price, currency, active, position, image) "
                    + "VALUES ('X', 'Y', 100, 'INR', 1, 0, 'drinks/x.png')");
        }
    }

    @Test
    void theDemoPicturesAreDrawnSmallAndReadable() throws Exception {
        Path images = dir.resolve("images");
        DemoImages.drawInto(images);
        assertThat(DemoImages.FILES.values()).allSatisfy(file -> {
            Path picture = images.resolve(file);
            assertThat(Files.size(picture)).isLessThan(4_096); // a few KB at most: the four are under 8 KB together
            assertThat(ImageIO.read(picture.toFile()).getWidth()).isEqualTo(96);
        });
        assertThat(DemoData.catalog(INR)).filteredOn(e -> e.image() != null).extracting(CatalogImport.Entry::name)
                .containsExactlyInAnyOrderElementsOf(DemoImages.FILES.keySet());
    }
}
