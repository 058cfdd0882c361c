package app.tillpoint.plugins.selling;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.terminal.Navigator;
import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.Style;
import app.tillpoint.api.ui.Texts;
import net.miginfocom.swing.MigLayout;

import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingConstants;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import java.awt.Insets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The register's search, for a product without a barcode: a text field (the on-screen keyboard opens for it when the
 * terminal has one), a chip per category with All first, and the products found as tiles; a tap on one hands it to
 * the listener. Shows what it is given and knows no services. Event thread only.
 */
final class SearchPanel extends JPanel {
    /** The most tiles shown at once: the rest are found by typing more. */
    static final int MAX_RESULTS = 24;
    private static final int COLUMNS = 5;

    /** What the cashier does here. */
    interface Listener {
        /** A product found was tapped. */
        void picked(Product product);

        /** Close was tapped. */
        void closed();
    }

    private final List<Product> products;
    private final Locale locale;
    private final Texts texts;
    private final Listener listener;
    private final JTextField text = new JTextField();
    private final JPanel results = new JPanel(new MigLayout("insets 0, gap 8, wrap " + COLUMNS));
    private String category;

    SearchPanel(List<String> categories, List<Product> products, Locale locale, Listener listener) {
        super(new MigLayout("insets 16, gap 8, wrap 1", "[grow, fill]", "[][][grow, fill][]"));
        this.products = List.copyOf(products);
        this.locale = locale;
        this.texts = Texts.of(SearchPanel.class, locale);
        this.listener = Objects.requireNonNull(listener, "listener");

        text.setName(Names.SEARCH_TEXT);
        text.putClientProperty("JTextField.placeholderText", texts.get("search.hint"));
        Style.classes(text, Style.H3);
        text.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                refresh();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                refresh();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                refresh();
            }
        });
        add(text, "h 48!");

        JPanel chips = new JPanel(new MigLayout("insets 0, gap 6"));
        ButtonGroup group = new ButtonGroup();
        chips.add(chip(texts.get("search.all"), null, group), "h 48!, wmin 64");
        for (String name : categories) {
            chips.add(chip(name, name, group), "h 48!, wmin 64, wmax 160");
        }
        ((JToggleButton) chips.getComponent(0)).setSelected(true);
        add(chips, "wmin 0");

        JScrollPane grid = new JScrollPane(results, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        grid.setBorder(BorderFactory.createEmptyBorder());
        add(grid, "hmin " + (2 * SellPanel.TILE_HEIGHT + 8) + ", wmin " + (COLUMNS * (SellPanel.TILE_WIDTH + 8)));

        JButton close = new JButton(texts.get("search.close"));
        close.setName(Names.SEARCH_CLOSE);
        close.setFocusable(false);
        close.addActionListener(e -> listener.closed());
        add(close, "right, w 160!, h 48!");
        refresh();
    }

    /**
     * Shows the search over the register; a product tapped closes it and goes to {@code add}.
     *
     * @return the panel shown
     */
    static SearchPanel open(Navigator navigator, List<String> categories, List<Product> products, Locale locale,
                            Consumer<Product> add) {
        Overlay[] overlay = new Overlay[1];
        SearchPanel panel = new SearchPanel(categories, products, locale, new Listener() {
            @Override
            public void picked(Product product) {
                overlay[0].close();
                add.accept(product);
            }

            @Override
            public void closed() {
                overlay[0].close();
            }
        });
        overlay[0] = navigator.overlay(panel);
        panel.text.requestFocusInWindow();
        return panel;
    }

    /**
     * The products of {@code category} (all for null) whose names hold every word of {@code typed}, whatever their
     * case, in the catalog's order; at most {@link #MAX_RESULTS}.
     */
    static List<Product> found(List<Product> products, String typed, String category) {
        List<String> words = Arrays.stream(typed.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(word -> !word.isEmpty()).toList();
        return products.stream()
                .filter(product -> category == null || product.category().equals(category))
                .filter(product -> {
                    String name = product.name().toLowerCase(Locale.ROOT);
                    return words.stream().allMatch(name::contains);
                })
                .limit(MAX_RESULTS)
                .toList();
    }

    private JToggleButton chip(String label, String name, ButtonGroup group) {
        JToggleButton chip = new JToggleButton(label);
        chip.setName(Names.SEARCH_CATEGORY_PREFIX + (name == null ? "" : name));
        chip.setFocusable(false);
        chip.addActionListener(e -> {
            category = name;
            refresh();
        });
        group.add(chip);
        return chip;
    }

    private void refresh() {
        results.removeAll();
        List<Product> found = found(products, text.getText(), category);
        if (found.isEmpty()) {
            JLabel none = new JLabel(texts.get("search.none"));
            none.setName(Names.SEARCH_NONE);
            results.add(none, "span");
        }
        for (Product product : found) {
            results.add(tile(product), "w " + SellPanel.TILE_WIDTH + "!, h " + SellPanel.TILE_HEIGHT + "!, top");
        }
        results.revalidate();
        results.repaint();
    }

    private JButton tile(Product product) {
        // Labels, never HTML, as on the register's tiles; a long name ends in "…".
        JButton tile = new JButton();
        tile.setName(Names.SEARCH_RESULT_PREFIX + product.id());
        tile.setFocusable(false);
        tile.setMargin(new Insets(4, 4, 4, 4));
        tile.setLayout(new MigLayout("wrap 1, insets 0, gap 0, aligny center", "[center, grow, fill]"));
        tile.add(new JLabel(product.name(), SwingConstants.CENTER), "wmin 0");
        JLabel price = new JLabel(product.price().format(locale), SwingConstants.CENTER);
        Style.classes(price, Style.H4);
        tile.add(price, "wmin 0");
        tile.getAccessibleContext().setAccessibleName(product.name() + ", " + price.getText());
        tile.addActionListener(e -> listener.picked(product));
        return tile;
    }
}
