package app.tillpoint.plugins.selling;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.Refundable;
import app.tillpoint.api.ui.Keypad;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.QuantityField;
import app.tillpoint.api.ui.Style;
import app.tillpoint.api.ui.Texts;
import net.miginfocom.swing.MigLayout;

import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToggleButton;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The refund dialog: the order's number on the keypad and Find, or the receipt's barcode scanned ({@link #scanned});
 * then each line of the order with how many go back
 * (none at first, at most what is left), the methods the money may go back by, what that comes to, Refund and Cancel.
 * It only gathers the cashier's input; the caller looks the order up and stores the refund. Event thread only.
 */
final class RefundPanel extends JPanel implements ScanningDialog {

    /** What the dialog asks of its caller. Called on the event thread. */
    interface Listener {
        /** Find was tapped with an order number; the dialog waits for {@link #show} or {@link #failed}. */
        void find(long orderId);

        /** Refund was tapped with lines and a method; the dialog waits for {@link #failed}. */
        void confirm(long orderId, List<RefundLine> lines, String method);

        void cancel();
    }

    private final Listener listener;
    private final Locale locale;
    private final Texts texts;
    private final QuantityField order;
    private final Keypad keypad;
    private final JPanel lines = new JPanel(new MigLayout("insets 0, gap 8 4, wrap 3", "[grow, fill][]8[72!]"));
    private final JPanel methods = new JPanel(new MigLayout("insets 0, gap 8"));
    private final Map<Integer, QuantityField> quantities = new LinkedHashMap<>();
    private final Map<String, JToggleButton> methodTiles = new LinkedHashMap<>();
    private final JLabel amount = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private final JButton find = new JButton();
    private final JButton confirm = new JButton();
    private final JButton cancel = new JButton();
    private Refundable shown;
    private boolean busy;

    RefundPanel(Locale locale, Listener listener) {
        super(new MigLayout("insets 16, gap 8 8", "[440!]24[184!]"));
        this.listener = listener;
        this.locale = locale;
        this.texts = Texts.of(RefundPanel.class, locale);
        order = new QuantityField(1, Integer.MAX_VALUE, why -> message.setText(why == null ? " " : why), () -> { });
        keypad = new Keypad(false, this::findTapped);

        JLabel title = new JLabel(texts.get("refund.title"));
        Style.classes(title, Style.H2);
        add(title, "wrap");

        add(new JLabel(texts.get("refund.order")), "split 3");
        order.setName(Names.REFUND_ORDER);
        Style.classes(order, Style.H3);
        target(order);
        add(order, "w 160!, h 48!");
        find.setText(texts.get("refund.find"));
        find.setName(Names.REFUND_FIND);
        find.addActionListener(e -> findTapped());
        add(find, "w 120!, h 48!");
        add(keypad, "spany 6, top, w 184!, h " + Sizes.KEYPAD_HEIGHT + "!, wrap");

        JScrollPane scroll = new JScrollPane(lines);
        scroll.setBorder(null);
        add(scroll, "growx, h 48:200:240, wrap");
        add(methods, "growx, wrap");
        amount.setName(Names.REFUND_AMOUNT);
        Style.classes(amount, Style.H3);
        add(amount, "growx, wmin 0, wrap");

        message.setName(Names.REFUND_MESSAGE);
        Style.classes(message, Style.DANGER);
        add(message, "span, growx, wmin 0, wrap");

        cancel.setText(texts.get("refund.cancel"));
        cancel.setName(Names.REFUND_CANCEL);
        cancel.addActionListener(e -> {
            if (!busy) {
                listener.cancel();
            }
        });
        confirm.setText(texts.get("refund.confirm"));
        confirm.setName(Names.REFUND_CONFIRM);
        Style.classes(confirm, Style.PRIMARY);
        confirm.setEnabled(false);
        confirm.addActionListener(e -> confirmTapped());
        add(cancel, "span, split 2, gapleft push, w 160!, h 56!");
        add(confirm, "w 200!, h 56!");
    }

    /** The order found: its lines with what is left, and its methods, the first one picked. */
    void show(Refundable refundable) {
        setBusy(false);
        shown = refundable;
        lines.removeAll();
        quantities.clear();
        List<CartLine> sold = refundable.order().lines();
        for (int lineNo = 1; lineNo <= sold.size(); lineNo++) {
            CartLine line = sold.get(lineNo - 1);
            int left = refundable.left(lineNo);
            JLabel name = new JLabel(line.product().name());
            lines.add(name, "wmin 0");
            lines.add(new JLabel(texts.get("refund.left", left, line.quantity())));
            QuantityField quantity = new QuantityField(0, left,
                    why -> message.setText(why == null ? " " : why), this::changed);
            quantity.setName(Names.REFUND_LINE_PREFIX + lineNo);
            quantity.setQuantity(0);
            quantity.setEnabled(left > 0);
            target(quantity);
            quantities.put(lineNo, quantity);
            lines.add(quantity, "h 48!");
        }
        methods.removeAll();
        methodTiles.clear();
        ButtonGroup group = new ButtonGroup();
        for (String method : refundable.methods()) {
            JToggleButton tile = new JToggleButton(methodName(method));
            tile.setName(Names.REFUND_METHOD_PREFIX + method);
            tile.setFocusable(false);
            group.add(tile);
            methodTiles.put(method, tile);
            methods.add(tile, "h 48!, wmin 120");
        }
        methodTiles.values().iterator().next().setSelected(true);
        message.setText(refundable.fullyRefunded() ? texts.get("refund.nothingLeft", refundable.order().id()) : " ");
        changed();
        revalidate();
        repaint();
    }

    /** A receipt of this till was scanned: its order is looked up as Find does, unless a lookup or refund is under way. */
    void scanned(long orderId) {
        if (busy) {
            return;
        }
        if (orderId <= Integer.MAX_VALUE) {
            order.setQuantity((int) orderId);
        }
        setBusy(true);
        message.setText(" ");
        listener.find(orderId);
    }

    /** Something scanned that finds no order: say why; nothing else changes. */
    void say(String text) {
        message.setText(text);
    }

    /** The order was not found, or the refund was not stored: say why; the cashier may try again. */
    void failed(String text) {
        setBusy(false);
        message.setText(text);
    }

    private String methodName(String method) {
        return Refund.CASH.equals(method) ? texts.get("refund.cash") : method;
    }

    private void target(QuantityField field) {
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent e) {
                keypad.setTarget(field);
            }
        });
        keypad.setTarget(field);
    }

    private List<RefundLine> chosen() {
        List<RefundLine> chosen = new ArrayList<>();
        quantities.forEach((lineNo, field) -> {
            OptionalInt quantity = field.quantity();
            if (quantity.isPresent() && quantity.getAsInt() > 0) {
                chosen.add(new RefundLine(lineNo, quantity.getAsInt()));
            }
        });
        return chosen;
    }

    private void changed() {
        if (shown == null) {
            return;
        }
        List<RefundLine> chosen = chosen();
        Optional<Money> back = Optional.empty();
        if (!chosen.isEmpty()) {
            try {
                back = Optional.of(shown.amountOf(chosen));
            } catch (IllegalArgumentException e) {
                back = Optional.empty();
            }
        }
        amount.setText(back.map(m -> texts.get("refund.amount", m.format(locale))).orElse(" "));
        confirm.setEnabled(back.isPresent() && !busy);
    }

    private void findTapped() {
        if (busy) {
            return;
        }
        OptionalInt number = order.quantity();
        if (number.isEmpty()) {
            message.setText(texts.get("refund.enterOrder"));
            return;
        }
        setBusy(true);
        message.setText(" ");
        listener.find(number.getAsInt());
    }

    private void confirmTapped() {
        if (busy || shown == null) {
            return;
        }
        List<RefundLine> chosen = chosen();
        if (chosen.isEmpty()) {
            message.setText(texts.get("refund.pickLines"));
            return;
        }
        String method = methodTiles.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                .findFirst().orElse(Refund.CASH);
        setBusy(true);
        message.setText(" ");
        listener.confirm(shown.order().id(), chosen, method);
    }

    private void setBusy(boolean busy) {
        this.busy = busy;
        find.setEnabled(!busy);
        cancel.setEnabled(!busy);
        confirm.setEnabled(!busy && shown != null && !chosen().isEmpty());
    }
}
