package app.tillpoint.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ShownTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Masala chai", "Tea, ginger", "The \"special\" thali", "Crème brûlée", "मसाला चाय",
        "Tom & Jerry", "Fish < 5 kg", "A <3", "शुक्रिया\u200D", "நன்றி", "قهوة", "קפה"})
    void aNameOfAnyScriptWithoutMarkupOrControlsIsFine(String name) {
        assertThat(ShownText.problemInName(name)).isEmpty();
    }

    @Test
    void aNameRefusesMarkupNamingIt() {
        assertThat(ShownText.problemInName("<html><img src=http://127.0.0.1:9/x>"))
                .contains("holds markup (\"<html\")");
        assertThat(ShownText.problemInName("<HTML>Chai")).contains("holds markup (\"<HTML\")");
        assertThat(ShownText.problemInName("Chai <img src=x>")).contains("holds markup (\"<img\")");
        assertThat(ShownText.problemInName("Chai</b>")).contains("holds markup (\"</b\")");
        assertThat(ShownText.problemInName("a<!-- x -->")).contains("holds markup (\"<!\")");
        assertThat(ShownText.problemInName("<?xml")).contains("holds markup (\"<?xml\")");
        assertThat(ShownText.problemInName("<")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(chars = {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068',
        '\u2069', '\u200E', '\u200F', '\u061C'})
    void aNameRefusesEveryCharacterThatChangesTheWritingDirection(char c) {
        assertThat(ShownText.problemInName("Chai" + c + "100")).contains(
                "holds a character that changes the writing direction (" + u(c) + ")");
    }

    @ParameterizedTest
    @ValueSource(chars = {'\n', '\r', '\t', '\u2028', '\u2029'})
    void aNameRefusesLineBreaksAndTabs(char c) {
        assertThat(ShownText.problemInName("Chai" + c + "Samosa"))
                .contains("holds a control character (a line break or tab)");
    }

    @ParameterizedTest
    @ValueSource(chars = {'\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009B'})
    void aNameRefusesOtherControlCharactersNamingThem(char c) {
        assertThat(ShownText.problemInName("Chai" + c)).contains(
                "holds a control character (" + u(c) + ")");
    }

    @Test
    void aReasonMayHoldMarkupCharactersAndDirectionMarksButNotOverridesOrLineBreaks() {
        assertThat(ShownText.problemInTyped("Counted < expected: <b>recount</b>", false)).isEmpty();
        assertThat(ShownText.problemInTyped("Supplier \u200Fpaid\u200E", false)).isEmpty();
        assertThat(ShownText.problemInTyped("Supplier \u202Ediap", false))
                .contains("holds a character that changes the writing direction (U+202E)");
        assertThat(ShownText.problemInTyped("Float\u2066x", false))
                .contains("holds a character that changes the writing direction (U+2066)");
        assertThat(ShownText.problemInTyped("Float\nx", false))
                .contains("holds a control character (a line break or tab)");
        assertThat(ShownText.problemInTyped("Float\u0007", false)).contains("holds a control character (U+0007)");
    }

    @Test
    void aNoteMayHoldLinesAndTabsButNoOtherControlsOrOverrides() {
        assertThat(ShownText.problemInTyped("2 x ₹500 bill\r\nTotal\t₹1,000.00\n", true)).isEmpty();
        assertThat(ShownText.problemInTyped("Total\u0000", true)).contains("holds a control character (U+0000)");
        assertThat(ShownText.problemInTyped("Total \u202B1000", true))
                .contains("holds a character that changes the writing direction (U+202B)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "ar-SA", "he-IL", "fa-IR", "ur-PK"})
    void theTerminalsOwnAmountsInARightToLeftLocaleAreFitForANote(String tag) {
        // The JDK writes direction marks into these amounts (U+061C, U+200E, U+200F); a note holds them.
        String amount = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(tag)).format(-1340.5);
        assertThat(ShownText.problemInTyped("Total " + amount, true)).isEqualTo(Optional.empty());
    }

    private static String u(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
