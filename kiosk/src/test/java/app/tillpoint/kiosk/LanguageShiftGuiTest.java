package app.tillpoint.kiosk;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.config.ConfigLoader;
import app.tillpoint.kiosk.config.TerminalConfig;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.CLOSING_CLOSE;
import static app.tillpoint.api.ui.Names.CLOSING_COUNT;
import static app.tillpoint.api.ui.Names.CLOSING_DIFFERENCE;
import static app.tillpoint.api.ui.Names.CLOSING_NOTE;
import static app.tillpoint.api.ui.Names.COUNTER_CONFIRM;
import static app.tillpoint.api.ui.Names.DASHBOARD_LAST_CLOSING;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.KEYBOARD;
import static app.tillpoint.api.ui.Names.KEYBOARD_PREFIX;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.MENU_CLOSE_SESSION;
import static app.tillpoint.api.ui.Names.OPENING_NOTE;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.PAY_CONFIRM;
import static app.tillpoint.api.ui.Names.PAY_QUICK_PREFIX;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.REPORT_CLOSE;
import static app.tillpoint.api.ui.Names.REPORT_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole shift on a terminal in Hindi and in Tamil with the on-screen keyboard on (its script's layout first): the
 * opening note and the closing note typed on the screen in the terminal's script, a sale paid in cash, the drawer
 * counted and the session closed, the report shown, the last closing on the dashboard; both notes stored as typed,
 * and the count's lines written into the closing note in the terminal's language (plugin-api's own words).
 * Screenshots of the closing and the report in each language ({@code lang-hi-closing.png}, …).
 */
@GuiTest
class LanguageShiftGuiTest {
    private static final Currency INR = Currency.getInstance("INR");
    @TempDir
    Path dataDir;

    @ParameterizedTest
    @CsvSource({
        "hi-IN, न म स ् त े, कुल, पिछली",
        "ta-IN, வ ண க ் க ம ், மொத்தம், கடைசி"})
    void aWholeShiftInTheTerminalsLanguageWithNotesTypedOnTheScreen(String locale, String keys, String totalWord,
                                                                    String lastClosing) throws Exception {
        String language = locale.substring(0, 2);
        // Amounts as the terminal writes them: ta-IN puts a space after the ₹.
        String twenty = Money.of(2000, INR).format(Locale.forLanguageTag(locale));
        String zero = Money.of(0, INR).format(Locale.forLanguageTag(locale));
        String total = totalWord + " " + twenty;
        String countLines = "1 x " + twenty + "\n" + total + "\n";
        new ConfigLoader().load(dataDir.resolve("terminal.json"), TerminalConfig.demo()
                .withKeyboard(new TerminalConfig.Keyboard(true, List.of(language, "en"))));
        Path config = dataDir.resolve("terminal.json");
        Files.writeString(config, Files.readString(config).replace("\"en-IN\"", "\"" + locale + "\""));
        String word = String.join("", keys.split(" "));

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            kiosk.waitFor(OPENING_OPEN);
            kiosk.tap(OPENING_NOTE);
            kiosk.waitFor(KEYBOARD);
            tapKeys(kiosk, keys);
            kiosk.tap(KEYBOARD_PREFIX + "hide");
            kiosk.tap(OPENING_OPEN);

            kiosk.waitFor(REGISTER_MENU);
            long chai = kiosk.count("SELECT id FROM products WHERE name = 'Masala chai' AND active = 1");
            kiosk.tap("product." + chai);
            kiosk.tap(PAY_CASH);
            kiosk.tap(PAY_QUICK_PREFIX + 2000);
            kiosk.tap(PAY_CONFIRM);
            kiosk.waitForText(CART_TOTAL, zero);

            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_CLOSE_SESSION);
            kiosk.tap(CLOSING_NOTE);
            kiosk.waitFor(KEYBOARD);
            tapKeys(kiosk, keys);
            kiosk.tap(KEYBOARD_PREFIX + "hide");
            // The count's lines go on top of what was typed, in the terminal's language.
            kiosk.tap(CLOSING_COUNT);
            kiosk.tap("counter.plus.2000");
            kiosk.tap(COUNTER_CONFIRM);
            kiosk.waitUntil(CLOSING_DIFFERENCE, text -> text.contains(zero));
            kiosk.waitUntil(CLOSING_NOTE, text -> text.equals(countLines + word));
            kiosk.screenshot("lang-" + language + "-closing");
            kiosk.tap(CLOSING_CLOSE);

            kiosk.waitFor(REPORT_TEXT);
            assertThat(kiosk.text(REPORT_TEXT)).contains(total);
            kiosk.screenshot("lang-" + language + "-report");
            kiosk.tap(REPORT_CLOSE);
            kiosk.waitUntil(DASHBOARD_LAST_CLOSING, text -> text.contains(lastClosing) && text.contains(twenty));

            try (var connection = kiosk.database();
                 var statement = connection.prepareStatement("SELECT opening_note, closing_note FROM sessions");
                 ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1).codePoints().toArray()).containsExactly(word.codePoints().toArray());
                assertThat(rows.getString(2)).isEqualTo(countLines + word);
            }
        }
    }

    private static void tapKeys(TestKiosk kiosk, String keys) {
        for (String key : keys.split(" ")) {
            kiosk.tap(KEYBOARD_PREFIX + key);
        }
    }
}
