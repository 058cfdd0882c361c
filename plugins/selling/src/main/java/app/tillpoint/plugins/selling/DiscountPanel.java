package app.tillpoint.plugins.selling;

import app.tillpoint.api.ShownText;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The discount dialog: what the discount or price does, a reason tile from the terminal's list and/or a reason typed
 * on the on-screen keyboard, Apply and Cancel. It only gathers the reason; the {@link DiscountFlow} applies it. Event
 * thread only.
 */
final class DiscountPanel extends JPanel {

    /** What the dialog asks of its caller. Called on the event thread. */
    interface Listener {
        /** Apply was tapped with a reason fit to keep. */
        void apply(String reason);

        void cancel();
    }

    private final List<JToggleButton> reasonTiles = new ArrayList<>();
    private final JTextField reasonText = new JTextField(20);
    private final JLabel message = new JLabel(" ");
    private final Texts texts;
    private final Listener listener;

    /**
     * @param title   what is being applied, e.g. "Discount on Ghee 500 ml: −₹52.35"
     * @param reasons the terminal's discount reasons, shown as tiles
     */
    DiscountPanel(String title, List<String> reasons, Locale locale, Listener listener) {
        super(new MigLayout("insets 16, gap 8 8, wrap 1", "[392!]"));
        this.texts = Texts.of(DiscountPanel.class, locale);
        this.listener = listener;
        JLabel heading = new JLabel(title);
        Style.classes(heading, Style.H3);
        add(heading, "wmin 0");
        add(new JLabel(texts.get("discount.reason")));
        JPanel tiles = new JPanel(new MigLayout("insets 0, gap 8, wrap 2", "[188!][188!]"));
        ButtonGroup group = new ButtonGroup();
        for (int i = 0; i < reasons.size(); i++) {
            JToggleButton tile = new JToggleButton(reasons.get(i));
            tile.setName(Names.DISCOUNT_REASON_PREFIX + i);
            tile.setFocusable(false);
            tile.setMargin(new java.awt.Insets(4, 6, 4, 6));
            tile.addActionListener(e -> message.setText(" "));
            group.add(tile);
            reasonTiles.add(tile);
            tiles.add(tile, "h 48!, growx, wmin 0");
        }
        add(tiles);
        reasonText.setName(Names.DISCOUNT_REASON_TEXT);
        reasonText.putClientProperty("JTextField.placeholderText", texts.get("discount.orType"));
        add(reasonText, "growx, h 48!");
        message.setName(Names.DISCOUNT_MESSAGE);
        Style.classes(message, Style.DANGER);
        add(message, "growx, wmin 0");
        JButton cancel = new JButton(texts.get("discount.cancel"));
        cancel.setName(Names.DISCOUNT_CANCEL);
        cancel.addActionListener(e -> listener.cancel());
        JButton apply = new JButton(texts.get("discount.apply"));
        apply.setName(Names.DISCOUNT_CONFIRM);
        Style.classes(apply, Style.PRIMARY);
        apply.addActionListener(e -> applyTapped());
        add(cancel, "split 2, gapleft push, w 160!, h 56!");
        add(apply, "w 200!, h 56!");
    }

    /** The change was not applied: say why; Apply can be tapped again. */
    void failed(String text) {
        message.setText(text);
    }

    /** The reason as picked and typed: "Damaged: dented tin", or either alone. */
    String reason() {
        String picked = reasonTiles.stream().filter(JToggleButton::isSelected).map(JToggleButton::getText)
                .findFirst().orElse("");
        String typed = reasonText.getText().strip();
        if (picked.isEmpty()) {
            return typed;
        }
        return typed.isEmpty() ? picked : picked + ": " + typed;
    }

    private void applyTapped() {
        String reason = reason();
        if (reason.isBlank()) {
            message.setText(texts.get("discount.pickReason"));
            return;
        }
        Optional<String> unfit = ShownText.problemInTyped(reason, false);
        if (unfit.isPresent()) {
            message.setText(texts.get("discount.reasonUnfit", unfit.get()));
            return;
        }
        listener.apply(reason);
    }
}
