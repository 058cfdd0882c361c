package app.tillpoint.plugins.selling;

import app.tillpoint.api.ShownText;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.CashMove;
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
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The cash in / cash out dialog: the amount on the keypad, a reason tile from the terminal's list and/or a reason
 * typed, Confirm and Cancel. It only gathers the cashier's input; the caller stores it. Knows nothing of the kiosk.
 * Event thread only.
 */
final class CashMovePanel extends JPanel {

    /** What the dialog asks of its caller. Called on the event thread. */
    interface Listener {
        /** Confirm was tapped with an amount above nothing and a reason; the dialog waits for {@link #failed}. */
        void confirm(Money amount, String reason);

        void cancel();
    }

    private final Listener listener;
    private final AmountField amount;
    private final List<JToggleButton> reasonTiles = new ArrayList<>();
    private final JTextField reasonText = new JTextField(20);
    private final JLabel message = new JLabel(" ");
    private final JButton confirm = new JButton();
    private final JButton cancel = new JButton();
    private final Texts texts;
    private boolean busy;

    /**
     * @param direction in or out of the drawer
     * @param reasons   the terminal's reasons, shown as tiles
     * @param locale    the language of the texts
     */
    CashMovePanel(CashMove.Direction direction, Currency currency, List<String> reasons, Locale locale,
                  Listener listener) {
        super(new MigLayout("insets 16, gap 8 8", "[392!]24[184!]"));
        this.listener = listener;
        this.texts = Texts.of(CashMovePanel.class, locale);
        confirm.setText(texts.get("cashMove.confirm"));
        cancel.setText(texts.get("cashMove.cancel"));
        this.amount = new AmountField(currency, why -> message.setText(why == null ? " " : why), () -> {
        });

        JLabel title = new JLabel(texts.get(direction == CashMove.Direction.IN ? "cashMove.in" : "cashMove.out"));
        Style.classes(title, Style.H2);
        add(title, "wrap");

        Keypad keypad = new Keypad(true, () -> {
            // OK only ends typing: Confirm is what stores the move.
        });
        keypad.setTarget(amount);
        add(new JLabel(texts.get("cashMove.amount")));
        add(keypad, "spany 6, top, w 184!, h " + Sizes.KEYPAD_HEIGHT + "!, wrap");
        amount.setName(Names.CASH_MOVE_AMOUNT);
        Style.classes(amount, Style.H3);
        add(amount, "growx, h 48!, wrap");

        add(new JLabel(texts.get("cashMove.reason")), "wrap");
        JPanel tiles = new JPanel(new MigLayout("insets 0, gap 8, wrap 2", "[188!][188!]"));
        ButtonGroup group = new ButtonGroup();
        for (int i = 0; i < reasons.size(); i++) {
            JToggleButton tile = new JToggleButton(reasons.get(i));
            tile.setName(Names.CASH_MOVE_REASON_PREFIX + i);
            tile.setFocusable(false);
            tile.setMargin(new java.awt.Insets(4, 6, 4, 6));
            tile.addActionListener(e -> message.setText(" "));
            group.add(tile);
            reasonTiles.add(tile);
            tiles.add(tile, "h 48!, growx, wmin 0");
        }
        add(tiles, "wrap");
        reasonText.setName(Names.CASH_MOVE_REASON_TEXT);
        reasonText.putClientProperty("JTextField.placeholderText", texts.get(reasons.isEmpty() ? "cashMove.why" : "cashMove.orType"));
        add(reasonText, "growx, h 48!, wrap");

        message.setName(Names.CASH_MOVE_MESSAGE);
        Style.classes(message, Style.DANGER);
        add(message, "span, growx, wmin 0, wrap");

        cancel.setName(Names.CASH_MOVE_CANCEL);
        cancel.addActionListener(e -> {
            if (!busy) {
                listener.cancel();
            }
        });
        confirm.setName(Names.CASH_MOVE_CONFIRM);
        Style.classes(confirm, Style.PRIMARY);
        confirm.addActionListener(e -> confirmTapped());
        add(cancel, "span, split 2, gapleft push, w 160!, h 56!");
        add(confirm, "w 200!, h 56!");
    }

    /** The move was not stored: say why; Confirm can be tapped again. */
    void failed(String text) {
        setBusy(false);
        message.setText(text);
    }

    /** The reason as picked and typed: "Supplier paid: milk", or either alone. */
    String reason() {
        String picked = reasonTiles.stream().filter(JToggleButton::isSelected).map(JToggleButton::getText)
                .findFirst().orElse("");
        String typed = reasonText.getText().strip();
        if (picked.isEmpty()) {
            return typed;
        }
        return typed.isEmpty() ? picked : picked + ": " + typed;
    }

    private void confirmTapped() {
        if (busy) {
            return;
        }
        Optional<Money> typed = amount.amount();
        if (typed.isEmpty() || typed.get().isZero()) {
            message.setText(texts.get("cashMove.enterAmount"));
            return;
        }
        String reason = reason();
        if (reason.isBlank()) {
            message.setText(texts.get("cashMove.pickReason"));
            return;
        }
        Optional<String> unfit = ShownText.problemInTyped(reason, false);
        if (unfit.isPresent()) {
            message.setText(texts.get("cashMove.reasonUnfit", unfit.get()));
            return;
        }
        setBusy(true);
        message.setText(" ");
        listener.confirm(typed.get(), reason);
    }

    private void setBusy(boolean busy) {
        this.busy = busy;
        confirm.setEnabled(!busy);
        cancel.setEnabled(!busy);
        amount.setEditable(!busy);
    }
}
