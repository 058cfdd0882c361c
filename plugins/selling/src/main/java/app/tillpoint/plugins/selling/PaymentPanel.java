package app.tillpoint.plugins.selling;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.sale.Tender;
import app.tillpoint.api.ui.AmountField;
import app.tillpoint.api.ui.Keypad;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.Style;
import app.tillpoint.api.ui.Texts;
import net.miginfocom.swing.MigLayout;

import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The payment dialog: the total, the method (Cash, then the terminal's others, when it takes more than cash), the
 * amount (keypad; for cash a quick button for the exact amount and the round amounts above it), the change as it is
 * typed, Confirm and Cancel. A card asks for the card terminal's approval code and the card's last four digits; UPI
 * shows the QR code of the {@code upi://pay} link for the amount, large, and takes an optional reference; another
 * method takes an optional reference. Add payment keeps a part in a method other than cash and asks for the rest
 * (split tender); change is given from cash only, so a method other than cash is refused above what is left to pay.
 * Confirm is enabled only when the payment covers the total, and is disabled on the first tap so that a double tap
 * sells once. Knows nothing of the kiosk. Event thread only.
 */
final class PaymentPanel extends JPanel {

    /** What the dialog asks of its caller. Called on the event thread. */
    interface Listener {
        /** Confirm was tapped with tenders covering the total; the dialog waits for {@link #failed}. */
        void confirm(List<Tender> tenders);

        void cancel();
    }

    private static final int QR_SIZE = 240;

    private final Money total;
    private final Locale locale;
    private final Listener listener;
    private final List<PaymentMethod> methods;
    private final String upiNote;
    private final AmountField amount;
    private final JLabel amountLabel = new JLabel();
    private final JLabel paid = new JLabel(" ");
    private final JLabel change = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private final JButton confirm = new JButton();
    private final JButton cancel = new JButton();
    private final JButton add = new JButton();
    private final Texts texts;
    private final JPanel quick = new JPanel(new MigLayout("insets 0, gap 8, wrap 3", "[120!][120!][120!]"));
    private final JPanel details = new JPanel(new MigLayout("insets 0, gap 8 6, wrap 1, hidemode 3",
            "[" + QR_SIZE + "!]"));
    private final JTextField approvalCode = new JTextField();
    private final JTextField lastFour = new JTextField();
    private final JTextField reference = new JTextField();
    private final UpiQrCode qr = new UpiQrCode(QR_SIZE);
    private final JLabel upiNoteLabel = new JLabel(" ");
    private final JTextArea hint = new JTextArea(3, 30);
    private final Map<PaymentMethod, JToggleButton> methodButtons = new HashMap<>();
    private final JLabel approvalLabel = new JLabel();
    private final JLabel lastFourLabel = new JLabel();
    private final JLabel referenceLabel = new JLabel();
    private final List<Tender> tenders = new ArrayList<>();
    private PaymentMethod method = PaymentMethod.CASH;
    private boolean busy;

    /**
     * A dialog for cash alone.
     *
     * @param total the cart's total
     * @param bills the values of the terminal's bills, for the quick buttons
     */
    PaymentPanel(Money total, List<Money> bills, Locale locale, Listener listener) {
        this(total, bills, List.of(PaymentMethod.CASH), "", locale, listener);
    }

    /**
     * @param total   the cart's total
     * @param bills   the values of the terminal's bills, for the quick buttons
     * @param methods the terminal's payment methods, cash first
     * @param upiNote the sale's reference, the UPI link's transaction note
     */
    PaymentPanel(Money total, List<Money> bills, List<PaymentMethod> methods, String upiNote, Locale locale,
                 Listener listener) {
        super(new MigLayout("insets 16, gap 8 8, hidemode 3", methods.size() > 1 ? "[392!]24[184!]24[" + QR_SIZE + "!]"
                : "[392!]24[184!]"));
        this.total = total;
        this.locale = locale;
        this.methods = List.copyOf(methods);
        this.upiNote = upiNote;
        this.texts = Texts.of(PaymentPanel.class, locale);
        confirm.setText(texts.get("payment.confirm"));
        cancel.setText(texts.get("payment.cancel"));
        add.setText(texts.get("payment.add"));
        this.listener = listener;
        this.amount = new AmountField(total.currency(), this::refused, this::refresh);

        JLabel title = new JLabel(texts.get(this.methods.size() > 1 ? "payment.titleMethods" : "payment.title"));
        Style.classes(title, Style.H2);
        add(title, "span, split 2");
        JLabel totalLabel = new JLabel(texts.get("payment.total", total.format(locale)));
        Style.classes(totalLabel, Style.H2);
        add(totalLabel, "gapleft push, wrap");
        if (this.methods.size() > 1) {
            add(methodButtons(), "span, growx, wrap");
            paid.setName(Names.PAY_PAID);
            add(paid, "span, growx, wmin 0, wrap");
        }
        Keypad keypad = new Keypad(true, () -> {
            // OK only ends typing: Confirm is what sells.
        });
        keypad.setTarget(amount);
        add(amountLabel);
        if (this.methods.size() > 1) {
            add(keypad, "spany 6, top, w 184!, h " + Sizes.KEYPAD_HEIGHT + "!");
            // The card's fields, or the QR code large, beside the keypad: the dialog keeps one size for every method.
            add(details(), "spany 6, top, wrap");
        } else {
            add(keypad, "spany 6, top, w 184!, h " + Sizes.KEYPAD_HEIGHT + "!, wrap");
        }

        amount.setName(Names.PAY_TENDERED);
        Style.classes(amount, Style.H3);
        add(amount, "growx, h 48!, wrap");

        for (Money value : QuickAmounts.of(total, bills)) {
            JButton button = new JButton(value.formatAsPrinted(locale));
            button.setName(Names.PAY_QUICK_PREFIX + value.minorUnits());
            button.setFocusable(false);
            button.setMargin(new java.awt.Insets(4, 4, 4, 4));
            button.addActionListener(e -> amount.setAmount(value));
            quick.add(button, "h 48!, growx");
        }
        hint.setEditable(false);
        hint.setFocusable(false);
        hint.setOpaque(false);
        hint.setLineWrap(true);
        hint.setWrapStyleWord(true);
        // The quick buttons for cash, or what to do for another method, in one place of one height: the keypad
        // beside it keeps its rows.
        JPanel middle = new JPanel(new MigLayout("insets 0, gap 0 4, wrap 1, hidemode 3", "[392!]", "[top]"));
        middle.add(quick);
        middle.add(hint, "growx, wmin 0");
        middle.add(upiNoteLabel, "growx, wmin 0");
        referenceLabel.setText(texts.get("payment.reference"));
        reference.setName(Names.PAY_REFERENCE);
        middle.add(referenceLabel);
        middle.add(reference, "growx, h 48!");
        add(middle, "h 160!, wrap");

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
        add.setName(Names.PAY_ADD);
        add.addActionListener(e -> addTapped());
        confirm.setName(Names.PAY_CONFIRM);
        Style.classes(confirm, Style.PRIMARY, Style.H3);
        confirm.addActionListener(e -> confirmTapped());
        add(cancel, "span, split 3, gapleft push, w 160!, h 56!");
        add(add, "w 200!, h 56!");
        add(confirm, "w 200!, h 56!");
        // One size for every method, the largest: nothing moves or is cut off when the cashier switches.
        java.awt.Dimension most = new java.awt.Dimension();
        for (PaymentMethod each : this.methods) {
            choose(each);
            java.awt.Dimension size = getPreferredSize();
            most.setSize(Math.max(most.width, size.width), Math.max(most.height, size.height));
        }
        setPreferredSize(most);
        choose(PaymentMethod.CASH);
    }

    private JPanel methodButtons() {
        JPanel row = new JPanel(new MigLayout("insets 0, gap 8", ""));
        ButtonGroup group = new ButtonGroup();
        for (PaymentMethod each : methods) {
            JToggleButton button = new JToggleButton(each.kind() == PaymentMethod.Kind.CASH
                    ? texts.get("payment.cash") : each.name());
            button.setName(Names.PAY_METHOD_PREFIX + each.name());
            button.setFocusable(false);
            button.setSelected(each.equals(PaymentMethod.CASH));
            methodButtons.put(each, button);
            button.addActionListener(e -> {
                if (!busy) {
                    choose(each);
                }
            });
            group.add(button);
            row.add(button, "h 56!, wmin 120");
        }
        return row;
    }

    private JPanel details() {
        approvalCode.setName(Names.PAY_APPROVAL_CODE);
        lastFour.setName(Names.PAY_LAST_FOUR);
        qr.setName(Names.PAY_UPI_QR);
        upiNoteLabel.setName(Names.PAY_UPI_NOTE);
        for (JTextField field : List.of(approvalCode, lastFour, reference)) {
            field.getDocument().addDocumentListener(new javax.swing.event.DocumentListener() {
                @Override
                public void insertUpdate(javax.swing.event.DocumentEvent e) {
                    refresh();
                }

                @Override
                public void removeUpdate(javax.swing.event.DocumentEvent e) {
                    refresh();
                }

                @Override
                public void changedUpdate(javax.swing.event.DocumentEvent e) {
                    refresh();
                }
            });
        }
        details.add(qr, "w " + QR_SIZE + "!, h " + QR_SIZE + "!");
        approvalLabel.setText(texts.get("payment.approvalCode"));
        lastFourLabel.setText(texts.get("payment.lastFour"));
        details.add(approvalLabel);
        details.add(approvalCode, "growx, h 48!");
        details.add(lastFourLabel);
        details.add(lastFour, "growx, h 48!");

        return details;
    }

    /** The sale was not stored: say why; Confirm can be tapped again. */
    void failed(String text) {
        busy = false;
        message.setText(text);
        refresh();
    }

    /** What is left to pay after the parts kept so far. */
    private Money due() {
        Money kept = tenders.stream().map(Tender::amount).reduce(Money.zero(total.currency()), Money::plus);
        return total.minus(kept);
    }

    private void choose(PaymentMethod chosen) {
        method = chosen;
        Optional.ofNullable(methodButtons.get(chosen)).ifPresent(button -> button.setSelected(true));
        approvalCode.setText("");
        lastFour.setText("");
        reference.setText("");
        message.setText(" ");
        PaymentMethod.Kind kind = chosen.kind();
        amountLabel.setText(texts.get(kind == PaymentMethod.Kind.CASH ? "payment.tendered" : "payment.amount"));
        if (kind == PaymentMethod.Kind.CASH) {
            amount.setText("");
        } else {
            amount.setAmount(due());
        }
        quick.setVisible(kind == PaymentMethod.Kind.CASH && tenders.isEmpty());
        details.setVisible(kind != PaymentMethod.Kind.CASH);
        hint.setVisible(kind != PaymentMethod.Kind.CASH);
        boolean card = kind == PaymentMethod.Kind.CARD;
        boolean upi = kind == PaymentMethod.Kind.UPI;
        qr.setVisible(upi);
        upiNoteLabel.setVisible(upi);
        for (java.awt.Component part : List.of(approvalLabel, lastFourLabel, approvalCode, lastFour)) {
            part.setVisible(card);
        }
        boolean referenced = upi || kind == PaymentMethod.Kind.OTHER;
        referenceLabel.setVisible(referenced);
        reference.setVisible(referenced);
        refresh();
    }

    /** The part typed in the chosen method other than cash, if it is complete and fits; otherwise why not. */
    private Optional<Tender> typedPart() {
        Optional<Money> typed = amount.amount();
        if (typed.isEmpty() || typed.get().minorUnits() <= 0) {
            return Optional.empty();
        }
        if (typed.get().compareTo(due()) > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(method.kind() == PaymentMethod.Kind.CARD
                    ? Tender.card(method, typed.get(), approvalCode.getText(), lastFour.getText())
                    : Tender.of(method, typed.get(), reference.getText()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Why the part typed in a method other than cash cannot be kept; empty when it can. */
    private Optional<String> whyNot() {
        Optional<Money> typed = amount.amount();
        if (typed.isEmpty() || typed.get().minorUnits() <= 0) {
            return Optional.of(texts.get("payment.enterAmount"));
        }
        if (typed.get().compareTo(due()) > 0) {
            return Optional.of(texts.get("payment.overDue", typed.get().format(locale), due().format(locale)));
        }
        if (method.kind() == PaymentMethod.Kind.CARD) {
            if (!approvalCode.getText().strip().matches("[A-Za-z0-9]{4,12}")) {
                return Optional.of(texts.get("payment.typeApprovalCode"));
            }
            if (!lastFour.getText().strip().matches("[0-9]{4}")) {
                return Optional.of(texts.get("payment.typeLastFour"));
            }
        } else if (!reference.getText().strip().matches("[A-Za-z0-9-]{0," + Tender.MAX_REFERENCE_LENGTH + "}")) {
            return Optional.of(texts.get("payment.referenceUnfit", Tender.MAX_REFERENCE_LENGTH));
        }
        return Optional.empty();
    }

    private void addTapped() {
        if (busy || method.kind() == PaymentMethod.Kind.CASH) {
            return;
        }
        Optional<Tender> part = typedPart();
        if (part.isEmpty()) {
            message.setText(whyNot().orElse(" "));
            return;
        }
        tenders.add(part.get());
        if (due().isZero()) {
            confirmWith(List.copyOf(tenders));
            return;
        }
        choose(PaymentMethod.CASH);
    }

    private void confirmTapped() {
        if (busy) {
            return;
        }
        List<Tender> all = new ArrayList<>(tenders);
        if (method.kind() == PaymentMethod.Kind.CASH) {
            Optional<Money> cash = amount.amount();
            if (cash.isEmpty() || cash.get().compareTo(due()) < 0 || cash.get().minorUnits() <= 0) {
                return;
            }
            all.add(Tender.cash(cash.get()));
        } else {
            Optional<Tender> part = typedPart();
            if (part.isEmpty() || part.get().amount().compareTo(due()) != 0) {
                message.setText(whyNot().orElseGet(() -> texts.get("payment.short", due().minus(amount.amount()
                        .orElse(Money.zero(total.currency()))).format(locale))));
                return;
            }
            all.add(part.get());
        }
        confirmWith(all);
    }

    private void confirmWith(List<Tender> all) {
        busy = true;
        message.setText(" ");
        refresh();
        listener.confirm(all);
    }

    private void refused(String why) {
        message.setText(why == null ? " " : why);
    }

    private void refresh() {
        Money due = due();
        Optional<Money> typed = amount.amount();
        boolean cash = method.kind() == PaymentMethod.Kind.CASH;
        boolean covers;
        if (cash) {
            covers = typed.isPresent() && typed.get().minorUnits() > 0 && typed.get().compareTo(due) >= 0;
            if (typed.isEmpty()) {
                change.setText(texts.get("payment.enterTendered"));
            } else if (covers) {
                change.setText(texts.get("payment.change", typed.get().minus(due).format(locale)));
            } else {
                change.setText(texts.get("payment.short", due.minus(typed.get()).format(locale)));
            }
        } else {
            covers = typedPart().map(t -> t.amount().compareTo(due) == 0).orElse(false);
            change.setText(whyNot().orElseGet(() -> covers ? texts.get("payment.noChange")
                    : texts.get("payment.leftAfter", due.minus(typed.orElseThrow()).format(locale))));
        }
        if (method.kind() == PaymentMethod.Kind.UPI) {
            Optional<Money> toPay = typed.filter(t -> t.minorUnits() > 0 && t.compareTo(due) <= 0);
            String link = toPay.map(t -> method.upiLink(t, upiNote)).orElse("");
            if (!link.equals(qr.link())) {
                qr.show(link);
            }
            upiNoteLabel.setText(texts.get("payment.upiNote", upiNote));
            hint.setText(toPay.map(t -> texts.get("payment.upiScan", t.format(locale), method.payee()))
                    .orElse(" "));
        } else if (method.kind() == PaymentMethod.Kind.CARD) {
            hint.setText(texts.get("payment.cardSteps", typed.orElse(due).format(locale)));
        } else {
            hint.setText(texts.get("payment.otherSteps", method.name()));
        }
        paid.setText(tenders.isEmpty() ? texts.get("payment.nothingPaid", due.format(locale))
                : texts.get("payment.paidSoFar", paidText(), due.format(locale)));
        confirm.setEnabled(covers && !busy);
        add.setVisible(!cash);
        add.setEnabled(!cash && !busy && typedPart().isPresent());
        cancel.setEnabled(!busy);
        amount.setEditable(!busy);
        revalidate();
        repaint();
    }

    private String paidText() {
        List<String> parts = new ArrayList<>();
        for (Tender tender : tenders) {
            parts.add(texts.get("payment.part", tender.method().name(), tender.amount().format(locale)));
        }
        return String.join(", ", parts);
    }
}
