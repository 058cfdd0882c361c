package app.tillpoint.devices.escpos;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GlyphsTest {
    private final Glyphs glyphs = Glyphs.codePage437();

    @Test
    void theRupeeSignIsWrittenRsVisiblyNeverAsAnotherGlyphOfTheCodePage() {
        assertThat(glyphs.printable("₹1,234.00")).isEqualTo("Rs.1,234.00");
        assertThat(glyphs.printable("−₹50.00 short")).isEqualTo("-Rs.50.00 short");
    }

    @Test
    void whatTheCodePageHasStaysAndWhatItLacksBecomesAQuestionMark() {
        assertThat(glyphs.printable("Café ½")).isEqualTo("Café ½");
        assertThat(glyphs.printable("€5 சாய் चाय")).isEqualTo("?5 ???? ???");
        assertThat(glyphs.printable("tab\there")).isEqualTo("tab?here");
    }
}
