package app.tillpoint.plugins.selling;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.testing.Fit;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestWindow;
import app.tillpoint.api.testing.TouchTheme;
import app.tillpoint.api.ui.Keyboard;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static app.tillpoint.api.testing.TestTerminal.paise;
import static app.tillpoint.plugins.selling.SellingShift.CHAI;
import static app.tillpoint.plugins.selling.SellingShift.COFFEE;
import static app.tillpoint.plugins.selling.SellingShift.SAMOSA;
import static org.assertj.core.api.Assertions.assertThat;

@GuiTest
class SearchPanelTest {
    private static final Product MASALA_DOSA = new Product(4, "Masala Dosa", "Snacks", paise(7_000));
    private static final List<Product> PRODUCTS = List.of(CHAI, COFFEE, SAMOSA, MASALA_DOSA);
    private final List<Product> picked = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();
    private FrameFixture window;
    private SearchPanel panel;

    @BeforeAll
    static void installChecks() {
        TouchTheme.install();
    }

    @BeforeEach
    void show(TestWindow testWindow) {
        window = testWindow.showUndecorated(() -> {
            panel = new SearchPanel(List.of("Drinks", "Snacks"), PRODUCTS, new Locale("en", "IN"),
                    new SearchPanel.Listener() {
                        @Override
                        public void picked(Product product) {
                            picked.add(product);
                        }

                        @Override
                        public void closed() {
                            closed.add("closed");
                        }
                    });
            return panel;
        }, new Dimension(800, 480));
    }

    private boolean showing(String name) {
        return GuiActionRunner.execute(() -> !window.robot().finder()
                .findAll(window.target(), c -> name.equals(c.getName()) && c.isShowing()).isEmpty());
    }

    @Test
    void findsByEveryWordOfTheNameWhateverItsCase() {
        assertThat(SearchPanel.found(PRODUCTS, "masala", null)).containsExactly(CHAI, MASALA_DOSA);
        assertThat(SearchPanel.found(PRODUCTS, "  DOSA masala ", null)).containsExactly(MASALA_DOSA);
        assertThat(SearchPanel.found(PRODUCTS, "masala", "Snacks")).containsExactly(MASALA_DOSA);
        assertThat(SearchPanel.found(PRODUCTS, "", "Drinks")).containsExactly(CHAI, COFFEE);
        assertThat(SearchPanel.found(PRODUCTS, "pizza", null)).isEmpty();
    }

    @Test
    void typingNarrowsTheTilesAndATapPicksOne() {
        assertThat(showing(Names.SEARCH_RESULT_PREFIX + COFFEE.id())).isTrue();

        window.textBox(Names.SEARCH_TEXT).enterText("sam");

        assertThat(showing(Names.SEARCH_RESULT_PREFIX + COFFEE.id())).isFalse();
        window.button(Names.SEARCH_RESULT_PREFIX + SAMOSA.id()).requireVisible().click();
        assertThat(picked).containsExactly(SAMOSA);
    }

    @Test
    void aCategoryChipKeepsItsProductsAndNothingFoundIsSaid() {
        window.toggleButton(Names.SEARCH_CATEGORY_PREFIX + "Snacks").click();
        assertThat(showing(Names.SEARCH_RESULT_PREFIX + CHAI.id())).isFalse();
        assertThat(showing(Names.SEARCH_RESULT_PREFIX + MASALA_DOSA.id())).isTrue();

        window.textBox(Names.SEARCH_TEXT).enterText("chai");
        window.label(Names.SEARCH_NONE).requireText("No product matches");

        window.toggleButton(Names.SEARCH_CATEGORY_PREFIX).click();
        window.button(Names.SEARCH_RESULT_PREFIX + CHAI.id()).requireVisible();
    }

    @Test
    void closeSaysSoAndTheFieldTakesTheOnScreenKeyboard() {
        window.button(Names.SEARCH_CLOSE).click();

        assertThat(closed).hasSize(1);
        assertThat(GuiActionRunner.execute(() -> Keyboard.opensFor(window.textBox(Names.SEARCH_TEXT).target())))
                .isTrue();
        Fit.requirePreferredFits(panel);
        Fit.requireInside(panel);
    }
}
