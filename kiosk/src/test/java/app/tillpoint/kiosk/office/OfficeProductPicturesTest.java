package app.tillpoint.kiosk.office;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.kiosk.store.ProductPictures;
import app.tillpoint.kiosk.store.SqlMasterData;
import app.tillpoint.kiosk.store.TestDatabase;
import app.tillpoint.kiosk.store.TestTill;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Products' pictures from the office's catalog to the terminals' tiles (issue 17, office V9), against a real
 * PostgreSQL: {@code office catalog import} reads each picture named by the catalog from the manager's
 * {@code images/} folder into the office; the terminal's pull writes it into its own {@code images/} and names it on
 * the product in the pull's transaction; a changed picture replaces the file, an unchanged one is left as it is, a
 * product without one keeps its plain tile. A name that climbs out of the folder, a file that is no picture or too
 * large, is refused at the import and by the office's own check, and a pull never writes one.
 */
@Tag("office")
class OfficeProductPicturesTest {
    private static final String CATALOG = """
            name,category,price,image
            Masala chai,Drinks,20.00,chai.png
            Lassi,Drinks,40.00,drinks/lassi.jpg
            Samosa,Snacks,15.00,
            """;
    private static OfficeAdmin office;

    @TempDir
    Path dir;

    private OfficeManager manager;
    private Path pictures;

    @BeforeAll
    static void office() throws Exception {
        office = OfficeCluster.shared().newOffice();
        office.migrate();
    }

    @BeforeEach
    void manager() throws IOException {
        manager = new OfficeManager(office, dir);
        pictures = Files.createDirectories(dir.resolve("images"));
        Files.write(pictures.resolve("chai.png"), picture("png", Color.ORANGE));
        Files.createDirectories(pictures.resolve("drinks"));
        Files.write(pictures.resolve("drinks/lassi.jpg"), picture("jpg", Color.WHITE));
    }

    @Test
    void aPictureReachesTheTerminalsTilesAndAProductWithoutOneKeepsAPlainTile() throws Exception {
        OfficeCredentials t01 = manager.register("PIC-CHN", "T01");
        assertThat(importCatalog("PIC-CHN", CATALOG)).as(manager.err()).isZero();
        try (OfficeTerminal terminal = new OfficeTerminal(dir.resolve("t01"), office.url(), t01)) {
            TestTill till = terminal.till;
            assertThat(pull(terminal, "PIC-CHN")).isEqualTo(3);

            Path images = till.catalog.images();
            assertThat(images.resolve("chai.png")).hasBinaryContent(Files.readAllBytes(pictures.resolve("chai.png")));
            assertThat(images.resolve("drinks/lassi.jpg"))
                    .hasBinaryContent(Files.readAllBytes(pictures.resolve("drinks/lassi.jpg")));
            Map<String, Optional<Path>> tiles = till.catalog.products().stream()
                    .collect(Collectors.toMap(Product::name, product -> Optional.ofNullable(product.image())));
            assertThat(tiles).containsEntry("Masala chai", Optional.of(images.resolve("chai.png")))
                    .containsEntry("Lassi", Optional.of(images.resolve("drinks/lassi.jpg")))
                    .containsEntry("Samosa", Optional.empty());
            assertThat(TestDatabase.queryLong(till.database.file(),
                    "SELECT count(*) FROM products WHERE name = 'Samosa' AND image IS NULL")).isEqualTo(1);
            assertThat(leftovers(images)).isEmpty();
        }
    }

    @Test
    void aChangedPictureReplacesTheFileAndAnUnchangedOneIsNotWrittenAgain() throws Exception {
        OfficeCredentials t01 = manager.register("PIC-NEW", "T01");
        assertThat(importCatalog("PIC-NEW", CATALOG)).as(manager.err()).isZero();
        try (OfficeTerminal terminal = new OfficeTerminal(dir.resolve("t01"), office.url(), t01)) {
            TestTill till = terminal.till;
            pull(terminal, "PIC-NEW");
            Path images = till.catalog.images();
            FileTime longAgo = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
            Files.setLastModifiedTime(images.resolve("chai.png"), longAgo);
            Files.setLastModifiedTime(images.resolve("drinks/lassi.jpg"), longAgo);

            // The chai's price changes, its picture does not; the lassi's picture is redrawn.
            byte[] newLassi = picture("jpg", Color.PINK);
            Files.write(pictures.resolve("drinks/lassi.jpg"), newLassi);
            assertThat(importCatalog("PIC-NEW", CATALOG.replace("20.00", "25.00"))).as(manager.err()).isZero();
            assertThat(manager.out()).contains("2 changed");
            assertThat(pull(terminal, "PIC-NEW")).isEqualTo(2);

            assertThat(images.resolve("drinks/lassi.jpg")).hasBinaryContent(newLassi);
            assertThat(Files.getLastModifiedTime(images.resolve("drinks/lassi.jpg"))).isNotEqualTo(longAgo);
            assertThat(Files.getLastModifiedTime(images.resolve("chai.png"))).as("not written again")
                    .isEqualTo(longAgo);
            assertThat(till.catalog.products()).filteredOn(p -> p.name().equals("Masala chai")).singleElement()
                    .satisfies(chai -> assertThat(chai.price().minorUnits()).isEqualTo(2_500));
            assertThat(leftovers(images)).isEmpty();

            // The picture taken off the lassi in the office: a plain tile again.
            assertThat(importCatalog("PIC-NEW", CATALOG.replace("drinks/lassi.jpg", ""))).as(manager.err())
                    .isZero();
            pull(terminal, "PIC-NEW");
            assertThat(till.catalog.products()).filteredOn(p -> p.name().equals("Lassi")).singleElement()
                    .satisfies(lassi -> assertThat(lassi.image()).isNull());
        }
    }

    @Test
    void aNameThatClimbsOutOfTheFolderIsRefusedAtTheImportAndByTheOffice() throws Exception {
        manager.register("PIC-OUT", "T01");
        Files.write(dir.resolve("x.png"), picture("png", Color.RED));

        assertThat(importCatalog("PIC-OUT", CATALOG.replace("chai.png", "../x.png"))).isNotZero();
        assertThat(manager.err()).contains("../x.png").contains("no /, \\, : or .. to leave it");
        assertThat(officeProducts("PIC-OUT")).as("nothing was changed").isZero();

        // Past the import, straight into the table: the office's own check refuses it.
        byte[] png = picture("png", Color.RED);
        assertThatThrownBy(() -> insert("PIC-OUT", "../x.png", png)).isInstanceOf(SQLException.class)
                .hasMessageContaining("products_image_check");
        assertThatThrownBy(() -> insert("PIC-OUT", "/etc/x.png", png)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> insert("PIC-OUT", "x.png", "<svg/>".getBytes(java.nio.charset.StandardCharsets
                .UTF_8))).isInstanceOf(SQLException.class).hasMessageContaining("products_image_bytes_check");
        assertThatThrownBy(() -> insert("PIC-OUT", "x.png", null)).isInstanceOf(SQLException.class)
                .hasMessageContaining("products_image_and_bytes");
        assertThat(officeProducts("PIC-OUT")).isZero();
    }

    @Test
    void aPictureThatIsTooLargeNoPictureOrMissingIsRefusedAtTheImport() throws Exception {
        manager.register("PIC-BAD", "T01");
        byte[] large = new byte[ProductPictures.MAX_BYTES + 1];
        System.arraycopy(picture("png", Color.BLUE), 0, large, 0, 8);
        Files.write(pictures.resolve("large.png"), large);
        Files.writeString(pictures.resolve("text.png"), "not a picture");

        assertThat(importCatalog("PIC-BAD", CATALOG.replace("chai.png", "large.png"))).isNotZero();
        assertThat(manager.err()).contains("large.png").contains("larger than 524288 bytes");
        assertThat(importCatalog("PIC-BAD", CATALOG.replace("chai.png", "text.png"))).isNotZero();
        assertThat(manager.err()).contains("text.png").contains("is not a PNG, JPEG or GIF file");
        assertThat(importCatalog("PIC-BAD", CATALOG.replace("chai.png", "none.png"))).isNotZero();
        assertThat(manager.err()).contains("none.png").contains("there is no such file");
        assertThat(officeProducts("PIC-BAD")).as("nothing was changed").isZero();
    }

    private int importCatalog(String store, String csv) throws Exception {
        Path file = Files.writeString(dir.resolve(store + ".csv"), csv);
        return manager.run("catalog", "import", "--office", manager.login().toString(), "--store", store,
                "--currency", "INR", file.toString());
    }

    private static long officeProducts(String store) throws Exception {
        try (Connection connection = office.connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT count(*) FROM office.products WHERE store_id = ?")) {
            select.setString(1, store);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static void insert(String store, String image, byte[] bytes) throws Exception {
        try (Connection connection = office.connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO office.products (store_id, name, category, price, currency, position, image,"
                        + " image_bytes) VALUES (?, 'Tea', 'Drinks', 1000, 'INR', 0, ?, ?)")) {
            insert.setString(1, store);
            insert.setString(2, image);
            insert.setBytes(3, bytes);
            insert.executeUpdate();
        }
    }

    /** Files the pull left behind: a temporary file it did not move into place. */
    private static java.util.List<Path> leftovers(Path images) throws IOException {
        try (Stream<Path> files = Files.walk(images)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static byte[] picture(String format, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    private static int pull(OfficeTerminal terminal, String store) throws SQLException {
        SqlMasterData master = new SqlMasterData(terminal.till.database, terminal.till.clock);
        try (Connection connection = terminal.link.open()) {
            return new MasterDataPull(master, store).pullOnce(connection);
        }
    }
}
