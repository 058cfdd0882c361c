package app.tillpoint.plugins.selling;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.ui.AmountField;
import app.tillpoint.api.ui.Keypad;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.Style;
import app.tillpoint.api.ui.Texts;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The cash payment dialog: the total, the amount tendered (keypad, or a quick button for the exact amount and the
 * round amounts above it), the change as it is typed, Confirm and Cancel. Confirm is enabled only when enough is
 * tendered, and is disabled on the first tap so that a double tap sells once. Knows nothing of the kiosk. Event
 * thread only.
 */
final class PaymentPanel extends JPanel {

    /** What the dialog asks of its caller. Called on the event thread. */
    interface Listener {
        /** Confirm was tapped with {@code tendered} at least the total; the dialog waits for {@link #failed}. */
        void confirm(Money tendered);

        void cancel();
    }

    private final Money total;
    private final Locale locale;
    private final Listener listener;
    private final AmountField tendered;
    private final JLabel change = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private final JButton confirm = new JButton();
    private final JButton cancel = new JButton();
    private final Texts texts;
    private final JPanel quick = new JPanel(new MigLayout("insets 0, gap 8, wrap 3", "[120!][120!][120!]"));
    private boolean busy;

    /**
     * @param total the cart's total
     * @param bills the values of the terminal's bills, for the quick buttons
     */
    PaymentPanel(Money total, List<Money> bills, Locale locale, Listener listener) {
        super(new MigLayout("insets 16, gap 8 8", "[392!]24[184!]"));
        this.total = total;
        this.locale = locale;
        this.texts = Texts.of(PaymentPanel.class, locale);
        confirm.setText(texts.get("payment.confirm"));
        cancel.setText(texts.get("payment.cancel"));
        this.listener = listener;
        this.tendered = new AmountField(total.currency(), this::refused, this::refresh);

        JLabel title = new JLabel(texts.get("payment.title"));
        Style.classes(title, Style.H2);
        add(title, "split 2");
        JLabel totalLabel = new JLabel(texts.get("payment.total", total.format(locale)));
        Style.classes(totalLabel, Style.H2);
        add(totalLabel, "gapleft push");
        Keypad keypad = new Keypad(true, () -> {
            // OK only ends typing: Confirm is what sells.
        });
        keypad.setTarget(tendered);
        add(keypad, "spany 6, top, w 184!, h " + Sizes.KEYPAD_HEIGHT + "!, wrap");

        add(new JLabel(texts.get("payment.tendered")), "wrap");
        tendered.setName(Names.PAY_TENDERED);
        Style.classes(tendered, Style.H3);
        add(tendered, "growx, h 48!, wrap");

        for (Money amount : QuickAmounts.of(total, bills)) {
            JButton button = new JButton(amount.formatAsPrinted(locale));
            button.setName(Names.PAY_QUICK_PREFIX + amount.minorUnits());
            button.setFocusable(false);
            button.setMargin(new java.awt.Insets(4, 4, 4, 4));
            button.addActionListener(e -> tendered.setAmount(amount));
            quick.add(button, "h 48!, growx");
        }
        add(quick, "wrap");

        change.setName(Names.PAY_CHANGE);
        Style.classes(change, Style.H2);
        add(change, "growx, wmin 0, wrap");
        message.setName(Names.PAY_MESSAGE);
        Style.classes(message, Style.DANGER);
        add(message, "growx, wmin 0, wrap");

        cancel.setName(Names.PAY_CANCEL);
        cancel.addActionListener(e -> {
            if (!busy) {
                listener.cancel();
            }
        });
        confirm.setName(Names.PAY_CONFIRM);
        Style.classes(confirm, Style.PRIMARY, Style.H3);
        confirm.addActionListener(e -> confirmTapped());
        add(cancel, "span, split 2, gapleft push, w 160!, h 56!");
        add(confirm, "w 200!, h 56!");
        refresh();
    }

    /** The sale was not stored: say why; Confirm can be tapped again. */
    void failed(String text) {
        busy = false;
        message.setText(text);
        refresh();
    }

    private void confirmTapped() {
        Optional<Money> amount = tendered.amount();
        if (busy || amount.isEmpty() || amount.get().compareTo(total) < 0) {
            return;
        }
        busy = true;
        message.setText(" ");
        refresh();
        listener.confirm(amount.get());
    }

    private void refused(String why) {
        message.setText(why == null ? " " : why);
    }

    private void refresh() {
        Optional<Money> amount = tendered.amount();
        boolean enough = amount.isPresent() && amount.get().compareTo(total) >= 0;
        if (amount.isEmpty()) {
            change.setText(texts.get("payment.enterTendered"));
        } else if (enough) {
            change.setText(texts.get("payment.change", amount.get().minus(total).format(locale)));
        } else {
            change.setText(texts.get("payment.short", total.minus(amount.get()).format(locale)));
        }
        confirm.setEnabled(enough && !busy);
        cancel.setEnabled(!busy);
        tendered.setEditable(!busy);
    }
}
