package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.config.ConfigLoader;
import app.tillpoint.kiosk.config.TerminalConfig;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Rectangle;
import java.nio.file.Path;
import java.sql.ResultSet;

import static app.tillpoint.api.ui.Names.CASH_MOVE_AMOUNT;
import static app.tillpoint.api.ui.Names.CASH_MOVE_CONFIRM;
import static app.tillpoint.api.ui.Names.CASH_MOVE_REASON_PREFIX;
import static app.tillpoint.api.ui.Names.CASH_MOVE_REASON_TEXT;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.KEYBOARD;
import static app.tillpoint.api.ui.Names.KEYBOARD_PREFIX;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.MENU_CASH_IN;
import static app.tillpoint.api.ui.Names.OPENING_NOTE;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.REGISTER_SESSION;
import static app.tillpoint.api.ui.Names.keypadDigit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The on-screen keyboard in the real kiosk, tapped with the robot's real mouse clicks: an opening note typed on it at
 * 800x600 (shift, a symbol, back, Hindi and Tamil) and stored as typed; no keyboard when terminal.json leaves it off;
 * and a keyboard-wedge badge burst arriving while the note has the focus never lands in the note.
 */
@GuiTest
class OnScreenKeyboardGuiTest {
    private static final String HINDI = "\u0928\u092E\u0938\u094D\u0924\u0947";
    private static final String TAMIL = "\u0BB5\u0BA3\u0B95\u0BCD\u0B95\u0BAE\u0BCD";

    @TempDir
    Path dataDir;

    @Test
    void anOpeningNoteTypedOnTheScreenInEnglishHindiAndTamilIsStoredAsTyped() throws Exception {
        keyboardOn();
        try (TestKiosk kiosk = TestKiosk.start(dataDir, "--size", "800x600")) {
            openingDialog(kiosk);
            assertThat(kiosk.showing(KEYBOARD)).as("no text field has the focus yet").isFalse();
            kiosk.tap(OPENING_NOTE);
            kiosk.waitFor(KEYBOARD);
            requireInViewAndUncovered(kiosk);
            kiosk.screenshot("keyboard-opening-note-800x600");

            // Shift is on for the first letter of an empty note; "kk" and back; a symbol from the second page.
            tapKeys(kiosk, "f", "l", "o", "a", "t", "space", "o", "k", "k", "back", "space", "page", "#", "2",
                    "page", "enter");
            assertThat(kiosk.text(OPENING_NOTE)).isEqualTo("Float ok #2\n");
            kiosk.tap(KEYBOARD_PREFIX + "language");
            tapKeys(kiosk, "\u0928", "\u092E", "\u0938", "\u094D", "\u0924", "\u0947", "enter");
            kiosk.tap(KEYBOARD_PREFIX + "language");
            tapKeys(kiosk, "\u0BB5", "\u0BA3", "\u0B95", "\u0BCD", "\u0B95", "\u0BAE", "\u0BCD");
            kiosk.screenshot("keyboard-tamil-800x600");
            Component va = kiosk.find(KEYBOARD_PREFIX + "\u0BB5");
            Rectangle tamilKey = GuiActionRunner.execute(() -> va.getBounds());
            assertThat(tamilKey.width).as("twelve keys in a row at 800 px").isGreaterThanOrEqualTo(48);
            assertThat(tamilKey.height).isGreaterThanOrEqualTo(48);

            // A badge reader's burst while the note has the focus and the keyboard is up: never typed into the note.
            kiosk.scanBadge("1001");
            String typed = "Float ok #2\n" + HINDI + "\n" + TAMIL;
            assertThat(kiosk.text(OPENING_NOTE).codePoints().toArray()).containsExactly(typed.codePoints().toArray());

            kiosk.tap(KEYBOARD_PREFIX + "hide");
            assertThat(kiosk.showing(KEYBOARD)).isFalse();
            kiosk.tap(OPENING_OPEN);
            kiosk.waitFor(REGISTER_SESSION);
            assertThat(kiosk.showing(KEYBOARD)).as("gone with the field").isFalse();
            assertThat(storedNote(kiosk).codePoints().toArray()).containsExactly(typed.codePoints().toArray());
        }
    }

    @Test
    void aPluginsOneLineFieldGetsTheKeyboardAndItsAmountFieldKeepsTheKeypad() throws Exception {
        keyboardOn();
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            openingDialog(kiosk);
            kiosk.tap(OPENING_OPEN);
            kiosk.waitFor(REGISTER_SESSION);
            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_CASH_IN);
            kiosk.tap(CASH_MOVE_AMOUNT);
            tapDigits(kiosk, "500");
            assertThat(kiosk.showing(KEYBOARD)).as("an amount is typed on the keypad").isFalse();

            kiosk.tap(CASH_MOVE_REASON_TEXT);
            kiosk.waitFor(KEYBOARD);
            // பால் (milk): pa, the aa sign, la, pulli.
            tapKeys(kiosk, "language", "language", "\u0BAA", "\u0BBE", "\u0BB2", "\u0BCD", "enter");
            assertThat(kiosk.showing(KEYBOARD)).as("enter ends a one-line field").isFalse();
            kiosk.tap(CASH_MOVE_REASON_PREFIX + 0);
            kiosk.tap(CASH_MOVE_CONFIRM);
            kiosk.awaitCount(1, "SELECT count(*) FROM cash_moves WHERE reason = ?",
                    "Change float: \u0BAA\u0BBE\u0BB2\u0BCD");
        }
    }

    @Test
    void withTheSwitchOffNoKeyboardOpensAndABadgeBurstNeverReachesTheNoteTypedOnAPhysicalKeyboard() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            openingDialog(kiosk);
            kiosk.tap(OPENING_NOTE);
            kiosk.robot().enterText("till 3");
            kiosk.scanBadge("1001");
            kiosk.robot().enterText(" ok");
            kiosk.robot().waitForIdle();

            assertThat(kiosk.text(OPENING_NOTE)).isEqualTo("till 3 ok");
            assertThat(kiosk.showing(KEYBOARD)).isFalse();
            assertThat(kiosk.showing(KEYBOARD_PREFIX + "a")).isFalse();
            kiosk.tap(OPENING_OPEN);
            kiosk.waitFor(REGISTER_SESSION);
            assertThat(storedNote(kiosk)).isEqualTo("till 3 ok");
        }
    }

    private void keyboardOn() throws Exception {
        new ConfigLoader().load(dataDir.resolve("terminal.json"),
                TerminalConfig.demo().withKeyboard(TerminalConfig.Keyboard.INSTALLED));
    }

    private static void openingDialog(TestKiosk kiosk) {
        kiosk.tap(DASHBOARD_NEW_SESSION);
        kiosk.waitFor(LOCK_SCAN_PROMPT);
        kiosk.scanBadge("1001");
        kiosk.waitFor(OPENING_OPEN);
    }

    private static void tapKeys(TestKiosk kiosk, String... keys) {
        for (String key : keys) {
            kiosk.tap(KEYBOARD_PREFIX + key);
        }
    }

    private static void tapDigits(TestKiosk kiosk, String digits) {
        for (char digit : digits.toCharArray()) {
            kiosk.tap(keypadDigit(digit - '0'));
        }
    }

    /** The keyboard lies inside the window, its keys 48 px or more, and leaves the whole note in view. */
    private static void requireInViewAndUncovered(TestKiosk kiosk) {
        Component note = kiosk.find(OPENING_NOTE);
        Component keyboard = kiosk.find(KEYBOARD);
        Component key = kiosk.find(KEYBOARD_PREFIX + "q");
        Rectangle[] shown = GuiActionRunner.execute(() -> {
            var root = kiosk.kiosk().frame().getRootPane();
            return new Rectangle[] {
                SwingUtilities.convertRectangle(note, ((JComponent) note).getVisibleRect(), root),
                SwingUtilities.convertRectangle(keyboard.getParent(), keyboard.getBounds(), root),
                new Rectangle(0, 0, root.getWidth(), root.getHeight()),
                key.getBounds()};
        });
        assertThat(shown[0].isEmpty()).as("the note shows").isFalse();
        assertThat(shown[2].contains(shown[0])).as("the note " + shown[0] + " in the window").isTrue();
        assertThat(shown[2].contains(shown[1])).as("the keyboard " + shown[1] + " in the window").isTrue();
        assertThat(shown[1].intersects(shown[0])).as("the keyboard " + shown[1] + " over the note " + shown[0])
                .isFalse();
        assertThat(shown[3].width).isGreaterThanOrEqualTo(48);
        assertThat(shown[3].height).isGreaterThanOrEqualTo(48);
    }

    private static String storedNote(TestKiosk kiosk) throws Exception {
        try (var connection = kiosk.database();
             var statement = connection.prepareStatement("SELECT opening_note FROM sessions WHERE state = 'OPEN'");
             ResultSet rows = statement.executeQuery()) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
