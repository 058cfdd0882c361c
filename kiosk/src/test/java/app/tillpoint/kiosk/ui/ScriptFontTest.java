package app.tillpoint.kiosk.ui;

import app.tillpoint.api.testing.GuiTest;
import org.junit.jupiter.api.Test;

import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;
import java.awt.Font;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A Tamil terminal's labels use Noto Sans Tamil first, and still show Latin names; other terminals keep theirs. */
@GuiTest
class ScriptFontTest {

    @Test
    void aTamilTerminalsFontsAreTamilFirstAndStillShowLatin() throws Exception {
        AtomicReference<Font> tamil = new AtomicReference<>();
        AtomicReference<Font> english = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                TillpointLaf.setup();
                TillpointLaf.useScriptFont(Locale.forLanguageTag("en-IN"));
                english.set(new JLabel().getFont());
                TillpointLaf.useScriptFont(Locale.forLanguageTag("ta-IN"));
                tamil.set(new JLabel().getFont());
            } finally {
                TillpointLaf.setup();
            }
        });
        assertThat(english.get().getFamily()).isNotEqualTo("Noto Sans Tamil");
        assertThat(tamil.get().getFamily()).isEqualTo("Noto Sans Tamil");
        assertThat(tamil.get().getSize()).isEqualTo(english.get().getSize());
        assertThat(tamil.get().canDisplayUpTo("அமர்வைத் திற Asha ₹1,340.00")).isEqualTo(-1);
        assertThat(UIManager.getFont("Label.font").getFamily()).isEqualTo(english.get().getFamily());
    }
}
