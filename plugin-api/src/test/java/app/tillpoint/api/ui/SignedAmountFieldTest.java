package app.tillpoint.api.ui;

import app.tillpoint.api.money.Money;
import org.junit.jupiter.api.Test;

import javax.swing.AbstractButton;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** An amount below zero typed with the keypad's ± key, and what a sign in the wrong place is told. */
class SignedAmountFieldTest {
    private static final Currency INR = Currency.getInstance("INR");
    private final List<String> heard = new ArrayList<>();

    private static void onEventThread(Runnable run) throws Exception {
        SwingUtilities.invokeAndWait(run);
    }

    private static void tap(Keypad keypad, String key) {
        for (Component c : keypad.getComponents()) {
            if ((Names.KEYPAD_PREFIX + key).equals(c.getName())) {
                ((AbstractButton) c).doClick();
                return;
            }
        }
        throw new AssertionError("No key " + key);
    }

    private static List<String> keys(Keypad keypad) {
        List<String> names = new ArrayList<>();
        for (Component c : keypad.getComponents()) {
            names.add(c.getName().substring(Names.KEYPAD_PREFIX.length()));
        }
        return names;
    }

    private AmountField signed() {
        return AmountField.signed(INR, why -> heard.add(String.valueOf(why)), () -> { });
    }

    @Test
    void plusMinusPutsTheSignBeforeTheAmountAndTakesItAway() throws Exception {
        onEventThread(() -> {
            AmountField field = signed();
            Keypad keypad = new Keypad(true, true, () -> { });
            keypad.setTarget(field);
            for (String key : List.of("1", "5", "0", "dot", "2", "5")) {
                tap(keypad, key);
            }
            tap(keypad, "sign");
            assertThat(field.getText()).isEqualTo("-150.25");
            assertThat(field.amount()).contains(Money.of(-15_025, INR));
            tap(keypad, "sign");
            assertThat(field.amount()).contains(Money.of(15_025, INR));
            tap(keypad, "sign");
            tap(keypad, "back");
            assertThat(field.amount()).contains(Money.of(-15_020, INR));
        });
    }

    @Test
    void aValueTheScreenPutIsNegatedByPlusMinusNotReplaced() throws Exception {
        onEventThread(() -> {
            AmountField field = signed();
            Keypad keypad = new Keypad(true, true, () -> { });
            keypad.setTarget(field);
            field.setAmount(Money.of(8_000, INR));
            tap(keypad, "sign");
            assertThat(field.getText()).isEqualTo("-80.00");
            tap(keypad, "back");
            assertThat(field.getText()).as("typing goes on after the sign").isEqualTo("-80.0");
        });
    }

    @Test
    void aMinusSignAloneIsRefusedWithWhyAndTheFieldKeepsItsText() throws Exception {
        onEventThread(() -> {
            AmountField field = signed();
            Keypad keypad = new Keypad(true, true, () -> { });
            keypad.setTarget(field);
            tap(keypad, "sign");
            assertThat(field.getText()).isEmpty();
            assertThat(field.amount()).isEmpty();
            assertThat(heard).containsExactly("Type the amount, then ± to make it negative");

            tap(keypad, "5");
            tap(keypad, "sign");
            tap(keypad, "back");
            assertThat(field.getText()).as("⌫ would leave the sign alone").isEqualTo("-5");
            assertThat(heard).last().isEqualTo("Type the amount, then ± to make it negative");
        });
    }

    @Test
    void aSecondSignOrOneAfterADigitIsRefusedWithWhy() throws Exception {
        onEventThread(() -> {
            AmountField field = signed();
            // As a keyboard or a paste would type them: the keypad itself only ever toggles one sign.
            field.replaceSelection("-5");
            field.replaceSelection("-");
            field.setCaretPosition(0);
            field.replaceSelection("-");
            assertThat(field.getText()).isEqualTo("-5");
            field.setText("");
            field.replaceSelection("5-");
            assertThat(field.getText()).isEmpty();
            assertThat(heard).containsExactly("null", "One minus sign, before the amount",
                    "One minus sign, before the amount", "null", "One minus sign, before the amount");
        });
    }

    @Test
    void itsWordsAreInTheLanguageOfItsWindow() throws Exception {
        onEventThread(() -> {
            JPanel dialog = new JPanel();
            dialog.setLocale(Locale.forLanguageTag("hi-IN"));
            AmountField field = signed();
            dialog.add(field);
            field.replaceSelection("-");
            assertThat(heard).containsExactly("पहले राशि लिखें, फिर उसे ऋणात्मक करने के लिए ± दबाएँ");
        });
    }

    @Test
    void aFieldNotMadeSignedRefusesTheSignAsBeforeAndAKeypadHasNoSignUnlessAsked() throws Exception {
        onEventThread(() -> {
            AmountField field = new AmountField(INR, why -> heard.add(String.valueOf(why)), () -> { });
            field.replaceSelection("-5");
            assertThat(field.getText()).isEmpty();
            assertThat(field.amount()).isEqualTo(Optional.empty());
            assertThat(heard).singleElement().asString().startsWith("Not an amount");

            assertThat(keys(new Keypad(true, () -> { }))).doesNotContain("sign").contains("dot");
            assertThat(keys(new Keypad(true, true, () -> { }))).contains("sign", "dot", "clear", "back", "ok");
            assertThat(keys(new Keypad(false, true, () -> { }))).contains("sign").doesNotContain("dot");
        });
    }
}
