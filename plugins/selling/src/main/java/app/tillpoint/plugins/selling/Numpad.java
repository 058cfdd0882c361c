package app.tillpoint.plugins.selling;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CartLimitException;
import app.tillpoint.api.ui.AmountField;
import app.tillpoint.api.ui.Keypad;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.QuantityField;
import app.tillpoint.api.ui.Style;
import app.tillpoint.api.ui.Texts;
import net.miginfocom.swing.MigLayout;

import javax.swing.ButtonGroup;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import java.awt.Insets;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The register's numpad and its modes, as Odoo's: in Qty mode the keypad types into the quantity of the line selected
 * last; in Disc, Price and Order disc. mode it types a discount (a percentage, or an amount with % off) or a unit price
 * into the entry row for the selected line or the order, and OK hands it to its owner as a {@link PriceChange}. A
 * discount of 0 or the catalog's price typed takes the change back at once. Its parts sit in {@link SellPanel}'s
 * layout: Order disc. beside the cart's heading, the entry row above the total, the keys at the right. Event thread.
 */
final class Numpad {
    private final Texts texts;
    private final Locale locale;
    private final Currency currency;
    private final Supplier<Cart> cart;
    private final Consumer<String> message;
    private final Consumer<Cart> takenBack;
    private final Keypad keypad = new Keypad(true, this::okTapped);
    /** What the numpad types: the selected line's quantity (as before 1.4), a discount, a price. */
    private Mode mode = Mode.QUANTITY;
    private final Map<Mode, JToggleButton> modes = new EnumMap<>(Mode.class);
    private final ButtonGroup modeGroup = new ButtonGroup();
    private final JPanel entryRow = new JPanel(new MigLayout("insets 0, gap 4, hidemode 3", "[grow][][]"));
    private final JLabel entryLabel = new JLabel(" ");
    private final AmountField entry;
    private final JToggleButton percent = new JToggleButton();
    private Consumer<PriceChange> priceChange = change -> { };
    /** The selected line's product, null when none. */
    private Product line;
    /** The selected line's quantity, which Qty mode types into. */
    private QuantityField lineQuantity;

    /**
     * @param cart      the cart as it stands
     * @param message   shows a refusal above the total (" " clears it)
     * @param takenBack told the cart when a discount or price typed takes an earlier one back
     */
    Numpad(Texts texts, Locale locale, Currency currency, Supplier<Cart> cart, Consumer<String> message,
           Consumer<Cart> takenBack) {
        this.texts = texts;
        this.locale = locale;
        this.currency = currency;
        this.cart = cart;
        this.message = message;
        this.takenBack = takenBack;
        this.entry = new AmountField(currency, why -> message.accept(why == null ? " " : why), () -> { });
    }

    /** A discount or price was typed: {@code listener} applies it to the cart and calls the panel's apply. */
    void onPriceChange(Consumer<PriceChange> listener) {
        this.priceChange = listener;
    }

    /** Order disc., which the panel puts in its first row: it takes no height from the keys under it. */
    JToggleButton orderDiscountButton() {
        return modeButton(Mode.ORDER_DISCOUNT);
    }

    /** The keys: Qty, Disc and Price over the keypad. */
    JPanel keys() {
        JPanel numpad = new JPanel(new MigLayout("insets 0, gap 4, wrap 3", "[grow, fill][grow, fill][grow, fill]"));
        for (Mode each : List.of(Mode.QUANTITY, Mode.DISCOUNT, Mode.PRICE)) {
            numpad.add(modeButton(each), "h 48!, wmin 48");
        }
        modes.get(Mode.QUANTITY).setSelected(true);
        numpad.add(keypad, "span 3, h " + Sizes.KEYPAD_HEIGHT + "!");
        return numpad;
    }

    /** What a discount or price is typed into, with % (or the currency) beside it; shown outside Qty mode. */
    JPanel entryRow() {
        entryRow.add(entryLabel, "wmin 0, growx");
        entry.setName(Names.NUMPAD_ENTRY);
        Style.classes(entry, Style.H3);
        entryRow.add(entry, "w 96!, h 48!");
        percent.setText(texts.get("numpad.percent"));
        percent.setName(Names.NUMPAD_PERCENT);
        percent.setFocusable(false);
        percent.setSelected(true);
        percent.addActionListener(e -> percent.setText(percent.isSelected() ? texts.get("numpad.percent")
                : currency.getSymbol(locale)));
        entryRow.add(percent, "w 48!, h 48!");
        showEntry();
        return entryRow;
    }

    /** Back to Qty mode, the entry emptied. */
    void quantityMode() {
        mode(Mode.QUANTITY);
    }

    /**
     * The line the keypad types into was selected: in Qty mode its quantity (none for a measured line).
     *
     * @param product  the line's product; null: no line selected
     * @param quantity the line's quantity field
     * @param measured sold as a scale's label says: no quantity to type
     */
    void select(Product product, QuantityField quantity, boolean measured) {
        line = product;
        lineQuantity = quantity;
        if (mode == Mode.QUANTITY) {
            keypad.setTarget(product == null || measured ? null : quantity);
        }
    }

    private JToggleButton modeButton(Mode each) {
        JToggleButton button = new JToggleButton(texts.get(each.text));
        button.setName(each.name);
        button.setFocusable(false);
        button.setMargin(new Insets(2, 2, 2, 2));
        button.addActionListener(e -> mode(each));
        modeGroup.add(button);
        modes.put(each, button);
        return button;
    }

    private void mode(Mode next) {
        mode = next;
        modes.get(next).setSelected(true);
        entry.setText("");
        showEntry();
        if (next == Mode.QUANTITY) {
            keypad.setTarget(line == null ? null : lineQuantity);
        } else {
            keypad.setTarget(entry);
            if (next != Mode.ORDER_DISCOUNT && line == null) {
                message.accept(texts.get("numpad.selectLine"));
            }
        }
    }

    private void showEntry() {
        boolean typing = mode != Mode.QUANTITY;
        entryRow.setVisible(typing);
        percent.setVisible(mode == Mode.DISCOUNT || mode == Mode.ORDER_DISCOUNT);
        entryLabel.setText(switch (mode) {
            case DISCOUNT -> texts.get("numpad.forLine");
            case PRICE -> texts.get("numpad.forPrice");
            case ORDER_DISCOUNT -> texts.get("numpad.forOrder");
            case QUANTITY -> " ";
        });
        entryRow.revalidate();
    }

    /** OK on the keypad: in Qty mode it only ends typing; otherwise the discount or price typed goes to the owner. */
    private void okTapped() {
        if (mode == Mode.QUANTITY) {
            return; // the quantity counts as soon as it is typed
        }
        Optional<Money> typed = entry.amount();
        if (typed.isEmpty()) {
            message.accept(texts.get("numpad.typeValue"));
            return;
        }
        if (mode != Mode.ORDER_DISCOUNT && line == null) {
            message.accept(texts.get("numpad.selectLine"));
            return;
        }
        long productId = mode == Mode.ORDER_DISCOUNT ? 0 : line.id();
        try {
            Optional<PriceChange> change = change(productId, typed.get());
            if (change.isEmpty()) {
                return; // taken back: nothing to reason about or approve
            }
            change.get().applyTo(cart.get(), "-", Optional.empty());
            priceChange.accept(change.get());
        } catch (CartLimitException e) {
            message.accept(SellPanel.limitReached(texts, locale, e));
        } catch (IllegalArgumentException | ArithmeticException e) {
            message.accept(texts.get("numpad.notApplied", String.valueOf(e.getMessage())));
        }
    }

    /** The change typed; empty when it takes a discount or price back, which it does here at once. */
    private Optional<PriceChange> change(long productId, Money typed) {
        Cart now = cart.get();
        if (mode == Mode.PRICE) {
            if (typed.equals(line.price())) {
                takenBack.accept(now.withPrice(productId, Optional.empty()));
                return Optional.empty();
            }
            return Optional.of(new PriceChange(PriceChange.Kind.PRICE, productId, 0, Optional.of(typed)));
        }
        PriceChange.Kind kind = mode == Mode.DISCOUNT ? PriceChange.Kind.LINE_DISCOUNT
                : PriceChange.Kind.ORDER_DISCOUNT;
        if (typed.isZero()) {
            takenBack.accept(kind == PriceChange.Kind.LINE_DISCOUNT ? now.withLineDiscount(productId, Optional.empty())
                    : now.withOrderDiscount(Optional.empty()));
            return Optional.empty();
        }
        if (!percent.isSelected()) {
            return Optional.of(new PriceChange(kind, productId, 0, Optional.of(typed)));
        }
        // 12.5 typed is 1250 basis points.
        int basisPoints = typed.toDecimal().movePointRight(2).intValueExact();
        return Optional.of(new PriceChange(kind, productId, basisPoints, Optional.empty()));
    }

    /** What the numpad types, and the names and texts of its buttons. */
    private enum Mode {
        QUANTITY(Names.NUMPAD_QUANTITY, "numpad.quantity"),
        DISCOUNT(Names.NUMPAD_DISCOUNT, "numpad.discount"),
        PRICE(Names.NUMPAD_PRICE, "numpad.price"),
        ORDER_DISCOUNT(Names.NUMPAD_ORDER_DISCOUNT, "numpad.orderDiscount");

        final String name;
        final String text;

        Mode(String name, String text) {
            this.name = name;
            this.text = text;
        }
    }
}
