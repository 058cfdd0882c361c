package app.tillpoint.api;

import app.tillpoint.api.flow.DrawerKick;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.ui.QuantityField;
import org.junit.jupiter.api.Test;

import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * plugin-api's own words in the terminal's language: a database fault, the drawer's failure, a count's lines in a
 * note, a quantity refused. English stays as it was (the methods without a locale, and an English terminal).
 */
class ApiTextsTest {
    private static final Locale HINDI = Locale.forLanguageTag("hi-IN");
    private static final Locale TAMIL = Locale.forLanguageTag("ta-IN");
    private static final Locale ENGLISH = Locale.forLanguageTag("en-IN");
    private static final Currency INR = Currency.getInstance("INR");

    @Test
    void aDatabaseFaultIsSaidInTheTerminalsLanguage() {
        DatabaseFaultException full = new DatabaseFaultException(DatabaseFaultException.Fault.FULL);
        assertThat(full.notStored("the sale", ENGLISH)).isEqualTo(full.notStored("the sale"))
                .isEqualTo("The till's disk is full: the sale was not stored; try again");
        assertThat(full.notStored("बिक्री", HINDI)).isEqualTo("टिल की डिस्क भर गई है: बिक्री सहेजा नहीं गया; फिर से कोशिश करें");
        assertThat(full.notStored("விற்பனை", TAMIL)).startsWith("டில்லின் வட்டு நிரம்பிவிட்டது: விற்பனை");
        for (DatabaseFaultException.Fault fault : DatabaseFaultException.Fault.values()) {
            assertThat(fault.message(ENGLISH)).isEqualTo(fault.message());
            assertThat(fault.message(HINDI)).isNotEqualTo(fault.message()).doesNotContain("till");
            assertThat(fault.message(TAMIL)).isNotEqualTo(fault.message()).doesNotContain("till");
        }
    }

    @Test
    void theDrawersFailureKeepsTheDriversReasonAsItSaidIt() {
        assertThat(DrawerKick.failedMessage("not connected", ENGLISH)).isEqualTo(DrawerKick.failedMessage(
                "not connected")).isEqualTo("Drawer did not open (not connected): open it with the key");
        assertThat(DrawerKick.failedMessage("not connected", HINDI))
                .isEqualTo("दराज़ नहीं खुली (not connected): उसे चाबी से खोलें");
        assertThat(DrawerKick.failedMessage("Drawer did not open in 3 s", TAMIL))
                .isEqualTo("Drawer did not open in 3 s: சாவியால் திறக்கவும்");
    }

    @Test
    void aCountsLinesInTheNoteAreInTheTerminalsLanguage() {
        Denomination bill20 = Denomination.bill(Money.ofMajor(20, INR));
        Denomination coin20 = Denomination.coin(Money.ofMajor(20, INR));
        CashCount count = CashCount.empty(List.of(Denomination.bill(Money.ofMajor(500, INR)), bill20, coin20))
                .with(bill20, 1200).with(coin20, 2);
        assertThat(count.noteLines(ENGLISH)).containsExactly("1200 x ₹20.00", "2 x ₹20.00 coin", "Total ₹24,040.00");
        assertThat(count.noteLines(HINDI)).containsExactly("1200 x ₹20.00", "2 x ₹20.00 सिक्का", "कुल ₹24,040.00");
        assertThat(count.noteLines(TAMIL)).last().asString().startsWith("மொத்தம் ");
    }

    @Test
    void aQuantityIsRefusedInTheLanguageOfTheWindowItIsIn() throws Exception {
        List<String> refused = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            JPanel window = new JPanel();
            window.setLocale(HINDI);
            QuantityField field = new QuantityField(1, 9_999, why -> {
                if (why != null) {
                    refused.add(why);
                }
            }, () -> { });
            window.add(field);
            field.replaceSelection("x");
            field.replaceSelection("12345");
        });
        assertThat(refused).containsExactly("मात्रा 1 से 9,999 तक की पूर्ण संख्या होती है", "एक वस्तु के अधिकतम 9,999");
    }
}
