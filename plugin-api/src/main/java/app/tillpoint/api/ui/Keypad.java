package app.tillpoint.api.ui;

import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;
import java.awt.GridLayout;

/**
 * The on-screen keypad for every number a cashier enters: digits, back, clear, OK, and optionally a decimal point.
 * It types into a target text field through the field's document, so the field's own filter still applies. Its
 * buttons never take the focus, so the target keeps it. Event thread only.
 *
 * <p>Component names: {@code keypad.0} … {@code keypad.9}, {@code keypad.dot}, {@code keypad.back},
 * {@code keypad.clear}, {@code keypad.ok}.
 */
public class Keypad extends JPanel {
    private JTextComponent target;

    /**
     * @param decimalPoint whether to show a "." key (amounts) or not (PINs, quantities)
     * @param onOk         run when OK is tapped
     */
    public Keypad(boolean decimalPoint, Runnable onOk) {
        super(new GridLayout(4, 4, 8, 8));
        for (String key : new String[] {"7", "8", "9", "back", "4", "5", "6", "clear", "1", "2", "3", "", "0",
            decimalPoint ? "dot" : "", "", "ok"}) {
            add(key.isEmpty() ? new JPanel() : button(key, onOk));
        }
    }

    /** Where the keys type; may change while the keypad is shown, e.g. to the quantity tapped last. */
    public void setTarget(JTextComponent target) {
        this.target = target;
    }

    public JTextComponent target() {
        return target;
    }

    private JButton button(String key, Runnable onOk) {
        String text = switch (key) {
            case "back" -> "\u232B";
            case "clear" -> "C";
            case "ok" -> "OK";
            case "dot" -> ".";
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
                default -> document.insertString(document.getLength(), key, null);
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("The keypad's target changed under it", e);
        }
    }
}
