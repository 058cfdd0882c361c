package app.tillpoint.api.ui;

import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.text.AbstractDocument;
import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;

/**
 * The on-screen keypad for every number a cashier enters: three columns of digits as on a phone, back, clear, an
 * optional decimal point, an optional ± (1.5), and a wide OK at the bottom; narrow enough to stand beside a form on a 1024x768 screen
 * (give it 184 x 280 px: five rows of 48 px keys with their gaps).
 * It types into a target text field through the field's document, so the field's own filter still applies. Its
 * buttons never take the focus, so the target keeps it. Event thread only.
 *
 * <p>Component names: {@code keypad.0} … {@code keypad.9}, {@code keypad.dot}, {@code keypad.sign},
 * {@code keypad.back}, {@code keypad.clear}, {@code keypad.ok}.
 */
public class Keypad extends JPanel {
    /** Where the keys type; null for nowhere. */
    private JTextComponent target;

    /**
     * A keypad that types nowhere until {@link #setTarget} is called.
     *
     * @param decimalPoint whether to show a "." key (amounts) or not (PINs, quantities)
     * @param onOk         run when OK is tapped
     */
    public Keypad(boolean decimalPoint, Runnable onOk) {
        this(decimalPoint, false, onOk);
    }

    /**
     * A keypad that types nowhere until {@link #setTarget} is called, with a ± key that puts a minus sign before what
     * the field holds or takes it away (through the field's document as one change, so a field that takes no sign, or
     * no sign alone, refuses it as it refuses any key; see {@link AmountField#signed}).
     *
     * @param decimalPoint whether to show a "." key (amounts) or not (PINs, quantities)
     * @param sign         whether to show the ± key ({@link Names#KEYPAD_SIGN}), beside C in the bottom row
     * @param onOk         run when OK is tapped
     * @since 1.5
     */
    public Keypad(boolean decimalPoint, boolean sign, Runnable onOk) {
        super(new GridBagLayout());
        String[] digitsRow = decimalPoint ? new String[] {"dot", "0", "back"}
                : sign ? new String[] {"sign", "0", "back"} : new String[] {"clear", "0", "back"};
        String[] bottomRow = decimalPoint ? sign ? new String[] {"clear", "sign", "ok"} : new String[] {"clear", "ok"}
                : sign ? new String[] {"clear", "ok"} : new String[] {"ok"};
        String[][] rows = {{"7", "8", "9"}, {"4", "5", "6"}, {"1", "2", "3"}, digitsRow, bottomRow};
        GridBagConstraints at = new GridBagConstraints();
        at.fill = GridBagConstraints.BOTH;
        at.weightx = 1;
        at.weighty = 1;
        at.insets = new Insets(4, 4, 4, 4);
        for (int y = 0; y < rows.length; y++) {
            int x = 0;
            for (String key : rows[y]) {
                at.gridx = x;
                at.gridy = y;
                // The last row's keys share the three columns: OK is the widest, the easiest to hit.
                at.gridwidth = rows[y].length == 3 ? 1 : key.equals("ok") ? 3 - x : 1;
                JButton button = button(key, onOk);
                if (key.equals("ok") && at.gridwidth == 1) {
                    // One column beside C and ±: the usual margins would leave "OK" as "...".
                    button.setMargin(new Insets(2, 2, 2, 2));
                }
                add(button, at);
                x += at.gridwidth;
            }
        }
    }

    /**
     * Where the keys type; may change while the keypad is shown, e.g. to the quantity tapped last.
     *
     * @param target the field to type into; null to type nowhere. A field that is not editable is not typed into
     */
    public void setTarget(JTextComponent target) {
        this.target = target;
    }

    /**
     * Where the keys type now.
     *
     * @return the target; null if there is none
     */
    public JTextComponent target() {
        return target;
    }

    private JButton button(String key, Runnable onOk) {
        String text = switch (key) {
            case "back" -> "\u232B";
            case "clear" -> "C";
            case "ok" -> "OK";
            case "dot" -> ".";
            case "sign" -> "±";
            default -> key;
        };
        JButton button = new JButton(text);
        button.setName(Names.KEYPAD_PREFIX + key);
        button.setFocusable(false);
        button.putClientProperty("JButton.buttonType", "roundRect");
        button.addActionListener(e -> {
            if ("ok".equals(key)) {
                onOk.run();
            } else if (target != null && target.isEditable()) {
                type(key);
            }
        });
        return button;
    }

    private void type(String key) {
        var document = target.getDocument();
        try {
            switch (key) {
                case "back" -> {
                    if (document.getLength() > 0) {
                        document.remove(document.getLength() - 1, 1);
                    }
                }
                case "clear" -> document.remove(0, document.getLength());
                case "dot" -> document.insertString(document.getLength(), ".", null);
                case "sign" -> {
                    String text = document.getText(0, document.getLength());
                    String signed = text.startsWith("-") ? text.substring(1) : "-" + text;
                    if (document instanceof AbstractDocument whole) {
                        // One change, so the field's filter sees the whole new text and may refuse it.
                        whole.replace(0, document.getLength(), signed, null);
                    } else {
                        document.remove(0, document.getLength());
                        document.insertString(0, signed, null);
                    }
                }
                default -> document.insertString(document.getLength(), key, null);
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("The keypad's target changed under it", e);
        }
    }
}
