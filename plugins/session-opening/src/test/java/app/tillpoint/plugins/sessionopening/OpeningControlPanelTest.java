package app.tillpoint.plugins.sessionopening;

import app.tillpoint.api.CashCounter;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.terminal.TerminalPolicy;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static app.tillpoint.api.testing.TestTerminal.EN_IN;
import static org.assertj.core.api.Assertions.assertThat;

@GuiTest
class OpeningControlPanelTest {
    /** Any opening difference needs a head cashier. */
    private static final TerminalPolicy POLICY = new TerminalPolicy(TestTerminal.rupees(0), false,
            TestTerminal.rupees(5_000), java.util.List.of(), java.util.List.of());
    private final List<OpeningRequest> opened = new ArrayList<>();
    private final AtomicInteger cancels = new AtomicInteger();
    private final List<CashCounter.CountRequest> countRequests = new ArrayList<>();
    private CashCount nextCount = TestTerminal.seedCount();
    private TestWindow testWindow;
    private FrameFixture window;
    private OpeningControlPanel panel;

    @BeforeAll
    static void installChecks() {
        TouchTheme.install();
    }

    @BeforeEach
    void setUp(TestWindow testWindow) {
        this.testWindow = testWindow;
    }

    /** A CashCounter extension that "counts" {@link #nextCount} at once. */
    private void countsAtOnce(CashCounter.CountRequest request, java.util.function.Consumer<Optional<CashCount>> done) {
        countRequests.add(request);
        done.accept(Optional.ofNullable(nextCount));
    }

    private void show(Optional<CashCounter> counter) {
        window = testWindow.show(() -> {
            panel = new OpeningControlPanel(ASHA, TestTerminal.emptyInr(), EN_IN, POLICY, counter,
                    new OpeningControlPanel.Listener() {
                        @Override
                        public void open(OpeningRequest request) {
                            opened.add(request);
                        }

                        @Override
                        public void cancel() {
                            cancels.incrementAndGet();
                        }
                    });
            return panel;
        });
    }

    private void showWithCounter() {
        show(Optional.of(this::countsAtOnce));
    }

    private void keypad(String keys) {
        for (char key : keys.toCharArray()) {
            window.button(key == '.' ? Names.KEYPAD_DOT : Names.keypadDigit(key - '0')).click();
        }
    }

    private void requireHidden(String name) {
        var component = window.robot().finder().findByName(name, false);
        assertThat(GuiActionRunner.execute(() -> component.isVisible())).as(name + " visible").isFalse();
    }

    @Test
    void startsAtZeroWithTheRupeeButton() {
        showWithCounter();
        window.textBox(Names.OPENING_CASH).requireText("0.00");
        window.button(Names.OPENING_COUNT).requireVisible().requireText("₹");
        requireHidden(Names.OPENING_MISMATCH);
    }

    @Test
    void theLastClosingAmountIsPrefilledUnlessTheCashierTypedFirst() {
        showWithCounter();
        GuiActionRunner.execute(() -> panel.prefill(TestTerminal.rupees(12_340)));
        window.textBox(Names.OPENING_CASH).requireText("12340.00");
        keypad("5");
        GuiActionRunner.execute(() -> panel.prefill(TestTerminal.rupees(99)));
        window.textBox(Names.OPENING_CASH).requireText("5");
    }

    @Test
    void confirmingACountFillsTheAmountAndTheNoteLines() {
        showWithCounter();
        window.button(Names.OPENING_COUNT).click();
        window.textBox(Names.OPENING_CASH).requireText("1340.00");
        window.textBox(Names.OPENING_NOTE).requireText("2 x ₹500.00\n3 x ₹100.00\n4 x ₹10.00\nTotal ₹1,340.00");
        requireHidden(Names.OPENING_MISMATCH);
        assertThat(countRequests).singleElement().satisfies(r -> assertThat(r.start().isEmpty()).isTrue());

        window.button(Names.OPENING_OPEN).click();
        assertThat(opened).singleElement().satisfies(request -> {
            assertThat(request.cashier()).isEqualTo(ASHA);
            assertThat(request.openingCash()).isEqualTo(TestTerminal.rupees(1_340));
            assertThat(request.count()).contains(TestTerminal.seedCount());
            assertThat(request.note()).endsWith("Total ₹1,340.00");
        });
    }

    @Test
    void aSecondCountReplacesTheFirstCountsLinesAndKeepsTheCashiersText() {
        showWithCounter();
        window.button(Names.OPENING_COUNT).click();
        GuiActionRunner.execute(() -> {
            var note = (javax.swing.JTextArea) window.textBox(Names.OPENING_NOTE).target();
            note.append("\nFloat from the safe");
        });
        nextCount = TestTerminal.emptyInr().with(TestTerminal.bill(200), 1);
        window.button(Names.OPENING_COUNT).click();
        window.textBox(Names.OPENING_NOTE).requireText("1 x ₹200.00\nTotal ₹200.00\nFloat from the safe");
        window.textBox(Names.OPENING_CASH).requireText("200.00");
        assertThat(countRequests.get(1).start()).isEqualTo(TestTerminal.seedCount());
    }

    @Test
    void aCancelledCountChangesNothing() {
        showWithCounter();
        nextCount = null;
        window.button(Names.OPENING_COUNT).click();
        window.textBox(Names.OPENING_CASH).requireText("0.00");
        window.textBox(Names.OPENING_NOTE).requireText("");
    }

    @Test
    void typingADifferentAmountAfterCountingShowsTheMismatchAndKeepsBoth() {
        showWithCounter();
        window.button(Names.OPENING_COUNT).click();
        keypad("1300");
        window.textBox(Names.OPENING_CASH).requireText("1300");
        window.label(Names.OPENING_MISMATCH).requireVisible()
                .requireText("Counted ₹1,340.00 but opening cash is ₹1,300.00 \u2014 a head cashier approves it");

        window.button(Names.OPENING_OPEN).click();
        assertThat(opened).singleElement().satisfies(request -> {
            assertThat(request.openingCash()).isEqualTo(TestTerminal.rupees(1_300));
            assertThat(request.count().orElseThrow().total()).isEqualTo(TestTerminal.rupees(1_340));
        });
    }

    @Test
    void typingTheCountedAmountAgainClearsTheMismatch() {
        showWithCounter();
        window.button(Names.OPENING_COUNT).click();
        keypad("1300");
        window.button(Names.KEYPAD_CLEAR).click();
        keypad("1340");
        requireHidden(Names.OPENING_MISMATCH);
    }

    @Test
    void twoQuickTapsOnOpenSessionOpenOnce() {
        showWithCounter();
        window.button(Names.OPENING_OPEN).doubleClick();
        window.robot().click(window.button(Names.OPENING_OPEN).target());
        assertThat(opened).hasSize(1);
        window.button(Names.OPENING_OPEN).requireDisabled();
        window.button(Names.OPENING_CANCEL).requireDisabled();

        GuiActionRunner.execute(() -> panel.openFailed());
        window.button(Names.OPENING_OPEN).requireEnabled().click();
        assertThat(opened).hasSize(2);
    }

    @Test
    void amountsThatMoneyParseRefusesAreRefusedWithAMessage() {
        showWithCounter();
        var cash = window.textBox(Names.OPENING_CASH);
        for (String bad : new String[] {"-5", "12.345", "1,300", "abc", "1.2.3"}) {
            cash.setText(bad);
            cash.requireText("0.00");
            assertThat(window.label(Names.OPENING_MESSAGE).text()).contains("Not an amount");
        }
        keypad("1.505");
        cash.requireText("1.50");
        assertThat(window.label(Names.OPENING_MESSAGE).text()).contains("Not an amount");
        window.button(Names.KEYPAD_CLEAR).click();
        window.button(Names.OPENING_OPEN).click();
        assertThat(opened).isEmpty();
        assertThat(window.label(Names.OPENING_MESSAGE).text()).contains("Enter the opening cash");
        window.button(Names.OPENING_OPEN).requireEnabled();
    }

    @Test
    void withoutACounterTheTypedAmountOpensTheSession() {
        show(Optional.empty());
        requireHidden(Names.OPENING_COUNT);
        keypad("2500.5");
        window.textBox(Names.OPENING_NOTE).setText("No coins today");
        window.button(Names.OPENING_OPEN).click();
        assertThat(opened).singleElement().satisfies(request -> {
            assertThat(request.openingCash().minorUnits()).isEqualTo(250_050);
            assertThat(request.count()).isEmpty();
            assertThat(request.note()).isEqualTo("No coins today");
        });
    }

    @Test
    void aNoteThatWouldReorderTheTextAfterItIsRefusedWithAMessageAndOpensNothing() {
        show(Optional.empty());
        keypad("100");
        window.textBox(Names.OPENING_NOTE).setText("Float \u2067from the safe");
        window.button(Names.OPENING_OPEN).click();

        window.label(Names.OPENING_MESSAGE)
                .requireText("The note holds a character that changes the writing direction (U+2067): type it again");
        assertThat(opened).isEmpty();
        window.button(Names.OPENING_OPEN).requireEnabled();

        window.textBox(Names.OPENING_NOTE).setText("Float <from> the safe");
        window.button(Names.OPENING_OPEN).click();
        assertThat(opened).singleElement().satisfies(r -> assertThat(r.note()).isEqualTo("Float <from> the safe"));
    }

    @Test
    void cancelTellsTheCaller() {
        showWithCounter();
        window.button(Names.OPENING_CANCEL).click();
        assertThat(cancels).hasValue(1);
        assertThat(opened).isEmpty();
    }
}
