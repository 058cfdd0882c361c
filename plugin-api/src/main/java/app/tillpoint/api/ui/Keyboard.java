package app.tillpoint.api.ui;

import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.text.BadLocationException;
import javax.swing.text.JTextComponent;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The on-screen keyboard for text a cashier types on a touch screen (a name, a note, a reason): digits, letters in
 * QWERTY rows, shift, a few marks, space, back and OK. Like the {@link Keypad} it types into a target text field
 * through the field's document, so the field's own filter still applies, and its keys never take the focus. Event
 * thread only. @since 1.2
 *
 * <p>Component names: {@code keyboard.<key>} for a letter, digit or mark as typed in lower case ({@code keyboard.a},
 * {@code keyboard.7}, {@code keyboard.-}), and {@code keyboard.shift}, {@code keyboard.space}, {@code keyboard.back},
 * {@code keyboard.ok}.
 */
public class Keyboard extends JPanel {
    private static final String[] ROWS = {"1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm,.-"};

    /** The letter keys, whose text shift turns to capitals. */
    private final List<JButton> letters = new ArrayList<>();
    /** Where the keys type; null for nowhere. */
    private JTextComponent target;
    /** Whether the next letter is a capital. */
    private boolean shift = true;

    /**
     * A keyboard with shift on, which types nowhere until {@link #setTarget} is called.
     *
     * @param onOk run when OK is tapped
     */
    public Keyboard(Runnable onOk) {
        super(new GridBagLayout());
        GridBagConstraints at = new GridBagConstraints();
        at.fill = GridBagConstraints.BOTH;
        at.weightx = 1;
        at.weighty = 1;
        at.insets = new Insets(3, 3, 3, 3);
        for (int y = 0; y < ROWS.length; y++) {
            for (int x = 0; x < ROWS[y].length(); x++) {
                at.gridx = x;
                at.gridy = y;
                add(key(String.valueOf(ROWS[y].charAt(x))), at);
            }
        }
        at.gridy = ROWS.length;
        at.gridx = 0;
        at.gridwidth = 2;
        add(control("shift", "\u21E7", () -> setShift(!shift)), at);
        at.gridx = 2;
        at.gridwidth = 5;
        add(control("space", " ", () -> type(" ")), at);
        at.gridx = 7;
        at.gridwidth = 1;
        add(control("back", "\u232B", this::backspace), at);
        at.gridx = 8;
        at.gridwidth = 2;
        add(control("ok", "OK", onOk), at);
        setShift(true);
    }

    /**
     * Where the keys type; may change while the keyboard is shown.
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

    private JButton key(String key) {
        JButton button = new JButton(key);
        button.setName(Names.KEYBOARD_PREFIX + key);
        button.setFocusable(false);
        button.setMargin(new Insets(2, 2, 2, 2));
        button.addActionListener(e -> {
            type(button.getText());
            if (shift && Character.isLetter(key.charAt(0))) {
                setShift(false);
            }
        });
        if (Character.isLetter(key.charAt(0))) {
            letters.add(button);
        }
        return button;
    }

    private JButton control(String name, String text, Runnable action) {
        JButton button = new JButton(text);
        button.setName(Names.KEYBOARD_PREFIX + name);
        button.setFocusable(false);
        button.setMargin(new Insets(2, 2, 2, 2));
        button.addActionListener(e -> action.run());
        return button;
    }

    /** Capitals for the next letter (on at first): names start with one. */
    private void setShift(boolean on) {
        shift = on;
        for (JButton letter : letters) {
            String text = letter.getName().substring(Names.KEYBOARD_PREFIX.length());
            letter.setText(on ? text.toUpperCase(Locale.ROOT) : text);
        }
    }

    private void type(String text) {
        if (target == null || !target.isEditable()) {
            return;
        }
        try {
            target.getDocument().insertString(target.getDocument().getLength(), text, null);
        } catch (BadLocationException e) {
            throw new IllegalStateException("The keyboard's target changed under it", e);
        }
    }

    private void backspace() {
        if (target == null || !target.isEditable()) {
            return;
        }
        var document = target.getDocument();
        try {
            if (document.getLength() > 0) {
                document.remove(document.getLength() - 1, 1);
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("The keyboard's target changed under it", e);
        }
    }
}
