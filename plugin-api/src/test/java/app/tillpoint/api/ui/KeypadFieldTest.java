package app.tillpoint.api.ui;

import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeypadFieldTest {
    private final List<String> heard = new ArrayList<>();
    private final List<Boolean> changes = new ArrayList<>();

    /** Lets in up to three digits. */
    private final class Digits extends KeypadField {
        Digits() {
            super(3, why -> heard.add(String.valueOf(why)), () -> changes.add(null));
        }

        void put(String text) {
            putValue(text);
        }

        @Override
        protected String problem(String text) {
            return text.matches("\\d{1,3}") ? null : "digits only";
        }
    }

    private static void onEventThread(Runnable run) throws Exception {
        SwingUtilities.invokeAndWait(run);
    }

    @Test
    void aRefusedKeyIsNamedAndTheValueStays() throws Exception {
        onEventThread(() -> {
            Digits field = new Digits();
            field.replaceSelection("12");
            field.replaceSelection("x");
            field.replaceSelection("34");
            assertThat(field.getText()).isEqualTo("12");
            assertThat(heard).containsExactly("null", "digits only", "digits only");
        });
    }

    @Test
    void aPutValueIsReplacedByTheNextKeyAsOnACalculator() throws Exception {
        onEventThread(() -> {
            Digits field = new Digits();
            List<Boolean> putting = new ArrayList<>();
            field.getDocument().addDocumentListener(new javax.swing.event.DocumentListener() {
                @Override
                public void insertUpdate(javax.swing.event.DocumentEvent e) {
                    putting.add(field.isPuttingValue());
                }

                @Override
                public void removeUpdate(javax.swing.event.DocumentEvent e) {
                    putting.add(field.isPuttingValue());
                }

                @Override
                public void changedUpdate(javax.swing.event.DocumentEvent e) {
                }
            });
            field.put("500");
            field.replaceSelection("7");
            assertThat(field.getText()).isEqualTo("7");
            field.replaceSelection("5");
            assertThat(field.getText()).isEqualTo("75");
            // The put, then what the keys did: "500" replaced by "7" (a removal and an insertion), then "5" added.
            assertThat(putting).containsExactly(true, false, false, false);
            assertThat(changes).hasSize(4);
        });
    }

    @Test
    void emptyingTheFieldIsAllowedWithoutAsking() throws Exception {
        onEventThread(() -> {
            Digits field = new Digits();
            field.replaceSelection("9");
            field.selectAll();
            field.replaceSelection("");
            assertThat(field.getText()).isEmpty();
            assertThat(heard).containsExactly("null", "null");
        });
    }
}
