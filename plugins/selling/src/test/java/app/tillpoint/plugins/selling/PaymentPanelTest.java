package app.tillpoint.plugins.selling;

import app.tillpoint.api.money.Money;
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
import java.util.concurrent.atomic.AtomicInteger;

import static app.tillpoint.api.testing.TestTerminal.EN_IN;
import static app.tillpoint.api.testing.TestTerminal.paise;
import static app.tillpoint.api.testing.TestTerminal.rupees;
import static org.assertj.core.api.Assertions.assertThat;

@GuiTest
class PaymentPanelTest {
    private static final List<Money> BILLS = List.of(rupees(2000), rupees(500), rupees(200), rupees(100), rupees(50),
            rupees(20), rupees(10));

    private final List<Money> confirmed = new ArrayList<>();
    private final AtomicInteger cancels = new AtomicInteger();
    private TestWindow testWindow;
    private FrameFixture window;
    private PaymentPanel panel;

    @BeforeAll
    static void installChecks() {
        TouchTheme.install();
    }

    @BeforeEach
    void setUp(TestWindow testWindow) {
        this.testWindow = testWindow;
    }

    private void show(Money total) {
        window = testWindow.show(() -> {
            panel = new PaymentPanel(total, BILLS, EN_IN, new PaymentPanel.Listener() {
                @Override
                public void confirm(Money tendered) {
                    confirmed.add(tendered);
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
    void quickButtonsOfferTheExactAmountAndTheRoundOnesAbove() {
        show(paise(123_450));
        window.button(Names.PAY_QUICK_PREFIX + 123450).requireText("₹1,234.50");
        window.button(Names.PAY_QUICK_PREFIX + 124000).requireText("₹1,240");
        window.button(Names.PAY_QUICK_PREFIX + 125000);
        window.button(Names.PAY_QUICK_PREFIX + 130000);
        window.button(Names.PAY_QUICK_PREFIX + 140000).click();
        window.textBox(Names.PAY_TENDERED).requireText("1400.00");
        window.label(Names.PAY_CHANGE).requireText("Change ₹165.50");

        window.button(Names.PAY_QUICK_PREFIX + 123450).click();
        window.label(Names.PAY_CHANGE).requireText("Change ₹0.00");
        window.button(Names.PAY_CONFIRM).requireEnabled().click();
        assertThat(confirmed).containsExactly(paise(123_450));
    }

    @Test
    void confirmIsEnabledOnlyWhenEnoughIsTendered() {
        show(paise(123_450));
        window.button(Names.PAY_CONFIRM).requireDisabled();
        window.label(Names.PAY_CHANGE).requireText("Enter the amount tendered");
        keypad("1000");
        window.label(Names.PAY_CHANGE).requireText("Short ₹234.50");
        window.button(Names.PAY_CONFIRM).requireDisabled();
        window.button(Names.KEYPAD_BACK).click();
        keypad("1300");
        window.textBox(Names.PAY_TENDERED).requireText("1001300");
        window.button(Names.KEYPAD_CLEAR).click();
        keypad("1234.5");
        window.label(Names.PAY_CHANGE).requireText("Change ₹0.00");
        window.button(Names.PAY_CONFIRM).requireEnabled();
        keypad("1");
        window.textBox(Names.PAY_TENDERED).requireText("1234.51");
        window.label(Names.PAY_CHANGE).requireText("Change ₹0.01");
    }

    @Test
    void whatIsNotAnAmountIsRefused() {
        show(rupees(35));
        var tendered = window.textBox(Names.PAY_TENDERED);
        keypad("50");
        for (String bad : new String[] {"-5", "12.345", "abc", "1,300"}) {
            tendered.setText(bad);
            tendered.requireText("50");
            assertThat(window.label(Names.PAY_MESSAGE).text()).contains("Not an amount");
        }
        keypad(".999");
        tendered.requireText("50.99");
    }

    @Test
    void aDoubleTapSellsOnceUntilTheSaleFailed() {
        show(rupees(35));
        window.button(Names.PAY_QUICK_PREFIX + 5000).click();
        window.button(Names.PAY_CONFIRM).doubleClick();
        window.robot().click(window.button(Names.PAY_CONFIRM).target());
        assertThat(confirmed).containsExactly(rupees(50));
        window.button(Names.PAY_CONFIRM).requireDisabled();
        window.button(Names.PAY_CANCEL).requireDisabled();

        GuiActionRunner.execute(() -> panel.failed("database is locked"));
        window.label(Names.PAY_MESSAGE).requireText("database is locked");
        window.button(Names.PAY_CONFIRM).requireEnabled().click();
        assertThat(confirmed).hasSize(2);
    }

    @Test
    void cancelTellsTheCaller() {
        show(rupees(35));
        window.button(Names.PAY_CANCEL).click();
        assertThat(cancels).hasValue(1);
        assertThat(confirmed).isEmpty();
    }

    @Test
    void fits1024x768WithTouchSizedButtons() {
        show(paise(9_999_999_99L));
        Fit.requirePreferredFits(panel);
        Fit.requireInside(panel);
    }
}
