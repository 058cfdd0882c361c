package app.tillpoint.plugins.selling;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CartLimitException;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.Measure;
import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.QuantityField;
import app.tillpoint.api.ui.Style;
import app.tillpoint.api.ui.Texts;
import com.formdev.flatlaf.util.UIScale;
import net.miginfocom.swing.MigLayout;

import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToggleButton;
import javax.swing.ScrollPaneConstants;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Rectangle;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The selling part of the register: category tabs, a grid of product tiles, the cart with a quantity, +, − and
 * remove on every line, the total, Pay cash, and the {@link Numpad}, which works like Odoo's: in Qty mode it types
 * into the quantity tapped last; in Disc, Price and Order disc. mode it types a discount or a unit price for the
 * selected line or the order, and OK hands it to its owner as a {@link PriceChange}, which applies it after a reason
 * and perhaps an approval ({@link #apply}). A line shows its discount and the price it had. Shows what it is given and
 * hands the cart to its owner on Pay cash; knows no services, so it is shown and tested on its own. Event thread only.
 */
final class SellPanel extends JPanel {
    static final int TILE_WIDTH = 104;
    static final int TILE_HEIGHT = 80;
    /** A tile's height in a catalog with pictures: room for the picture above the name. */
    static final int PICTURED_TILE_HEIGHT = 124;
    /** The side of the square a tile's picture fits in, before the screen's scale. */
    static final int PICTURE_SIZE = 40;
    /** A tile's picture's component name: the tile's followed by this. */
    static final String PICTURE_SUFFIX = ".picture";
    /** The room a category's tab takes in its row: a wrap comes before a tab would be squeezed below it. */
    private static final int TAB_WIDTH = 118;
    private static final int COLUMNS = 4;

    private final Locale locale;
    private final JPanel categories = new JPanel(new MigLayout("insets 0, gap 6, wrap " + COLUMNS));
    private final JPanel tiles = new JPanel(new MigLayout("insets 0, gap 8, wrap " + COLUMNS));
    private final JPanel lines = new WidthTracking(new MigLayout("insets 0, gap 0 6, wrap 1", "[grow, fill]"));
    private final JLabel total = new JLabel();
    private final CartTaxes taxes;
    private final JLabel change = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private final JButton payCash = new JButton();
    private final JButton search = new JButton();
    private final Texts texts;
    /** Qty, Disc, Price and Order disc. over the keypad, and the row a discount or price is typed into. */
    private final Numpad numpad;
    private final JLabel orderDiscount = new JLabel(" ");
    private final Map<Long, Line> rows = new LinkedHashMap<>();
    private List<Product> products = List.of();
    private List<String> shownCategories = List.of();
    /** Every category with a tab, in the tabs' order: a category's place gives its tiles' colour. */
    private List<String> categoryOrder = List.of();
    /** The line whose quantity the keypad types into, highlighted; null when none. */
    private Line selected;
    private String category = "";
    private Cart cart;
    /** The tiles' pictures, decoded in the background; null: plain tiles. */
    private TileImages pictures;

    /**
     * @param currency the terminal's currency: the cart's
     * @param locale   how amounts are shown
     * @param pay      told the cart when Pay cash is tapped (never empty)
     */
    SellPanel(Currency currency, Locale locale, Consumer<Cart> pay) {
        this(currency, TaxRule.DEFAULT, locale, pay);
    }

    /** As above, for a terminal whose taxes follow {@code taxRule}. */
    SellPanel(Currency currency, TaxRule taxRule, Locale locale, Consumer<Cart> pay) {
        super(new MigLayout("fill, insets 8, gap 8", "[grow, fill][320!][184!]", "[][grow, fill]"));
        this.locale = locale;
        this.texts = Texts.of(SellPanel.class, locale);
        this.cart = Cart.empty(currency, taxRule);
        this.taxes = new CartTaxes(locale);
        this.numpad = new Numpad(texts, locale, currency, () -> cart, message::setText, this::apply);

        add(categories, "split 2, growx, wmin 0, top");
        search.setText(texts.get("search.open"));
        search.setName(Names.SEARCH);
        search.setFocusable(false);
        add(search, "h 48!, wmin 96, top");
        JLabel cartHeading = new JLabel(texts.get("cart.heading"));
        Style.classes(cartHeading, Style.H3);
        add(cartHeading);
        // Order disc. in the first row, beside the cart's heading: it takes no height from the numpad under it.
        add(numpad.orderDiscountButton(), "h 48!, growx, top, wrap");

        JScrollPane grid = new JScrollPane(tiles, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        grid.setBorder(BorderFactory.createEmptyBorder());
        add(grid, "grow, wmin 0, hmin 0");
        // As many tiles and tabs a row as the screen leaves room for: 4 at 1024x768, 2 at 800x600, more at 1920.
        grid.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                // Room kept for the scroll bar that a long category shows.
                columns(tiles, grid.getWidth() - grid.getVerticalScrollBar().getPreferredSize().width, TILE_WIDTH, 8);
                columns(categories, grid.getWidth(), TAB_WIDTH, 6);
            }
        });

        JPanel cartColumn = new JPanel(new MigLayout("fill, insets 0, gap 0 6, wrap 1, hidemode 3", "[grow, fill]",
                "[grow, fill][][][][][][]"));
        JScrollPane cartLines = new JScrollPane(lines, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        cartLines.setBorder(BorderFactory.createLineBorder(Style.color("border")));
        cartLines.getViewport().setBackground(Style.color(Style.SURFACE));
        Style.classes(lines, Style.SURFACE);
        cartColumn.add(cartLines, "hmin 0");
        message.setName(Names.CART_MESSAGE);
        Style.classes(message, Style.DANGER);
        // Fixed width: a long message must not move the buttons under the cashier's finger.
        cartColumn.add(message, "wmin 0");
        // What Disc, Price and Order disc. type into, above the total; the cart's lines give it the room.
        cartColumn.add(numpad.entryRow(), "wmin 0, hidemode 3");
        Style.classes(change, Style.H3);
        cartColumn.add(change, "wmin 0");
        orderDiscount.setName(Names.CART_ORDER_DISCOUNT);
        orderDiscount.setVisible(false);
        cartColumn.add(orderDiscount, "wmin 0, hidemode 3");
        cartColumn.add(taxes, "wmin 0");
        total.setName(Names.CART_TOTAL);
        Style.classes(total, Style.TOTAL);
        total.setHorizontalAlignment(SwingConstants.RIGHT);
        JLabel totalLabel = new JLabel(texts.get("cart.total"));
        Style.classes(totalLabel, Style.TOTAL);
        cartColumn.add(totalLabel, "split 2");
        cartColumn.add(total, "growx");
        payCash.setText(texts.get("cart.payCash"));
        payCash.setName(Names.PAY_CASH);
        Style.classes(payCash, Style.PRIMARY, Style.H3);
        payCash.addActionListener(e -> {
            if (!cart.isEmpty()) {
                pay.accept(cart);
            }
        });
        cartColumn.add(payCash, "h 64!");
        add(cartColumn, "grow, hmin 0");

        add(numpad.keys(), "top, w 184!");
        refresh();
    }

    /** A discount or price was typed: {@code listener} applies it to {@link #cart()} and calls {@link #apply}. */
    void onPriceChange(Consumer<PriceChange> listener) {
        numpad.onPriceChange(listener);
    }

    /** The cart with a discount or price applied (reasoned and approved as it had to be); the numpad back on Qty. */
    void apply(Cart changed) {
        cart = changed;
        message.setText(" ");
        refresh();
        numpad.quantityMode();
    }

    /** Sets {@code panel}'s MigLayout to wrap after as many cells of {@code cell} px and their gaps as fit in {@code width}. */
    private static void columns(JPanel panel, int width, int cell, int gap) {
        MigLayout layout = (MigLayout) panel.getLayout();
        // The cells are MigLayout's px, which grow with FlatLaf's scale (2x on a HiDPI terminal); the width is real.
        int scaled = UIScale.scale(cell + gap);
        String wrapped = "insets 0, gap " + gap + ", wrap " + Math.max(1, (width + UIScale.scale(gap)) / scaled);
        if (!wrapped.equals(layout.getLayoutConstraints())) {
            layout.setLayoutConstraints(wrapped);
            panel.revalidate();
        }
    }

    /** Shows the catalog: a tab per category, the first selected, and its products as tiles. */
    void showCatalog(List<String> categoryNames, List<Product> catalog) {
        if (catalog.equals(products) && categoryNames.equals(shownCategories) && categories.getComponentCount() > 0) {
            return; // the same catalog as shown: its tiles stay, and the register is painted at once
        }
        shownCategories = List.copyOf(categoryNames);
        products = List.copyOf(catalog);
        categories.removeAll();
        ButtonGroup group = new ButtonGroup();
        List<String> names = new ArrayList<>(categoryNames);
        // A product whose category the catalog forgot to list is still sold.
        for (Product product : products) {
            if (!names.contains(product.category())) {
                names.add(product.category());
            }
        }
        categoryOrder = List.copyOf(names);
        for (String category : names) {
            JToggleButton tab = new JToggleButton(category);
            tab.setName(Names.CATEGORY_PREFIX + category);
            tab.setFocusable(false);
            tab.addActionListener(e -> showCategory(category));
            group.add(tab);
            // At most 160 px: a long imported category ends in "…" instead of squeezing the others to nothing.
            categories.add(tab, "h 48!, wmin 64, wmax 160");
        }
        if (names.isEmpty()) {
            tiles.removeAll();
            tiles.add(new JLabel(texts.get("cart.noProducts")));
        } else {
            // Coming back from a cash move or the lock screen keeps the category the cashier was in.
            int index = Math.max(0, names.indexOf(category));
            ((JToggleButton) categories.getComponent(index)).setSelected(true);
            showCategory(names.get(index));
        }
        revalidate();
        repaint();
    }

    /** Tiles show their products' pictures, read through {@code images} (owned by the caller). Before the catalog. */
    void usePictures(TileImages images) {
        pictures = images;
    }

    /** The catalog could not be loaded. */
    void showCatalogFailure(String text) {
        products = List.of(); // the next catalog read is shown again, whatever it holds
        tiles.removeAll();
        JLabel failed = new JLabel(text);
        tiles.add(failed, "wmin 0");
        tiles.revalidate();
        tiles.repaint();
    }

    /** The cart as it stands. */
    Cart cart() {
        return cart;
    }

    /** The sale is stored: the cart empties and the customer's change is shown until the next product. */
    void sold(Money changeGiven) {
        cart = Cart.empty(cart.currency(), cart.taxRule());
        for (Long id : new ArrayList<>(rows.keySet())) {
            removeRow(id);
        }
        change.setText(texts.get("cart.change", changeGiven.format(locale)));
        numpad.quantityMode();
        refresh();
    }

    /**
     * Takes over {@code carried} as it stands, its weighed lines, other prices and discounts with it: the register was
     * built again in another cashier's language. Event thread.
     */
    void adopt(Cart carried) {
        cart = carried;
        for (CartLine line : carried.lines()) {
            Line row = new Line(line.product(), line.isMeasured());
            rows.put(line.product().id(), row);
            lines.add(row.panel);
            row.quantity.setQuantity(line.quantity());
        }
        lines.revalidate();
        lines.repaint();
        refresh();
    }

    /** Adds one of {@code product}, as a tap on its tile does; a cart that would pass its limit stays as it was. */
    void add(Product product) {
        change.setText(" ");
        Line row = rows.get(product.id());
        if (row != null && row.measured) {
            message.setText(texts.get("cart.measured", product.name()));
            return;
        }
        if (row != null) {
            row.step(+1);
            return;
        }
        try {
            cart = cart.add(product);
        } catch (CartLimitException e) {
            message.setText(overLimit(e));
            return;
        } catch (IllegalArgumentException e) {
            message.setText(texts.get("cart.notAdded", String.valueOf(e.getMessage())));
            return;
        }
        message.setText(" ");
        row = new Line(product);
        rows.put(product.id(), row);
        lines.add(row.panel);
        lines.revalidate();
        lines.repaint();
        select(row);
        refresh();
    }

    /**
     * Adds {@code product} as a scale's label measured it: a line of its own, or the weight (or amount) added to the
     * product's measured line; a product already counted in pieces stays as it was, and so does a cart past its limit.
     */
    void addMeasured(Product product, Measure measure) {
        change.setText(" ");
        CartLine line = cart.lines().stream().filter(l -> l.product().id() == product.id()).findFirst().orElse(null);
        if (line != null && (!line.isMeasured() || line.measure().content() != measure.content())) {
            message.setText(texts.get(line.isMeasured() ? "cart.measuredOtherWay" : "cart.countedInPieces",
                    product.name()));
            return;
        }
        try {
            cart = cart.add(product, measure);
        } catch (CartLimitException e) {
            message.setText(overLimit(e));
            return;
        } catch (IllegalArgumentException e) {
            message.setText(texts.get("cart.notAdded", String.valueOf(e.getMessage())));
            return;
        }
        message.setText(" ");
        Line row = rows.get(product.id());
        if (row == null) {
            row = new Line(product, true);
            rows.put(product.id(), row);
            lines.add(row.panel);
            lines.revalidate();
            lines.repaint();
        }
        select(row);
        refresh();
    }

    /** Search was tapped: {@code open} shows the search panel. */
    void onSearch(Runnable open) {
        search.addActionListener(e -> open.run());
    }

    /** Shows {@code text} above the total, as a refused change is shown: a scan that found nothing. */
    void say(String text) {
        change.setText(" ");
        message.setText(text);
    }

    private String overLimit(CartLimitException e) {
        return limitReached(texts, locale, e);
    }

    /** What the cashier reads when the cart would pass its limit. */
    static String limitReached(Texts texts, Locale locale, CartLimitException e) {
        return texts.get("cart.limitReached", e.limit().format(locale));
    }

    private void showCategory(String shown) {
        category = shown;
        tiles.removeAll();
        // One height for every tile of a catalog with pictures: the grid stays even as pictures come in.
        boolean pictured = pictures != null && products.stream().anyMatch(p -> p.image() != null);
        int height = pictured ? PICTURED_TILE_HEIGHT : TILE_HEIGHT;
        for (Product product : products) {
            if (product.category().equals(shown)) {
                tiles.add(tile(product), "w " + TILE_WIDTH + "!, h " + height + "!, aligny top");
            }
        }
        tiles.revalidate();
        tiles.repaint();
    }

    private JButton tile(Product product) {
        // Labels, never HTML: a name shows as it is written, whatever it holds; the name takes two lines if it needs.
        JButton tile = new JButton();
        tile.setName(Names.product(product.id()));
        tile.setFocusable(false);
        Style.classes(tile, Style.TILE, Style.category(categoryOrder.indexOf(product.category())));
        tile.setMargin(new java.awt.Insets(4, 4, 4, 4));
        tile.setLayout(new MigLayout("wrap 1, insets 0, gap 0, aligny center, hidemode 3", "[center, grow, fill]"));
        if (pictures != null && product.image() != null) {
            // Hidden until its picture is decoded: the tile is whole at once, and stays plain if it never is.
            JLabel picture = new JLabel();
            picture.setName(Names.product(product.id()) + PICTURE_SUFFIX);
            picture.setHorizontalAlignment(SwingConstants.CENTER);
            picture.setVisible(false);
            tile.add(picture, "h " + PICTURE_SIZE + "!, gapbottom 2");
            pictures.show(product.image(), image -> {
                picture.setIcon(new ImageIcon(image));
                picture.setVisible(true);
                tile.revalidate();
                tile.repaint();
            });
        }
        JLabel name = new JLabel(product.name(), SwingConstants.CENTER);
        int width = TILE_WIDTH - tile.getInsets().left - tile.getInsets().right;
        List<String> lines = lines(product.name(), name.getFontMetrics(name.getFont()), width);
        name.setText(lines.get(0));
        tile.add(name, "wmin 0");
        if (lines.size() > 1) {
            tile.add(new JLabel(lines.get(1), SwingConstants.CENTER), "wmin 0");
        }
        JLabel price = new JLabel(product.price().format(locale), SwingConstants.CENTER);
        Style.classes(price, Style.H4);
        tile.add(price, "wmin 0");
        tile.getAccessibleContext().setAccessibleName(product.name() + ", " + price.getText());
        tile.addActionListener(e -> add(product));
        return tile;
    }

    /**
     * {@code text} over at most two lines of {@code width}: as many words as fit on the first, the rest on the
     * second (which its label shortens with "…" if it is still too long).
     */
    static List<String> lines(String text, FontMetrics metrics, int width) {
        int first = text.indexOf(' ');
        if (first < 0 || metrics.stringWidth(text) <= width) {
            return List.of(text);
        }
        int end = first;
        for (int space = text.indexOf(' ', first + 1); space > 0; space = text.indexOf(' ', space + 1)) {
            if (metrics.stringWidth(text.substring(0, space)) > width) {
                break;
            }
            end = space;
        }
        return List.of(text.substring(0, end), text.substring(end + 1).strip());
    }

    /** Highlights {@code row} as the line the keypad types into; null: none. */
    private void select(Line row) {
        if (selected != null) {
            selected.highlight(false);
        }
        selected = row;
        if (row == null) {
            numpad.select(null, null, false);
        } else {
            numpad.select(row.product, row.quantity, row.measured);
        }
        if (row != null) {
            row.highlight(true);
        }
    }

    private void removeRow(long productId) {
        Line row = rows.remove(productId);
        if (row != null) {
            lines.remove(row.panel);
            if (selected == row) {
                select(null);
            }
            lines.revalidate();
            lines.repaint();
        }
    }

    private void refresh() {
        for (CartLine line : cart.lines()) {
            Line row = rows.get(line.product().id());
            if (row != null) {
                row.show(line);
            }
        }
        Optional<Money> off = cart.orderDiscount().map(d -> cart.orderDiscountAmount());
        orderDiscount.setVisible(off.isPresent());
        orderDiscount.setText(off.map(amount -> cart.orderDiscount().orElseThrow().isPercent()
                ? texts.get("cart.orderDiscount", percentText(cart.orderDiscount().get().basisPoints()),
                        amount.format(locale))
                : texts.get("cart.orderDiscountAmount", amount.format(locale))).orElse(" "));
        total.setText(cart.total().format(locale));
        taxes.show(cart.taxes());
        payCash.setEnabled(!cart.isEmpty());
    }

    /** 1250 basis points as "12.5 %", in the terminal's words. */
    private String percentText(int basisPoints) {
        return texts.get("cart.percent", java.math.BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros()
                .toPlainString());
    }

    private int quantityOf(long productId) {
        return cart.lines().stream().filter(l -> l.product().id() == productId).mapToInt(CartLine::quantity)
                .findFirst().orElse(0);
    }

    /** The cart's lines as wide as the cart, never wider: a long unit price ends in "…" instead of running out. */
    private static final class WidthTracking extends JPanel implements Scrollable {
        WidthTracking(MigLayout layout) {
            super(layout);
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }

    /** One line of the cart: name and amount, then −, quantity, +, the unit price and remove. */
    private final class Line {
        final Product product;
        final JPanel panel = new JPanel(new MigLayout("insets 4 6 4 6, gap 4, hidemode 3",
                "[48!][64!][48!][grow][right]", "[][][]"));
        final QuantityField quantity = new QuantityField(1, CartLine.MAX_QUANTITY,
                why -> message.setText(why == null ? " " : why), this::typed) {
            @Override
            protected String problem(String text) {
                String why = super.problem(text);
                if (why != null) {
                    return why;
                }
                try {
                    cart.withQuantity(product.id(), Integer.parseInt(tidied(text)));
                    return null;
                } catch (CartLimitException e) {
                    return overLimit(e);
                }
            }
        };
        final JLabel amount = new JLabel();
        final JLabel name;
        final JLabel each;
        /** Sold as a scale's label says: no quantity to change. */
        final boolean measured;
        /** The line's discount and the price it had, when changed; hidden otherwise. */
        final JLabel discount = new JLabel(" ");

        Line(Product product) {
            this(product, false);
        }

        Line(Product product, boolean measured) {
            this.product = product;
            this.measured = measured;
            long id = product.id();
            panel.setName(Names.CART_LINE_PREFIX + id);
            panel.setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, Style.color("border")));
            panel.setOpaque(false);
            name = new JLabel(product.name());
            Style.classes(name, Style.H4);
            each = new JLabel(texts.get("cart.each", product.price().format(locale)));
            each.setName(Names.CART_LINE_PREFIX + id + ".unitPrice");
            Style.classes(each, Style.MUTED);
            // Name and amount share the top row's one cell: a long name ends in "…", the amount and ✕ stay in view.
            panel.add(name, "span 5, split 2, w 0:0, growx");
            amount.setHorizontalAlignment(SwingConstants.RIGHT);
            panel.add(amount, "right, wmin pref, wrap");

            JButton minus = button("\u2212", Names.CART_MINUS_PREFIX + id, () -> step(-1));
            JButton plus = button("+", Names.CART_PLUS_PREFIX + id, () -> step(+1));
            JButton remove = button("\u2715", Names.CART_REMOVE_PREFIX + id, () -> {
                cart = cart.remove(id);
                removeRow(id);
                message.setText(" ");
                refresh();
            });
            remove.setToolTipText(texts.get("cart.remove"));
            quantity.setName(Names.CART_LINE_PREFIX + id + ".quantity");
            quantity.setHorizontalAlignment(SwingConstants.CENTER);
            // Put there by the tile's tap: the next key typed replaces it.
            quantity.setQuantity(1);
            quantity.addFocusListener(new FocusAdapter() {
                @Override
                public void focusGained(FocusEvent e) {
                    select(Line.this);
                }

                @Override
                public void focusLost(FocusEvent e) {
                    // An emptied quantity shows again what the cart holds.
                    if (quantity.getText().isEmpty()) {
                        quantity.setQuantity(quantityOf(product.id()));
                    }
                }
            });
            if (measured) {
                panel.add(each, "span 4, wmin 0, growx, h 48!");
            } else {
                panel.add(minus, "w 48!, h 48!");
                panel.add(quantity, "w 64!, h 48!");
                panel.add(plus, "w 48!, h 48!");
                panel.add(each, "wmin 0, growx");
            }
            panel.add(remove, "w 48!, h 48!");
            discount.setName(Names.CART_LINE_PREFIX + id + Names.CART_LINE_DISCOUNT_SUFFIX);
            discount.setVisible(false);
            panel.add(discount, "newline, span 5, wmin 0");
        }

        /** The line as the cart holds it: its amount, its unit price (and the catalog's when changed), its discount. */
        void show(CartLine line) {
            amount.setText(line.amount().format(locale));
            if (line.isMeasured()) {
                each.setText(line.measure().isWeight() ? texts.get("cart.weighed", line.measure().kilograms(locale),
                        line.product().price().format(locale)) : texts.get("cart.priceLabel"));
            } else {
                each.setText(line.override().isPresent()
                        ? texts.get("cart.eachWas", line.unitPrice().format(locale), product.price().format(locale))
                        : texts.get("cart.each", product.price().format(locale)));
            }
            discount.setVisible(line.discount().isPresent());
            discount.setText(line.discount().map(d -> d.isPercent()
                    ? texts.get("cart.lineDiscount", percentText(d.basisPoints()), line.discountAmount().format(locale))
                    : texts.get("cart.lineDiscountAmount", line.discountAmount().format(locale))).orElse(" "));
        }

        /** The selected line in the selection's colours, the others on the cart's surface. */
        void highlight(boolean on) {
            panel.setOpaque(on);
            Style.classes(panel, on ? Style.SELECTED : Style.SURFACE);
            for (JLabel label : List.of(name, amount)) {
                if (on) {
                    Style.classes(label, Style.SELECTED, Style.H4);
                } else {
                    Style.classes(label, Style.H4);
                }
            }
            panel.repaint();
        }

        private JButton button(String text, String name, Runnable action) {
            JButton button = new JButton(text);
            button.setName(name);
            // Taps on the buttons must not take the focus from the quantity the keypad types into.
            button.setFocusable(false);
            button.setMargin(new java.awt.Insets(4, 4, 4, 4));
            button.addActionListener(e -> action.run());
            return button;
        }

        void step(int delta) {
            int next = quantityOf(product.id()) + delta;
            if (next > CartLine.MAX_QUANTITY) {
                message.setText(texts.get("cart.tooMany"));
            } else if (next >= 1) {
                try {
                    cart = cart.withQuantity(product.id(), next);
                } catch (CartLimitException e) {
                    message.setText(overLimit(e));
                    select(this);
                    return;
                }
                message.setText(" ");
                quantity.setQuantity(next);
                refresh();
            }
            select(this);
        }

        private void typed() {
            String text = quantity.getText();
            if (quantity.isPuttingValue() || text.isEmpty()) {
                return;
            }
            cart = cart.withQuantity(product.id(), quantity.quantity().orElseThrow());
            change.setText(" ");
            refresh();
        }
    }
}
