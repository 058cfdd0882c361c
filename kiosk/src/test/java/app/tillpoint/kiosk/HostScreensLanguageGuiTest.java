package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.ui.Names;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import java.awt.Component;
import java.awt.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host's own Plugins and Outbox screens on a Hindi and on a Tamil terminal at 800×600, the smallest screen: every
 * word of theirs in the terminal's language (the plugins' states and the outbox's readers too), and nothing cut off,
 * overlapping or under 48 px, though Devanagari and Tamil run wider than English.
 */
@GuiTest
class HostScreensLanguageGuiTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest
    @CsvSource({
        "hi-IN, प्लगइन, चालू, पीछे, आउटबॉक्स, पैसे का हर बदलाव, अभी कोई इवेंट नहीं लिया",
        "ta-IN, செருகுநிரல்கள், இயங்குகிறது, பின்செல், அனுப்புப் பெட்டி, பணம் தொடர்பான ஒவ்வொரு மாற்றமும், "
            + "இன்னும் எந்த நிகழ்வும் எடுக்கவில்லை"})
    void thePluginsAndOutboxScreensSpeakTheTerminalsLanguage(String locale, String pluginsTitle, String started,
                                                             String back, String outboxTitle, String outboxIntro,
                                                             String noEventYet) throws Exception {
        String language = locale.substring(0, 2);
        TestKiosk.start(dataDir).close();
        Path config = dataDir.resolve("terminal.json");
        String json = Files.readString(config);
        assertThat(json).contains("\"en-IN\"");
        Files.writeString(config, json.replace("\"en-IN\"", "\"" + locale + "\""));

        try (TestKiosk kiosk = TestKiosk.start(dataDir, "--size", "800x600")) {
            kiosk.waitFor(DASHBOARD_NEW_SESSION);
            kiosk.tap(Names.DASHBOARD_PLUGINS);
            asHeadCashier(kiosk);
            kiosk.waitForText(Names.PLUGINS_STATE_PREFIX + "session-closing", started);
            assertThat(kiosk.text(Names.PLUGINS_BACK)).isEqualTo(back);
            assertThat(shownTexts(kiosk)).contains(pluginsTitle).noneMatch(HostScreensLanguageGuiTest::english);
            kiosk.screenshot("lang-" + language + "-plugins-800x600");
            assertThat(LayoutCheck.of(kiosk.kiosk().frame(), 48)).as("the plugins screen at 800x600").isEmpty();
            kiosk.tap(Names.PLUGINS_BACK);

            kiosk.waitFor(DASHBOARD_NEW_SESSION);
            kiosk.tap(Names.DASHBOARD_OUTBOX);
            asHeadCashier(kiosk);
            kiosk.waitForText(Names.OUTBOX_BACK, back);
            // The receipts plugin listens: its row, named and told in the terminal's language.
            waitUntilShown(kiosk, noEventYet);
            List<String> texts = shownTexts(kiosk);
            assertThat(texts).contains(outboxTitle).anyMatch(text -> text.startsWith(outboxIntro))
                    .noneMatch(HostScreensLanguageGuiTest::english);
            kiosk.screenshot("lang-" + language + "-outbox-800x600");
            assertThat(LayoutCheck.of(kiosk.kiosk().frame(), 48)).as("the outbox screen at 800x600").isEmpty();
            kiosk.tap(Names.OUTBOX_BACK);
            kiosk.waitFor(DASHBOARD_NEW_SESSION);
        }
    }

    /** Meera, the demo's head cashier, on the lock screen: her badge and PIN. */
    private static void asHeadCashier(TestKiosk kiosk) {
        kiosk.waitFor(LOCK_SCAN_PROMPT);
        kiosk.scanBadge("9001");
        for (char digit : "1234".toCharArray()) {
            kiosk.tap(Names.keypadDigit(digit - '0'));
        }
        kiosk.tap(Names.KEYPAD_OK);
    }

    private static void waitUntilShown(TestKiosk kiosk, String start) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (shownTexts(kiosk).stream().noneMatch(text -> text.startsWith(start))) {
            assertThat(System.nanoTime()).as("no text starting \"%s\" in %s", start, shownTexts(kiosk))
                    .isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /**
     * A text of the screen's own in English: two Latin words in a row. Left out: the plugins' ids and versions and
     * the listeners' class names, which are names, not words ("receipts · ReceiptsListener", "session-closing 1.5.0").
     */
    private static boolean english(String text) {
        return text.matches(".*\\b[A-Z]?[a-z]{2,} [a-z]{2,}\\b.*");
    }

    /** The texts of every label, button and text area showing in the window, read on the event thread. */
    private static List<String> shownTexts(TestKiosk kiosk) {
        return GuiActionRunner.execute(() -> {
            List<String> texts = new ArrayList<>();
            collect(kiosk.kiosk().frame().getContentPane(), texts);
            return texts;
        });
    }

    private static void collect(Container parent, List<String> texts) {
        for (Component child : parent.getComponents()) {
            if (!child.isShowing()) {
                continue;
            }
            String text = child instanceof JLabel label ? label.getText()
                    : child instanceof AbstractButton button ? button.getText()
                    : child instanceof JTextComponent area ? area.getText() : null;
            if (text != null && !text.isBlank()) {
                texts.add(text.strip());
            }
            if (child instanceof Container container) {
                collect(container, texts);
            }
        }
    }
}
