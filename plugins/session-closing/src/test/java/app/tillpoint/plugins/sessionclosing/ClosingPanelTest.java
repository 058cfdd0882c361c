package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.CashCounter;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.ClosingCount;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.MethodTotal;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.session.SettlementCount;
import app.tillpoint.api.terminal.TerminalPolicy;
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

import javax.swing.JButton;
import java.awt.Component;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static app.tillpoint.api.testing.TestTerminal.EN_IN;
import static app.tillpoint.api.testing.TestTerminal.RAVI;
import static app.tillpoint.api.testing.TestTerminal.bill;
import static app.tillpoint.api.testing.TestTerminal.rupees;
import static app.tillpoint.plugins.sessionclosing.ClosingShift.CLOSING_REASONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@GuiTest
class ClosingPanelTest {
    private final List<ClosingRequest> closed = new ArrayList<>();
    /** The counts handed over to be recorded. */
    private final List<CashCount> counted = new ArrayList<>();
    /** Whether the host records a count at once (else the dialog waits, as while the database is slow). */
    private boolean recordsAtOnce = true;
    private final List<CashCounter.CountRequest> countRequests = new ArrayList<>();
    private final AtomicInteger cancels = new AtomicInteger();
    /** ₹2,150 counted: ₹50 short of the ₹2,200 expected. */
    private CashCount nextCount = ClosingShift.emptyInr().with(bill(500), 4).with(bill(100), 1).with(bill(10), 5);
    private TestWindow testWindow;
    private FrameFixture window;
    private ClosingPanel panel;

    @BeforeAll
    static void installChecks() {
        TouchTheme.install();
    }

    @BeforeEach
    void setUp(TestWindow testWindow) {
        this.testWindow = testWindow;
    }

    private SessionSummary summary = ClosingShift.summary();

    /** The shift, with ₹80.00 paid by card and ₹40.00 by UPI besides the cash. */
    private static SessionSummary withMethods() {
        SessionSummary cash = ClosingShift.summary();
        return new SessionSummary(cash.session(), cash.orderCount(), cash.orderTotal(), cash.cashSales(),
                cash.cashIn(), cash.cashOut(), cash.expectedCash(), List.of(
                new MethodTotal("Card", PaymentMethod.Kind.CARD, rupees(80)),
                new MethodTotal("UPI", PaymentMethod.Kind.UPI, rupees(40))));
    }

    private void show(boolean blind, Optional<CashCounter> counter) {
        window = testWindow.show(() -> {
            TerminalPolicy policy = new TerminalPolicy(rupees(100), blind, rupees(5_000), List.of(), CLOSING_REASONS);
            panel = new ClosingPanel(ASHA, summary, ClosingShift.emptyInr(), EN_IN, policy, counter,
                    new ClosingPanel.Listener() {
                        @Override
                        public void counted(CashCount count) {
                            counted.add(count);
                            if (recordsAtOnce) {
                                panel.countRecorded(recorded(count));
                            }
                        }

                        @Override
                        public void close(ClosingRequest request) {
                            closed.add(request);
                        }

                        @Override
                        public void cancel() {
                            cancels.incrementAndGet();
                        }
                    });
            return panel;
        });
    }

    /** The count as the host records it, against the shift's expected ₹2,200. */
    private ClosingCount recorded(CashCount count) {
        SessionSummary summary = ClosingShift.summary();
        return new ClosingCount(summary.session().id(), counted.size(), Instant.now(), ASHA, count,
                summary.expectedCash(), summary.differenceFor(count), Optional.empty());
    }

    private static Approval approvalBy(Cashier head) {
        return new Approval(head, "", ApprovalAction.CLOSING_DIFFERENCE, Optional.of(rupees(-50)), "token-1");
    }

    private void show(boolean blind) {
        show(blind, Optional.of((request, done) -> {
            countRequests.add(request);
            done.accept(Optional.ofNullable(nextCount));
        }));
    }

    private boolean visible(String name) {
        Component component = window.robot().finder().findByName(name, false);
        return GuiActionRunner.execute(component::isShowing);
    }

    @Test
    void showsTheOrdersTheBreakdownAndTheExpectedCash() {
        show(false);
        window.label(Names.CLOSING_ORDERS).requireText("2 orders, ₹560.00");
        window.label(Names.CLOSING_BREAKDOWN)
                .requireText("Opening ₹1,340.00 + sales ₹560.00 + in ₹500.00 \u2212 out ₹200.00");
        window.label(Names.CLOSING_EXPECTED).requireText("₹2,200.00");
        window.label(Names.CLOSING_COUNTED).requireText("Not counted yet");
        window.label(Names.CLOSING_DIFFERENCE).requireText(" ");
        window.button(Names.CLOSING_CLOSE).requireDisabled();
        assertThat(visible(Names.CLOSING_REASON_PREFIX + 0)).isFalse();
    }

    @Test
    void countingShowsTheCountedAmountTheDifferenceAndTheNoteLines() {
        show(false);
        window.button(Names.CLOSING_COUNT).click();
        assertThat(countRequests).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Closing cash");
            assertThat(r.start().isEmpty()).isTrue();
        });
        window.label(Names.CLOSING_COUNTED).requireText("₹2,150.00");
        window.label(Names.CLOSING_DIFFERENCE).requireText("\u2212₹50.00 short");
        window.textBox(Names.CLOSING_NOTE).requireText("4 x ₹500.00\n1 x ₹100.00\n5 x ₹10.00\nTotal ₹2,150.00");

        nextCount = ClosingShift.exactCount().with(bill(20), 1);
        window.button(Names.CLOSING_COUNT).click();
        window.label(Names.CLOSING_DIFFERENCE).requireText("₹20.00 over");
        nextCount = ClosingShift.exactCount();
        window.button(Names.CLOSING_COUNT).click();
        window.label(Names.CLOSING_DIFFERENCE).requireText("₹0.00");
        window.textBox(Names.CLOSING_NOTE).requireText("4 x ₹500.00\n2 x ₹100.00\nTotal ₹2,200.00");
        assertThat(countRequests.get(2).start().total()).isEqualTo(rupees(2_220));

        window.button(Names.CLOSING_CLOSE).requireEnabled().click();
        assertThat(closed).singleElement().satisfies(request -> {
            assertThat(request.closedBy()).isEqualTo(ASHA);
            assertThat(request.count()).isEqualTo(ClosingShift.exactCount());
            assertThat(request.note()).endsWith("Total ₹2,200.00");
            assertThat(request.approval()).isEmpty();
        });
    }

    @Test
    void aBlindCloseHidesTheExpectedCashUntilTheDrawerIsCounted() {
        show(true);
        assertThat(visible(Names.CLOSING_EXPECTED)).isFalse();
        assertThat(visible(Names.CLOSING_BREAKDOWN)).isFalse();
        window.label(Names.CLOSING_ORDERS).requireText("2 orders");
        window.button(Names.CLOSING_CLOSE).requireDisabled();

        window.button(Names.CLOSING_COUNT).click();
        assertThat(visible(Names.CLOSING_EXPECTED)).isTrue();
        window.label(Names.CLOSING_EXPECTED).requireText("₹2,200.00");
        window.label(Names.CLOSING_ORDERS).requireText("2 orders, ₹560.00");
        window.label(Names.CLOSING_DIFFERENCE).requireText("\u2212₹50.00 short");
    }

    @Test
    void aBlindCloseShowsNothingOfTheExpectedCashUntilTheHostHasRecordedTheCount() {
        recordsAtOnce = false;
        show(true);
        window.button(Names.CLOSING_COUNT).click();

        assertThat(counted).hasSize(1);
        assertThat(visible(Names.CLOSING_EXPECTED)).isFalse();
        window.label(Names.CLOSING_DIFFERENCE).requireText(" ");
        window.label(Names.CLOSING_MESSAGE).requireText("Recording the count\u2026");
        window.button(Names.CLOSING_CLOSE).requireDisabled();

        GuiActionRunner.execute(() -> panel.countRecorded(recorded(counted.get(0))));
        window.label(Names.CLOSING_EXPECTED).requireText("₹2,200.00");
        window.label(Names.CLOSING_DIFFERENCE).requireText("\u2212₹50.00 short");
    }

    @Test
    void aCancelledCountChangesNothing() {
        show(false);
        nextCount = null;
        window.button(Names.CLOSING_COUNT).click();
        window.label(Names.CLOSING_COUNTED).requireText("Not counted yet");
        window.button(Names.CLOSING_CLOSE).requireDisabled();
    }

    @Test
    void afterAHeadCashierApprovedTheReasonTilesAppearAndCloseCarriesTheApproval() {
        show(false);
        window.button(Names.CLOSING_COUNT).click();
        window.button(Names.CLOSING_CLOSE).click();
        assertThat(closed).hasSize(1);

        GuiActionRunner.execute(() -> panel.approvalNeeded("The difference is over the limit"));
        window.label(Names.CLOSING_MESSAGE).requireText("The difference is over the limit");
        GuiActionRunner.execute(() -> panel.approved(approvalBy(RAVI)));
        for (int i = 0; i < CLOSING_REASONS.size(); i++) {
            window.toggleButton(Names.CLOSING_REASON_PREFIX + i).requireVisible().requireText(CLOSING_REASONS.get(i));
        }
        window.button(Names.CLOSING_CLOSE).requireDisabled();
        window.toggleButton(Names.CLOSING_REASON_PREFIX + 1).click();
        window.button(Names.CLOSING_CLOSE).requireEnabled().click();

        assertThat(closed).hasSize(2);
        assertThat(closed.get(1).approval()).hasValueSatisfying(approval -> {
            assertThat(approval.approver()).isEqualTo(RAVI);
            assertThat(approval.reason()).isEqualTo("Change given wrongly");
            assertThat(approval.token()).as("the host's approval, with the reason picked").isEqualTo("token-1");
        });
    }

    @Test
    void aRecountDropsAnEarlierApproval() {
        show(false);
        window.button(Names.CLOSING_COUNT).click();
        GuiActionRunner.execute(() -> panel.approved(approvalBy(RAVI)));
        assertThat(visible(Names.CLOSING_REASON_PREFIX + 0)).isTrue();
        window.button(Names.CLOSING_COUNT).click();
        assertThat(visible(Names.CLOSING_REASON_PREFIX + 0)).isFalse();
        window.button(Names.CLOSING_CLOSE).click();
        assertThat(closed).singleElement().satisfies(request -> assertThat(request.approval()).isEmpty());
    }

    @Test
    void aNoteThatWouldReorderTheTextAfterItIsRefusedWithAMessageAndClosesNothing() {
        nextCount = ClosingShift.exactCount();
        show(false);
        window.button(Names.CLOSING_COUNT).click();
        var note = window.textBox(Names.CLOSING_NOTE);
        note.setText(note.text() + "\nShort \u202E05");
        window.button(Names.CLOSING_CLOSE).click();

        window.label(Names.CLOSING_MESSAGE)
                .requireText("The note holds a character that changes the writing direction (U+202E): type it again");
        assertThat(closed).isEmpty();
        window.button(Names.CLOSING_CLOSE).requireEnabled();

        note.setText("Total ₹2,200.00\n<b>counted twice</b>");
        window.button(Names.CLOSING_CLOSE).click();
        assertThat(closed).singleElement()
                .satisfies(r -> assertThat(r.note()).isEqualTo("Total ₹2,200.00\n<b>counted twice</b>"));
    }

    @Test
    void aDoubleTapClosesOnceUntilClosingFailed() {
        show(false);
        window.button(Names.CLOSING_COUNT).click();
        window.button(Names.CLOSING_CLOSE).doubleClick();
        window.robot().click(window.button(Names.CLOSING_CLOSE).target());
        assertThat(closed).hasSize(1);
        window.button(Names.CLOSING_CLOSE).requireDisabled();
        window.button(Names.CLOSING_CANCEL).requireDisabled();

        GuiActionRunner.execute(() -> panel.failed("database is locked"));
        window.label(Names.CLOSING_MESSAGE).requireText("database is locked");
        window.button(Names.CLOSING_CANCEL).requireEnabled().click();
        assertThat(cancels).hasValue(1);
    }

    @Test
    void withoutACounterItSaysWhyTheDrawerCannotBeCounted() {
        show(false, Optional.empty());
        assertThat(visible(Names.CLOSING_COUNT)).isFalse();
        assertThat(window.label(Names.CLOSING_MESSAGE).text()).contains("cash-counting plugin");
        window.button(Names.CLOSING_CLOSE).requireDisabled();
    }

    @Test
    void fits1024x768WithTouchSizedButtons() {
        show(false);
        window.button(Names.CLOSING_COUNT).click();
        GuiActionRunner.execute(() -> panel.approved(approvalBy(RAVI)));
        GuiActionRunner.execute(() -> window.target().pack());
        Fit.requirePreferredFits(panel);
        Fit.requireInside(panel);
    }

    @Test
    void eachOtherMethodIsSettledWithItsExpectedTotalAndDifference() {
        summary = withMethods();
        show(false);
        window.label(Names.CLOSING_SETTLEMENT_PREFIX + "Card").requireText("Expected ₹80.00");
        window.button(Names.CLOSING_COUNT).click();
        window.textBox(Names.CLOSING_SETTLED_PREFIX + "Card").setText("75");
        window.label(Names.CLOSING_SETTLEMENT_PREFIX + "Card").requireText("Expected ₹80.00, difference −₹5.00 short");
        window.button(Names.CLOSING_CLOSE).requireDisabled();
        window.textBox(Names.CLOSING_SETTLED_PREFIX + "UPI").setText("40");
        window.label(Names.CLOSING_SETTLEMENT_PREFIX + "UPI").requireText("Expected ₹40.00, difference ₹0.00");

        GuiActionRunner.execute(() -> panel.methodApproved("Card", approvalBy(RAVI)));
        window.button(Names.CLOSING_CLOSE).requireDisabled();
        window.toggleButton(Names.CLOSING_REASON_PREFIX + 0).click();
        window.button(Names.CLOSING_CLOSE).requireEnabled().click();

        assertThat(closed).singleElement().satisfies(request -> {
            assertThat(request.approval()).isEmpty();
            assertThat(request.settlements()).extracting(SettlementCount::method, SettlementCount::settled)
                    .containsExactly(tuple("Card", rupees(75)), tuple("UPI", rupees(40)));
            assertThat(request.settlements().get(0).approval().orElseThrow().reason()).isEqualTo(CLOSING_REASONS.get(0));
            assertThat(request.settlements().get(1).approval()).isEmpty();
        });
    }

    @Test
    void withOtherMethodsItStillFits1024x768() {
        summary = withMethods();
        show(false);
        window.button(Names.CLOSING_COUNT).click();
        GuiActionRunner.execute(() -> panel.approved(approvalBy(RAVI)));
        GuiActionRunner.execute(() -> window.target().pack());
        Fit.requirePreferredFits(panel);
        Fit.requireInside(panel);
    }

    /** The shift, where ₹20.00 more went back by card than was taken by card. */
    private static SessionSummary withCardBelowZero() {
        SessionSummary cash = ClosingShift.summary();
        return new SessionSummary(cash.session(), cash.orderCount(), cash.orderTotal(), cash.cashSales(),
                cash.cashIn(), cash.cashOut(), cash.expectedCash(),
                List.of(new MethodTotal("Card", PaymentMethod.Kind.CARD, rupees(-20))));
    }

    @Test
    void aCardSettlementBelowZeroIsTypedWithTheKeypadsPlusMinusAndCloses() {
        summary = withCardBelowZero();
        show(false);
        window.button(Names.CLOSING_COUNT).click();
        window.label(Names.CLOSING_SETTLEMENT_PREFIX + "Card").requireText("Expected -₹20.00");
        window.textBox(Names.CLOSING_SETTLED_PREFIX + "Card").click();

        window.button(Names.KEYPAD_SIGN).click();
        window.textBox(Names.CLOSING_SETTLED_PREFIX + "Card").requireText("");
        window.label(Names.CLOSING_MESSAGE).requireText("Type the amount, then ± to make it negative");
        window.button(Names.CLOSING_CLOSE).requireDisabled();
        window.button(Names.keypadDigit(2)).click();
        window.button(Names.keypadDigit(0)).click();
        window.button(Names.KEYPAD_SIGN).click();

        window.textBox(Names.CLOSING_SETTLED_PREFIX + "Card").requireText("-20");
        window.label(Names.CLOSING_MESSAGE).requireText(" ");
        window.label(Names.CLOSING_SETTLEMENT_PREFIX + "Card").requireText("Expected -₹20.00, difference ₹0.00");
        JButton ok = window.button(Names.KEYPAD_OK).target();
        assertThat(GuiActionRunner.execute(() -> ok.getPreferredSize().width <= ok.getWidth()))
                .as("OK, one column wide beside C and ±, shows its text whole").isTrue();
        window.button(Names.CLOSING_CLOSE).requireEnabled().click();
        assertThat(closed).singleElement().satisfies(request -> assertThat(request.settlements())
                .extracting(SettlementCount::method, SettlementCount::settled, SettlementCount::approval)
                .containsExactly(tuple("Card", rupees(-20), Optional.empty())));
    }

    @Test
    void aSecondMinusSignIsRefusedWithWhyAndTheSettlementStaysAsItWas() {
        summary = withCardBelowZero();
        show(false);
        window.button(Names.CLOSING_COUNT).click();
        window.textBox(Names.CLOSING_SETTLED_PREFIX + "Card").click();
        window.button(Names.keypadDigit(5)).click();
        window.button(Names.KEYPAD_SIGN).click();

        // From a keyboard: the keypad itself only ever puts one sign first or takes it away.
        window.textBox(Names.CLOSING_SETTLED_PREFIX + "Card").enterText("-");
        window.textBox(Names.CLOSING_SETTLED_PREFIX + "Card").requireText("-5");
        window.label(Names.CLOSING_MESSAGE).requireText("One minus sign, before the amount");
        window.button(Names.KEYPAD_BACK).click();
        window.textBox(Names.CLOSING_SETTLED_PREFIX + "Card").requireText("-5");
        window.label(Names.CLOSING_MESSAGE).requireText("Type the amount, then ± to make it negative");
        assertThat(closed).isEmpty();
    }
}
