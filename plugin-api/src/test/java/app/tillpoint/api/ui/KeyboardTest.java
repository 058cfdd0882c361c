package app.tillpoint.api.ui;

import org.junit.jupiter.api.Test;

import javax.swing.AbstractButton;
import javax.swing.JPasswordField;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.text.AbstractDocument;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;
import javax.swing.undo.UndoManager;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The keyboard's keys tapped on the event thread, as a finger's tap does, into real Swing text components. */
class KeyboardTest {
    private static final List<KeyboardLayout> ALL =
            List.of(KeyboardLayout.ENGLISH, KeyboardLayout.HINDI, KeyboardLayout.TAMIL);

    @Test
    void shiftGivesOneCapitalThenCapsLockThenOffAndADigitLeavesShiftOn() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JTextField field = new JTextField();
            Keyboard keyboard = new Keyboard(() -> { });
            keyboard.setTarget(field);
            tap(keyboard, "1", "a", "b");
            assertThat(field.getText()).isEqualTo("1Ab");
            tap(keyboard, "shift", "shift", "c", "d", "shift", "e");
            assertThat(field.getText()).isEqualTo("1AbCDe");
        });
    }

    @Test
    void theSymbolsPageTypesMarksAndThePageKeyTurnsBack() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JTextField field = new JTextField();
            Keyboard keyboard = new Keyboard(() -> { });
            keyboard.setTarget(field);
            tap(keyboard, "page");
            assertThat(names(keyboard)).contains("keyboard.@", "keyboard.\u20B9").doesNotContain("keyboard.q");
            tap(keyboard, "@", "\u20B9", "page", "x", "y");
            assertThat(field.getText()).as("shift still on for the first letter").isEqualTo("@\u20B9Xy");
        });
    }

    @Test
    void typesAtTheCaretReplacingTheSelectionAndBackDeletesTheSelectionOrOneCharacter() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JTextField field = new JTextField("tea cup");
            Keyboard keyboard = new Keyboard(() -> { });
            keyboard.setTarget(field);
            field.select(4, 7);
            tap(keyboard, "m", "u", "g");
            assertThat(field.getText()).isEqualTo("tea mug");
            field.setCaretPosition(3);
            tap(keyboard, "back", "back");
            assertThat(field.getText()).isEqualTo("t mug");
            field.select(0, 2);
            tap(keyboard, "back");
            assertThat(field.getText()).isEqualTo("mug");
            field.setCaretPosition(0);
            tap(keyboard, "back");
            assertThat(field.getText()).isEqualTo("mug");
        });
    }

    @Test
    void backDeletesAWholeCharacterBeyondTheBasicPlane() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JTextField field = new JTextField("a\uD83D\uDE00");
            Keyboard keyboard = new Keyboard(() -> { });
            keyboard.setTarget(field);
            field.setCaretPosition(3);
            tap(keyboard, "back");
            assertThat(field.getText()).isEqualTo("a");
        });
    }

    @Test
    void theFieldsOwnFilterAndUndoStillApply() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JTextField field = new JTextField();
            ((AbstractDocument) field.getDocument()).setDocumentFilter(new AtMost(3));
            UndoManager undo = new UndoManager();
            field.getDocument().addUndoableEditListener(undo);
            Keyboard keyboard = new Keyboard(() -> { });
            keyboard.setTarget(field);
            tap(keyboard, "a", "b", "c", "d");
            assertThat(field.getText()).isEqualTo("Abc");
            undo.undo();
            assertThat(field.getText()).isEqualTo("Ab");
        });
    }

    @Test
    void enterStartsALineInATextAreaAndIsTheScreensOkInAField() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            AtomicInteger entered = new AtomicInteger();
            Keyboard keyboard = new Keyboard(entered::incrementAndGet);
            JTextArea note = new JTextArea();
            keyboard.setTarget(note);
            tap(keyboard, "a", "enter", "b");
            assertThat(note.getText()).isEqualTo("A\nb");
            assertThat(entered).hasValue(0);
            keyboard.setTarget(new JTextField());
            tap(keyboard, "enter");
            assertThat(entered).hasValue(1);
        });
    }

    @Test
    void aFieldThatIsNotEditableOrNotEnabledIsNotTypedInto() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JTextField readOnly = new JTextField("kept");
            readOnly.setEditable(false);
            Keyboard keyboard = new Keyboard(() -> { });
            keyboard.setTarget(readOnly);
            tap(keyboard, "a", "back");
            JTextField disabled = new JTextField("kept");
            disabled.setEnabled(false);
            keyboard.setTarget(disabled);
            tap(keyboard, "a", "back");
            assertThat(readOnly.getText()).isEqualTo("kept");
            assertThat(disabled.getText()).isEqualTo("kept");
        });
    }

    @Test
    void aHindiWordIsTypedCodePointForCodePoint() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JTextField field = new JTextField();
            Keyboard keyboard = new Keyboard(ALL, () -> { }, null);
            keyboard.setTarget(field);
            tap(keyboard, "language");
            assertThat(keyboard.shownLayout()).isEqualTo(KeyboardLayout.HINDI);
            // नमस्ते: na, ma, sa, virama, ta, the e sign; then आम on the second page and the first.
            tap(keyboard, "\u0928", "\u092E", "\u0938", "\u094D", "\u0924", "\u0947", "space", "page", "\u0906",
                    "page", "page", "\u092E");
            assertThat(field.getText().codePoints().toArray()).containsExactly(
                    0x0928, 0x092E, 0x0938, 0x094D, 0x0924, 0x0947, ' ', 0x0906, 0x092E);
        });
    }

    @Test
    void aTamilWordIsTypedCodePointForCodePoint() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JTextField field = new JTextField();
            Keyboard keyboard = new Keyboard(ALL, () -> { }, null);
            keyboard.setTarget(field);
            tap(keyboard, "language", "language");
            assertThat(keyboard.shownLayout()).isEqualTo(KeyboardLayout.TAMIL);
            // வணக்கம்: va, nna, ka, pulli, ka, ma, pulli; then அம்மா, its uyir on the second page.
            tap(keyboard, "\u0BB5", "\u0BA3", "\u0B95", "\u0BCD", "\u0B95", "\u0BAE", "\u0BCD", "space", "page",
                    "\u0B85", "page", "page", "\u0BAE", "\u0BCD", "\u0BAE", "\u0BBE");
            assertThat(field.getText().codePoints().toArray()).containsExactly(
                    0x0BB5, 0x0BA3, 0x0B95, 0x0BCD, 0x0B95, 0x0BAE, 0x0BCD, ' ', 0x0B85, 0x0BAE, 0x0BCD, 0x0BAE,
                    0x0BBE);
            tap(keyboard, "language");
            assertThat(keyboard.shownLayout()).isEqualTo(KeyboardLayout.ENGLISH);
        });
    }

    @Test
    void aVowelSignShowsOnItsDottedCircleAndTypesAlone() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            Keyboard keyboard = new Keyboard(List.of(KeyboardLayout.HINDI), () -> { }, null);
            assertThat(button(keyboard, "\u093F").getText()).isEqualTo("\u25CC\u093F");
            assertThat(names(keyboard)).doesNotContain("keyboard.language", "keyboard.hide");
        });
    }

    @Test
    void theHideKeyIsThereOnlyWhenTheHostGivesOne() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            AtomicInteger hidden = new AtomicInteger();
            Keyboard keyboard = new Keyboard(ALL, () -> { }, hidden::incrementAndGet);
            tap(keyboard, "hide");
            assertThat(hidden).hasValue(1);
        });
    }

    @Test
    void everyPageFitsTwelveKeysInARowAndFourRows() {
        for (KeyboardLayout layout : ALL) {
            for (KeyboardLayout.Page page : layout.pages()) {
                assertThat(page.rows()).hasSizeLessThanOrEqualTo(KeyboardLayout.MAX_ROWS);
                assertThat(page.rows()).allSatisfy(row -> assertThat(row).hasSizeLessThanOrEqualTo(12)
                        .doesNotHaveDuplicates());
            }
        }
        assertThat(KeyboardLayout.codes()).containsExactly("en", "hi", "ta");
        assertThat(KeyboardLayout.of("fr")).isEmpty();
        assertThatThrownBy(() -> new KeyboardLayout.Page("x", List.of(List.of("a", ""))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void opensForTextTheCashierTypesButNotForPinsAmountsOrWhoOptsOut() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JTextField optedOut = new JTextField();
            optedOut.putClientProperty(Keyboard.ON_SCREEN, false);
            JTextArea readOnly = new JTextArea();
            readOnly.setEditable(false);
            assertThat(Keyboard.opensFor(new JTextField())).isTrue();
            assertThat(Keyboard.opensFor(new JTextArea())).isTrue();
            assertThat(Keyboard.opensFor(new JPasswordField())).isFalse();
            assertThat(Keyboard.opensFor(new QuantityField(1, 9, why -> { }, () -> { }))).isFalse();
            assertThat(Keyboard.opensFor(optedOut)).isFalse();
            assertThat(Keyboard.opensFor(readOnly)).isFalse();
            assertThat(Keyboard.opensFor(null)).isFalse();
        });
    }

    private static void tap(Keyboard keyboard, String... keys) {
        for (String key : keys) {
            button(keyboard, key).doClick();
        }
    }

    private static AbstractButton button(Keyboard keyboard, String key) {
        return (AbstractButton) find(keyboard, Names.KEYBOARD_PREFIX + key).stream().findFirst()
                .orElseThrow(() -> new AssertionError("No key " + key + " on " + names(keyboard)));
    }

    private static List<String> names(Container root) {
        return find(root, null).stream().map(Component::getName).toList();
    }

    private static List<Component> find(Container root, String name) {
        List<Component> found = new ArrayList<>();
        for (Component child : root.getComponents()) {
            if (child.getName() != null && (name == null || name.equals(child.getName()))) {
                found.add(child);
            }
            if (child instanceof Container inner) {
                found.addAll(find(inner, name));
            }
        }
        return found;
    }

    /** A field's own limit, as a reason field's length limit is. */
    private static final class AtMost extends DocumentFilter {
        private final int length;

        AtMost(int length) {
            this.length = length;
        }

        @Override
        public void insertString(FilterBypass fb, int offset, String text, AttributeSet attrs)
                throws BadLocationException {
            replace(fb, offset, 0, text, attrs);
        }

        @Override
        public void replace(FilterBypass fb, int offset, int removed, String text, AttributeSet attrs)
                throws BadLocationException {
            if (fb.getDocument().getLength() - removed + (text == null ? 0 : text.length()) <= length) {
                super.replace(fb, offset, removed, text, attrs);
            }
        }
    }
}
