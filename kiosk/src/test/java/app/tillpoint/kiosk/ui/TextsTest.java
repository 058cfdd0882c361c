package app.tillpoint.kiosk.ui;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell's texts read as written: a pattern with arguments keeps its apostrophes and fills every argument. */
class TextsTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");

    @Test
    void everyPatternWithArgumentsFormatsAsWritten() {
        ResourceBundle bundle = ResourceBundle.getBundle("app.tillpoint.kiosk.ui.Texts", Locale.ENGLISH);
        Texts texts = new Texts(Locale.ENGLISH);
        for (String key : Collections.list(bundle.getKeys())) {
            String pattern = bundle.getString(key);
            Matcher arguments = ARGUMENT.matcher(pattern);
            if (!arguments.find()) {
                continue;
            }
            String expected = ARGUMENT.matcher(pattern.replace("''", "'")).replaceAll("<$1>");
            assertThat(texts.get(key, "<0>", "<1>", "<2>")).as(key).isEqualTo(expected);
        }
    }

    @Test
    void anApostropheBesideAnArgumentStays() {
        assertThat(new Texts(Locale.ENGLISH).get("dashboard.loadFailed", "disk full"))
                .isEqualTo("The terminal's data could not be read: disk full");
    }
}
