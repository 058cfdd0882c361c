package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.swing.AbstractButton;
import javax.swing.JLabel;
import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;

import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.DASHBOARD_DEVICES;
import static app.tillpoint.api.ui.Names.DASHBOARD_EXIT;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.DASHBOARD_PLUGINS;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.OPENING_CANCEL;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.REGISTER_OPENING_CASH;
import static app.tillpoint.api.ui.Names.REGISTER_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The terminal's language from {@code terminal.json}: the dashboard, the lock screen and the register of the real kiosk
 * with its bundled plugins in Hindi and in Tamil, with screenshots ({@code lang-hi-dashboard.png}, …) and the buttons
 * and labels checked here shown whole (not cut to "…"). Tamil is laid out in Noto Sans Tamil first
 * ({@code TillpointLaf.useScriptFont}); a look at the screenshots shows whether its letters are whole.
 */
@GuiTest
class LanguagesGuiTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest
    @CsvSource({
        "hi-IN, नया सत्र, बैज रीडर: तैयार, अपना बैज स्कैन करें, नकद भुगतान, सत्र 1",
        "ta-IN, புதிய அமர்வு, பேட்ஜ் ரீடர்: தயார், உங்கள் பேட்ஜை ஸ்கேன் செய்யவும், ரொக்கமாகச் செலுத்து, அமர்வு 1"})
    void theShiftStartsInTheTerminalsLanguage(String locale, String newSession, String reader, String scan,
                                              String payCash, String session) throws Exception {
        String language = locale.substring(0, 2);
        TestKiosk.start(dataDir).close();
        Path config = dataDir.resolve("terminal.json");
        String json = Files.readString(config);
        assertThat(json).contains("\"en-IN\"");
        Files.writeString(config, json.replace("\"en-IN\"", "\"" + locale + "\""));

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.waitForText(DASHBOARD_NEW_SESSION, newSession);
            assertThat(kiosk.text(DASHBOARD_DEVICES)).contains(reader);
            // Exit and Plugins too: their first wait for the plugins to load, their texts are set at once.
            for (String name : new String[] {DASHBOARD_NEW_SESSION, DASHBOARD_PLUGINS, DASHBOARD_EXIT}) {
                requireWhole(kiosk, name);
            }
            kiosk.screenshot("lang-" + language + "-dashboard");

            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitForText(LOCK_SCAN_PROMPT, scan);
            kiosk.screenshot("lang-" + language + "-lock-screen");
            kiosk.scanBadge("1001");
            kiosk.waitFor(OPENING_OPEN);
            requireWhole(kiosk, OPENING_OPEN);
            requireWhole(kiosk, OPENING_CANCEL);
            kiosk.screenshot("lang-" + language + "-opening-control");
            kiosk.tap(OPENING_OPEN);

            kiosk.waitForText(REGISTER_SESSION, session);
            kiosk.waitForText(PAY_CASH, payCash);
            kiosk.tap("product.1");
            kiosk.tap("product.2");
            // Amounts in the terminal's locale: Hindi and Tamil in India group as India does.
            assertThat(kiosk.text(CART_TOTAL)).startsWith("₹");
            assertThat(kiosk.text(REGISTER_OPENING_CASH)).contains("₹");
            for (String name : new String[] {REGISTER_SESSION, REGISTER_OPENING_CASH, PAY_CASH, CART_TOTAL}) {
                requireWhole(kiosk, name);
            }
            kiosk.requireInsideWindow(PAY_CASH);
            kiosk.screenshot("lang-" + language + "-register");
        }
    }

    /** The component's text is shown whole: it is as wide as its text needs, not cut to "…". */
    private static void requireWhole(TestKiosk kiosk, String name) {
        Component component = kiosk.find(name);
        String text = component instanceof JLabel label ? label.getText() : ((AbstractButton) component).getText();
        assertThat(component.getWidth()).as("%s (%s) is cut", name, text)
                .isGreaterThanOrEqualTo(component.getPreferredSize().width);
    }
}
