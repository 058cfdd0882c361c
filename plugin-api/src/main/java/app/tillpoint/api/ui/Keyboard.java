package app.tillpoint.api.ui;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextArea;
import javax.swing.text.BadLocationException;
import javax.swing.text.Document;
import javax.swing.text.JTextComponent;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.util.List;
import java.util.Locale;

/**
 * The on-screen keyboard for text a cashier types on a touch screen (a name, a note, a reason): the pages of a
 * {@link KeyboardLayout} (letters and digits, symbols; Hindi and Tamil letters and signs), shift (tap once for one
 * capital, again for caps lock, again for off), the page key, a language key when there is more than one layout,
 * space, back, enter, and a key that hides the keyboard when the host gives one. Like the {@link Keypad} it types into
 * a target text component at its caret, replacing the selection, through the component's document, so the field's own
 * filter and limits and its undo still apply; its keys never take the focus. Keys are at least 48 x 48 px; the whole
 * fits a screen 800 px wide. Event thread only.
 *
 * <p>When the terminal has no physical keyboard (its {@code terminal.json} says {@code "keyboard": {"onScreen":
 * true}}), the kiosk opens one of these for every text component that gets the focus and {@link #opensFor} accepts,
 * plugins' included, without the plugin doing anything. A component opts out with the client property
 * {@link #ON_SCREEN} set to {@code false}, e.g. because it shows a keyboard of its own.
 *
 * <p>Component names: {@code keyboard.<key>} for a key, as it types without shift ({@code keyboard.a},
 * {@code keyboard.7}, {@code keyboard.-}, {@code keyboard.क}), and {@code keyboard.shift}, {@code keyboard.page},
 * {@code keyboard.language}, {@code keyboard.space}, {@code keyboard.back}, {@code keyboard.enter},
 * {@code keyboard.hide}.
 *
 * @since 1.2
 */
public class Keyboard extends JPanel {
    /**
     * The client property of a text component that, set to {@link Boolean#FALSE}, keeps the kiosk's on-screen keyboard
     * from opening for it.
     *
     * @since 1.2
     */
    public static final String ON_SCREEN = "Tillpoint.onScreenKeyboard";

    /** The smallest key, a finger's width. */
    private static final int KEY = 48;
    private static final int GAP = 4;
    /** Shown around a vowel sign, which has no shape of its own: the dotted circle of the Unicode charts. */
    private static final String MARK_BASE = "\u25CC";

    private enum Shift { OFF, ONCE, CAPS }

    /** The layouts the language key turns through. */
    private final List<KeyboardLayout> layouts;
    /** Run by enter outside a text area. */
    private final Runnable onEnter;
    /** The rows of the page shown, laid out anew when the page, the layout or shift changes. */
    private final JPanel rows = new JPanel(new GridLayout(KeyboardLayout.MAX_ROWS, 1, 0, GAP));
    /** Shift, showing its state. */
    private final JButton shiftKey;
    /** The page key, showing the next page's label. */
    private final JButton pageKey;
    /** The language key, showing the layout's label; null with one layout. */
    private final JButton languageKey;
    /** Where the keys type; null for nowhere. */
    private JTextComponent target;
    /** The layout shown, an index of {@link #layouts}. */
    private int layout;
    /** The page shown, an index of the layout's pages. */
    private int page;
    /** Off, on for one letter, or caps lock. */
    private Shift shift = Shift.ONCE;

    /**
     * An English keyboard with shift on for the first letter, which types nowhere until {@link #setTarget} is called.
     *
     * @param onEnter run when enter is tapped (in a text area enter starts a new line instead)
     */
    public Keyboard(Runnable onEnter) {
        this(List.of(KeyboardLayout.ENGLISH), onEnter, null);
    }

    /**
     * A keyboard of the given layouts, the first shown first, which types nowhere until {@link #setTarget} is called.
     *
     * @param layouts the layouts its language key turns through; at least one
     * @param onEnter run when enter is tapped (in a text area enter starts a new line instead)
     * @param onHide  run when its hide key is tapped; null for a keyboard without one
     * @throws IllegalArgumentException when there is no layout
     */
    public Keyboard(List<KeyboardLayout> layouts, Runnable onEnter, Runnable onHide) {
        super(new BorderLayout(0, GAP));
        if (layouts.isEmpty()) {
            throw new IllegalArgumentException("A keyboard needs a layout");
        }
        this.layouts = List.copyOf(layouts);
        this.onEnter = onEnter;
        add(rows, BorderLayout.CENTER);
        JPanel controls = new JPanel(new GridBagLayout());
        shiftKey = control(controls, "shift", 3, this::shiftTapped);
        pageKey = control(controls, "page", 3, this::pageTapped);
        languageKey = this.layouts.size() > 1 ? control(controls, "language", 2, this::languageTapped) : null;
        control(controls, "space", 8, () -> type(" ")).setText(" ");
        control(controls, "back", 3, this::backspace).setText("\u232B");
        control(controls, "enter", 3, this::enterTapped).setText("\u21B5");
        if (onHide != null) {
            control(controls, "hide", 2, onHide).setText("\u2193");
        }
        add(controls, BorderLayout.SOUTH);
        showKeys();
    }

    /**
     * Whether the kiosk's on-screen keyboard opens for {@code component} when it gets the focus: a text component
     * the cashier may type in (editable and enabled), not one typed on the {@link Keypad} (a {@link KeypadField}, a
     * PIN's password field), and not one whose {@link #ON_SCREEN} property is {@code false}.
     *
     * @param component the component that has the focus; may be null
     * @return true to open the keyboard for it
     */
    public static boolean opensFor(Component component) {
        return component instanceof JTextComponent text && text.isEditable() && text.isEnabled()
                && !(text instanceof KeypadField) && !(text instanceof JPasswordField)
                && !Boolean.FALSE.equals(text.getClientProperty(ON_SCREEN));
    }

    /**
     * Where the keys type; may change while the keyboard is shown. Shift turns on for the first letter of an empty
     * text, unless caps lock is on.
     *
     * @param target the text component to type into, at its caret; null to type nowhere. One that is not editable or
     *               not enabled is not typed into
     */
    public void setTarget(JTextComponent target) {
        this.target = target;
        if (shift != Shift.CAPS) {
            setShift(target != null && target.getDocument().getLength() == 0 ? Shift.ONCE : Shift.OFF);
        }
    }

    /**
     * Where the keys type now.
     *
     * @return the target; null if there is none
     */
    public JTextComponent target() {
        return target;
    }

    /**
     * The layout shown now.
     *
     * @return one of the layouts it was made with
     */
    public KeyboardLayout shownLayout() {
        return layouts.get(layout);
    }

    private JButton control(JPanel controls, String name, int width, Runnable action) {
        JButton button = button(name);
        button.addActionListener(e -> action.run());
        GridBagConstraints at = new GridBagConstraints();
        at.gridx = controls.getComponentCount();
        at.fill = GridBagConstraints.BOTH;
        at.weightx = width;
        at.weighty = 1;
        at.insets = new Insets(0, 0, 0, GAP);
        controls.add(button, at);
        return button;
    }

    private static JButton button(String name) {
        JButton button = new JButton();
        button.setName(Names.KEYBOARD_PREFIX + name);
        button.setFocusable(false);
        button.setMargin(new Insets(2, 2, 2, 2));
        button.setPreferredSize(new Dimension(KEY, KEY));
        button.setMinimumSize(new Dimension(KEY, KEY));
        return button;
    }

    /** Lays out the keys of the page shown, in the case shift asks for. */
    private void showKeys() {
        rows.removeAll();
        KeyboardLayout.Page shown = shownLayout().pages().get(page);
        int columns = shown.columns();
        for (int y = 0; y < KeyboardLayout.MAX_ROWS; y++) {
            JPanel row = new JPanel(new GridLayout(1, columns, GAP, 0));
            List<String> keys = y < shown.rows().size() ? shown.rows().get(y) : List.of();
            // A short row is centred, its keys as wide as the others.
            int before = keys.isEmpty() ? 0 : (columns - keys.size()) / 2;
            for (int x = 0; x < columns; x++) {
                int index = x - before;
                row.add(index >= 0 && index < keys.size() ? key(keys.get(index)) : new JLabel());
            }
            rows.add(row);
        }
        List<KeyboardLayout.Page> pages = shownLayout().pages();
        pageKey.setText(pages.size() > 1 ? pages.get((page + 1) % pages.size()).label() : "");
        pageKey.setEnabled(pages.size() > 1);
        shiftKey.setText(switch (shift) {
            case OFF -> "\u21E7";
            case ONCE -> "\u2B06";
            case CAPS -> "\u21EA";
        });
        if (languageKey != null) {
            languageKey.setText(shownLayout().label());
        }
        rows.revalidate();
        rows.repaint();
    }

    private JButton key(String key) {
        JButton button = button(key);
        String typed = shift == Shift.OFF ? key : key.toUpperCase(Locale.ROOT);
        button.setText(Character.getType(key.codePointAt(0)) == Character.NON_SPACING_MARK
                || Character.getType(key.codePointAt(0)) == Character.COMBINING_SPACING_MARK ? MARK_BASE + key : typed);
        button.addActionListener(e -> {
            type(typed);
            if (shift == Shift.ONCE && !typed.equals(key)) {
                setShift(Shift.OFF);
            }
        });
        return button;
    }

    private void setShift(Shift next) {
        if (shift != next) {
            shift = next;
            showKeys();
        }
    }

    private void shiftTapped() {
        setShift(switch (shift) {
            case OFF -> Shift.ONCE;
            case ONCE -> Shift.CAPS;
            case CAPS -> Shift.OFF;
        });
    }

    private void pageTapped() {
        page = (page + 1) % shownLayout().pages().size();
        showKeys();
    }

    private void languageTapped() {
        layout = (layout + 1) % layouts.size();
        page = 0;
        showKeys();
    }

    private boolean typable() {
        return target != null && target.isEditable() && target.isEnabled();
    }

    private void type(String text) {
        if (typable()) {
            target.replaceSelection(text);
        }
    }

    private void enterTapped() {
        if (target instanceof JTextArea) {
            type("\n");
        } else {
            onEnter.run();
        }
    }

    /** Deletes the selection, or else the one character before the caret (a whole code point, a vowel sign alone). */
    private void backspace() {
        if (!typable()) {
            return;
        }
        int start = target.getSelectionStart();
        if (start != target.getSelectionEnd()) {
            target.replaceSelection("");
            return;
        }
        if (start == 0) {
            return;
        }
        Document document = target.getDocument();
        try {
            String before = document.getText(Math.max(0, start - 2), Math.min(2, start));
            int length = before.length() == 2 && Character.isSurrogatePair(before.charAt(0), before.charAt(1)) ? 2 : 1;
            document.remove(start - length, length);
        } catch (BadLocationException e) {
            throw new IllegalStateException("The keyboard's target changed under it", e);
        }
    }
}
