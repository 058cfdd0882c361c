package app.tillpoint.plugins.cashcounting;

import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestTerminal;
import app.tillpoint.api.testing.TestWindow;
import app.tillpoint.api.testing.TouchTheme;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Dimension;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static app.tillpoint.api.testing.TestTerminal.INR;
import static app.tillpoint.api.testing.TestTerminal.bill;
import static app.tillpoint.api.testing.TestTerminal.coin;
import static org.assertj.core.api.Assertions.assertThat;

@GuiTest
class CounterPanelTest {
    private static final Locale EN_IN = Locale.forLanguageTag("en-IN");

    private final CashCount start = TestTerminal.emptyInr();
    private final Denomination b500 = bill(INR, 500);
    private final Denomination b100 = bill(INR, 100);
    private final Denomination b10 = bill(INR, 10);
    private final Denomination c10 = coin(INR, 1000);
    private final AtomicReference<Optional<CashCount>> result = new AtomicReference<>();
    private final AtomicInteger calls = new AtomicInteger();
    private TestWindow testWindow;
    private FrameFixture window;

    @BeforeAll
    static void installChecks() {
        TouchTheme.install();
    }

    @BeforeEach
    void setUp(TestWindow testWindow) {
        this.testWindow = testWindow;
    }

    private void show(CashCount count, Locale locale) {
        window = testWindow.show(() -> new CounterPanel("Opening cash", count, locale, r -> {
            calls.incrementAndGet();
            result.set(r);
        }));
    }

    @Test
    void plusMinusAndKeypadMakeTheRunningTotal() {
        show(start, EN_IN);
        window.button(Names.counterPlus(start, b500)).click().click();
        window.button(Names.counterPlus(start, b100)).click().click().click().click();
        window.button(Names.counterMinus(start, b100)).click();
        window.textBox(Names.counterQty(start, b10)).click();
        window.button(Names.keypadDigit(4)).click();

        window.textBox(Names.counterQty(start, b500)).requireText("2");
        window.textBox(Names.counterQty(start, b100)).requireText("3");
        window.textBox(Names.counterQty(start, b10)).requireText("4");
        window.label(Names.COUNTER_TOTAL).requireText("₹1,340.00");
    }

    @Test
    void minusStopsAtZeroAndKeypadReplacesALeadingZero() {
        show(start, EN_IN);
        window.button(Names.counterMinus(start, c10)).click();
        window.textBox(Names.counterQty(start, c10)).requireText("0");
        window.textBox(Names.counterQty(start, c10)).click();
        window.button(Names.keypadDigit(1)).click();
        window.button(Names.keypadDigit(2)).click();
        window.textBox(Names.counterQty(start, c10)).requireText("12");
        window.button(Names.KEYPAD_BACK).click();
        window.textBox(Names.counterQty(start, c10)).requireText("1");
        window.label(Names.COUNTER_TOTAL).requireText("₹10.00");
    }

    @Test
    void typedQuantitiesOnAPhysicalKeyboardCountToo() {
        show(start, EN_IN);
        window.textBox(Names.counterQty(start, b500)).deleteText().enterText("2");
        window.textBox(Names.counterQty(start, b100)).deleteText().enterText("3");
        window.textBox(Names.counterQty(start, b10)).deleteText().enterText("4");
        window.label(Names.COUNTER_TOTAL).requireText("₹1,340.00");
    }

    @Test
    void negativeTooLargeAndLettersAreRefusedWithAMessage() {
        show(start.with(b500, 7), EN_IN);
        var quantity = window.textBox(Names.counterQty(start, b500));
        for (String bad : new String[] {"-3", "99999", "abc", "1.5"}) {
            window.label(Names.COUNTER_MESSAGE).requireText(" ");
            quantity.setText(bad);
            quantity.requireText("7");
            assertThat(window.label(Names.COUNTER_MESSAGE).text()).isNotBlank();
            quantity.setText("7");
        }
        quantity.enterText("x");
        quantity.requireText("7");
        assertThat(window.label(Names.COUNTER_MESSAGE).text()).contains("whole numbers");
        window.label(Names.COUNTER_TOTAL).requireText("₹3,500.00");
    }

    @Test
    void quantitiesStopAt9999() {
        show(start, EN_IN);
        window.textBox(Names.counterQty(start, b500)).click();
        for (int i = 0; i < 5; i++) {
            window.button(Names.keypadDigit(9)).click();
        }
        window.textBox(Names.counterQty(start, b500)).requireText("9999");
        assertThat(window.label(Names.COUNTER_MESSAGE).text()).contains("9,999");
        window.button(Names.counterPlus(start, b500)).click();
        window.textBox(Names.counterQty(start, b500)).requireText("9999");
        window.label(Names.COUNTER_TOTAL).requireText("₹49,99,500.00");
    }

    @Test
    void aTotalTooLargeForMinorUnitsIsRefusedWithAMessageNotAnException() {
        // A configured bill of 10^18 paise: ten of them pass a long; the panel opens and refuses the tenth.
        Denomination huge = Denomination.bill(app.tillpoint.api.money.Money.of(1_000_000_000_000_000_000L, INR));
        CashCount count = CashCount.empty(java.util.List.of(huge, c10));
        show(count, EN_IN);
        for (int i = 0; i < 10; i++) {
            window.button(Names.counterPlus(count, huge)).click();
        }
        window.textBox(Names.counterQty(count, huge)).requireText("9");
        window.label(Names.COUNTER_MESSAGE).requireText("The total would be too large to count");
        window.label(Names.COUNTER_TOTAL).requireText("₹90,00,00,00,00,00,00,000.00");

        window.textBox(Names.counterQty(count, huge)).click();
        window.button(Names.keypadDigit(1)).click();
        window.button(Names.keypadDigit(2)).click();
        window.textBox(Names.counterQty(count, huge)).requireText("1");
        window.label(Names.COUNTER_MESSAGE).requireText("The total would be too large to count");
    }

    @Test
    void keypadOkMovesToTheNextQuantity() {
        show(start, EN_IN);
        window.textBox(Names.counterQty(start, b500)).click();
        window.button(Names.keypadDigit(2)).click();
        window.button(Names.KEYPAD_OK).click();
        window.button(Names.keypadDigit(5)).click();
        window.textBox(Names.counterQty(start, bill(INR, 200))).requireText("5");
    }

    @Test
    void confirmHandsBackTheCountOnce() {
        show(start, EN_IN);
        window.button(Names.counterPlus(start, b500)).click().click();
        window.button(Names.COUNTER_CONFIRM).click();
        window.button(Names.COUNTER_CONFIRM).click();
        assertThat(calls).hasValue(1);
        assertThat(result.get()).hasValueSatisfying(count -> {
            assertThat(count.quantity(b500)).isEqualTo(2);
            assertThat(count.total().toPlainString()).isEqualTo("1000.00");
        });
    }

    @Test
    void cancelHandsBackNothing() {
        show(start, EN_IN);
        window.button(Names.counterPlus(start, b500)).click();
        window.button(Names.COUNTER_CANCEL).click();
        assertThat(calls).hasValue(1);
        assertThat(result.get()).isEmpty();
    }

    @Test
    void everyDenominationOfInrAndEurFitsA1024x768Screen() {
        for (var count : new CashCount[] {TestTerminal.emptyInr(), TestTerminal.emptyEur()}) {
            Dimension size = GuiActionRunner.execute(
                    () -> new CounterPanel("Opening cash", count, Locale.forLanguageTag("en-IE"), r -> {
                    }).getPreferredSize());
            assertThat(size.width).as("width for " + count.currency()).isLessThanOrEqualTo(1024);
            assertThat(size.height).as("height for " + count.currency()).isLessThanOrEqualTo(768);
        }
        assertThat(TestTerminal.emptyInr().denominations()).hasSize(11);
        assertThat(TestTerminal.emptyEur().denominations()).hasSize(15);
    }
}
