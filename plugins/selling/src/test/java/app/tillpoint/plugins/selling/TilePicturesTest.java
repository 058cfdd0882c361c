package app.tillpoint.plugins.selling;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestWindow;
import app.tillpoint.api.testing.TouchTheme;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JButton;
import javax.swing.JLabel;
import java.awt.Component;
import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static app.tillpoint.api.testing.TestTerminal.paise;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register's tiles with pictures: each tile shows its colour, name and price at once and its picture when it is
 * decoded; a tile whose picture is corrupt or missing stays plain and sells as any other.
 */
@GuiTest
class TilePicturesTest {
    @TempDir
    static Path folder;
    private FrameFixture window;
    private SellPanel panel;
    private TileImages pictures;
    private List<Product> products;

    @BeforeAll
    static void installChecks() {
        TouchTheme.install();
    }

    @BeforeEach
    void show(TestWindow testWindow) throws IOException {
        Path chai = TileImagesTest.png(folder.resolve("chai.png"), 96, 96);
        Path corrupt = Files.writeString(folder.resolve("coffee.png"), "\u0089PNG but not really");
        products = List.of(new Product(2, "Filter Coffee", "Drinks", paise(3_550)).withImage(corrupt),
                new Product(3, "Lemon soda", "Drinks", paise(3_000)).withImage(folder.resolve("never-copied.png")),
                new Product(1, "Masala Chai", "Drinks", paise(2_000)).withImage(chai),
                new Product(4, "Water", "Drinks", paise(1_000)));
        window = testWindow.showUndecorated(() -> {
            pictures = new TileImages(SellPanel.PICTURE_SIZE);
            panel = new SellPanel(paise(0).currency(), new Locale("en", "IN"), cart -> { });
            panel.usePictures(pictures);
            panel.showCatalog(List.of("Drinks"), products);
            // Built and whole before any picture is decoded: the tile never waits for its picture.
            JButton tile = find(Names.product(1), JButton.class);
            assertThat(tile.isVisible()).isTrue();
            assertThat(find(Names.product(1) + SellPanel.PICTURE_SUFFIX, JLabel.class).isVisible()).isFalse();
            return panel;
        }, new Dimension(1024, 640));
    }

    @AfterEach
    void stop() {
        pictures.close();
    }

    @Test
    void thePictureComesAboveTheNameWhenDecodedAndTheOthersStayPlain() {
        Pause.pause(new Condition("the chai's picture shown") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> picture(1).isShowing());
            }
        }, Timeout.timeout(10_000));
        GuiActionRunner.execute(() -> {
            JLabel picture = picture(1);
            assertThat(picture.getIcon().getIconWidth()).isEqualTo(SellPanel.PICTURE_SIZE);
            JButton tile = find(Names.product(1), JButton.class);
            // Taller than a plain tile (MigLayout scales both by the font's size), the picture in its upper half.
            assertThat(tile.getHeight()).isGreaterThan(SellPanel.TILE_HEIGHT * 3 / 2);
            assertThat(picture.getY() + picture.getHeight()).isLessThanOrEqualTo(tile.getHeight() / 2);
            // One height for the whole grid: the tiles without a picture too.
            assertThat(find(Names.product(4), JButton.class).getHeight()).isEqualTo(tile.getHeight());
            return null;
        });
        // The corrupt and the missing file were asked before the chai, on the one decoder thread: done by now.
        GuiActionRunner.execute(() -> {
            assertThat(picture(2).isVisible()).isFalse();
            assertThat(picture(3).isVisible()).isFalse();
            return null;
        });
        window.button(Names.product(2)).click();
        window.button(Names.product(3)).click();
        window.label(Names.CART_TOTAL).requireText("₹65.50");
    }

    @Test
    void theSameCatalogShownAgainTakesItsPicturesFromTheCacheAtOnce() {
        Pause.pause(new Condition("the chai's picture cached") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> pictures.isCached(products.get(2).image()));
            }
        }, Timeout.timeout(10_000));
        boolean atOnce = GuiActionRunner.execute(() -> {
            panel.showCatalogFailure("gone");
            panel.showCatalog(List.of("Drinks"), products);
            return picture(1).isVisible();
        });
        assertThat(atOnce).isTrue();
    }

    private JLabel picture(long id) {
        return find(Names.product(id) + SellPanel.PICTURE_SUFFIX, JLabel.class);
    }

    private <T extends Component> T find(String name, Class<T> type) {
        return type.cast(window == null
                ? findIn(panel, name)
                : window.robot().finder().find(window.target(), c -> name.equals(c.getName())));
    }

    private static Component findIn(java.awt.Container container, String name) {
        for (Component child : container.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof java.awt.Container inner) {
                Component found = findIn(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
