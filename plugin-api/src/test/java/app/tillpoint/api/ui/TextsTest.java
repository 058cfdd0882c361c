package app.tillpoint.api.ui;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.MissingResourceException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextsTest {

    @Test
    void readsTheLanguageAskedForAndPutsTheArgumentsIn() {
        Texts hindi = Texts.of(TextsTest.class, Locale.forLanguageTag("hi-IN"));
        assertThat(hindi.get("greeting")).isEqualTo("नमस्ते");
        assertThat(hindi.get("change", "₹10.00")).isEqualTo("बाकी ₹10.00");
        assertThat(hindi.locale()).isEqualTo(Locale.forLanguageTag("hi-IN"));
    }

    @Test
    void aLanguageWithoutItsOwnFileReadsTheBaseNotTheMachinesDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("hi-IN"));
            assertThat(Texts.of(TextsTest.class, Locale.forLanguageTag("en-IN")).get("greeting")).isEqualTo("Hello");
            assertThat(Texts.of(TextsTest.class, Locale.forLanguageTag("ta-IN")).get("greeting")).isEqualTo("Hello");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aMissingKeyOrBundleIsAnError() {
        Texts english = Texts.of(TextsTest.class, Locale.ENGLISH);
        assertThatThrownBy(() -> english.get("nothing")).isInstanceOf(MissingResourceException.class);
        assertThatThrownBy(() -> Texts.of(app.tillpoint.api.money.Money.class, Locale.ENGLISH)).isInstanceOf(MissingResourceException.class);
    }
}
