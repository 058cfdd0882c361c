package app.tillpoint.plugins.selling;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.testing.Fit;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestWindow;
import app.tillpoint.api.testing.TouchTheme;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static app.tillpoint.api.testing.TestTerminal.INR;
import static app.tillpoint.plugins.selling.SellingShift.MOVE_REASONS;
import static org.assertj.core.api.Assertions.assertThat;

@GuiTest
class CashMovePanelTest {
    private final List<String> confirmed = new ArrayList<>();
    private final AtomicInteger cancels = new AtomicInteger();
    private TestWindow testWindow;
    private FrameFixture window;
    private CashMovePanel panel;

    @BeforeAll
    static void installChecks() {
        TouchTheme.install();
    }

    @BeforeEach
    void setUp(TestWindow testWindow) {
        this.testWindow = testWindow;
    }

    private void show(CashMove.Direction direction, List<String> reasons) {
        window = testWindow.show(() -> {
            panel = new CashMovePanel(direction, INR, reasons, Locale.forLanguageTag("en-IN"), new CashMovePanel.Listener() {
                @Override
                public void confirm(Money amount, String reason) {
                    confirmed.add(amount.toPlainString() + " " + reason);
                }

                @Override
                public void cancel() {
                    cancels.incrementAndGet();
                }
            });
            return panel;
        });
    }

    private void keypad(String keys) {
        for (char key : keys.toCharArray()) {
            window.button(key == '.' ? Names.KEYPAD_DOT : Names.keypadDigit(key - '0')).click();
        }
    }

    @Test
    void theTerminalsReasonsAreTiles() {
        show(CashMove.Direction.OUT, MOVE_REASONS);
        for (int i = 0; i < MOVE_REASONS.size(); i++) {
            window.toggleButton(Names.CASH_MOVE_REASON_PREFIX + i).requireText(MOVE_REASONS.get(i));
        }
        keypad("6000");
        window.toggleButton(Names.CASH_MOVE_REASON_PREFIX + 1).click();
        window.button(Names.CASH_MOVE_CONFIRM).click();
        assertThat(confirmed).containsExactly("6000.00 Supplier paid");
    }

    @Test
    void aTypedReasonIsAddedToThePickedOneOrStandsAlone() {
        show(CashMove.Direction.IN, MOVE_REASONS);
        keypad("250.5");
        window.toggleButton(Names.CASH_MOVE_REASON_PREFIX + 0).click();
        window.textBox(Names.CASH_MOVE_REASON_TEXT).enterText("from the safe");
        assertThat(GuiActionRunner.execute(panel::reason)).isEqualTo("Change float: from the safe");
        window.button(Names.CASH_MOVE_CONFIRM).click();
        assertThat(confirmed).containsExactly("250.50 Change float: from the safe");
    }

    @Test
    void aReasonThatWouldReorderTheTextAfterItIsRefusedWithAMessageAndMarkupStaysText() {
        show(CashMove.Direction.OUT, List.of());
        keypad("500");
        window.textBox(Names.CASH_MOVE_REASON_TEXT).setText("Supplier paid \u202E005");
        window.button(Names.CASH_MOVE_CONFIRM).click();
        window.label(Names.CASH_MOVE_MESSAGE)
                .requireText("The reason holds a character that changes the writing direction (U+202E): type it again");
        assertThat(confirmed).isEmpty();

        window.textBox(Names.CASH_MOVE_REASON_TEXT).setText("<html><b>Supplier</b> paid");
        window.button(Names.CASH_MOVE_CONFIRM).click();
        assertThat(confirmed).containsExactly("500.00 <html><b>Supplier</b> paid");
    }

    @Test
    void whatIsNotAnAmountIsRefusedAndNothingIsConfirmedWithoutAmountOrReason() {
        show(CashMove.Direction.OUT, List.of());
        var amount = window.textBox(Names.CASH_MOVE_AMOUNT);
        keypad("50");
        for (String bad : new String[] {"-5", "12.345", "abc", "1,300"}) {
            amount.setText(bad);
            amount.requireText("50");
            assertThat(window.label(Names.CASH_MOVE_MESSAGE).text()).contains("Not an amount");
        }
        window.button(Names.CASH_MOVE_CONFIRM).click();
        window.label(Names.CASH_MOVE_MESSAGE).requireText("Pick or type a reason");
        window.button(Names.KEYPAD_CLEAR).click();
        window.textBox(Names.CASH_MOVE_REASON_TEXT).enterText("Milk");
        window.button(Names.CASH_MOVE_CONFIRM).click();
        window.label(Names.CASH_MOVE_MESSAGE).requireText("Enter the amount on the keypad");
        keypad("0");
        window.button(Names.CASH_MOVE_CONFIRM).click();
        window.label(Names.CASH_MOVE_MESSAGE).requireText("Enter the amount on the keypad");
        assertThat(confirmed).isEmpty();
    }

    @Test
    void aDoubleTapConfirmsOnce() {
        show(CashMove.Direction.IN, MOVE_REASONS);
        keypad("100");
        window.toggleButton(Names.CASH_MOVE_REASON_PREFIX + 0).click();
        window.button(Names.CASH_MOVE_CONFIRM).doubleClick();
        assertThat(confirmed).hasSize(1);
        window.button(Names.CASH_MOVE_CANCEL).requireDisabled();
        GuiActionRunner.execute(() -> panel.failed("Not stored: disk full"));
        window.label(Names.CASH_MOVE_MESSAGE).requireText("Not stored: disk full");
        window.button(Names.CASH_MOVE_CANCEL).requireEnabled().click();
        assertThat(cancels).hasValue(1);
    }

    @Test
    void fits1024x768WithTouchSizedButtons() {
        show(CashMove.Direction.OUT, List.of("Change float", "Supplier paid", "Bank deposit", "Petty cash",
                "Refund without receipt", "Other"));
        Fit.requirePreferredFits(panel);
        Fit.requireInside(panel);
    }
}
