package app.tillpoint.plugins.selling;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.sale.Tender;
import app.tillpoint.api.testing.Fit;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.QrCodes;
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
    private final List<List<Tender>> confirmedTenders = new ArrayList<>();
    private static final PaymentMethod CARD = PaymentMethod.of("Card", PaymentMethod.Kind.CARD);
    private static final PaymentMethod UPI = PaymentMethod.upi("UPI", "tillpoint.demo@okaxis", "Tillpoint Demo Store");
    private static final PaymentMethod VOUCHER = PaymentMethod.of("Voucher", PaymentMethod.Kind.OTHER);
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
                public void confirm(List<Tender> tenders) {
                    confirmed.add(tenders.get(0).amount());
                    confirmedTenders.add(tenders);
                }

                @Override
                public void cancel() {
                    cancels.incrementAndGet();
                }
            });
            return panel;
        });
    }

    private void showMethods(Money total) {
        window = testWindow.show(() -> {
            panel = new PaymentPanel(total, BILLS, List.of(PaymentMethod.CASH, CARD, UPI, VOUCHER), "T01 261130-101500",
                    EN_IN, new PaymentPanel.Listener() {
                        @Override
                        public void confirm(List<Tender> tenders) {
                            confirmedTenders.add(tenders);
                        }

                        @Override
                        public void cancel() {
                            cancels.incrementAndGet();
                        }
                    });
            return panel;
        });
    }

    @Test
    void aCardPaymentNeedsTheApprovalCodeAndTheLastFourDigits() {
        showMethods(rupees(100));
        window.toggleButton(Names.PAY_METHOD_PREFIX + "Card").click();
        window.textBox(Names.PAY_TENDERED).requireText("100.00");
        window.button(Names.PAY_CONFIRM).requireDisabled();
        window.label(Names.PAY_CHANGE).requireText("Type the card terminal's approval code: 4 to 12 letters and digits");
        window.textBox(Names.PAY_APPROVAL_CODE).setText("A1B2C3");
        window.label(Names.PAY_CHANGE).requireText("Type the last 4 digits of the card");
        window.textBox(Names.PAY_LAST_FOUR).setText("424");
        window.button(Names.PAY_CONFIRM).requireDisabled();
        window.textBox(Names.PAY_LAST_FOUR).setText("4242");
        window.label(Names.PAY_CHANGE).requireText("No change");
        window.button(Names.PAY_CONFIRM).requireEnabled().click();

        assertThat(confirmedTenders).containsExactly(List.of(Tender.card(CARD, rupees(100), "A1B2C3", "4242")));
    }

    @Test
    void aMethodOtherThanCashAboveWhatIsLeftToPayIsRefused() {
        showMethods(rupees(100));
        window.toggleButton(Names.PAY_METHOD_PREFIX + "Voucher").click();
        window.button(Names.KEYPAD_CLEAR).click();
        keypad("150");
        window.label(Names.PAY_CHANGE).requireText(
                "₹150.00 is more than the ₹100.00 left to pay: change is given from cash only");
        window.button(Names.PAY_CONFIRM).requireDisabled();
        window.button(Names.PAY_ADD).requireDisabled().click();
        assertThat(confirmedTenders).isEmpty();
    }

    @Test
    void aSplitPaymentKeepsTheCardPartAndGivesChangeFromTheCash() {
        showMethods(rupees(100));
        window.toggleButton(Names.PAY_METHOD_PREFIX + "Card").click();
        window.button(Names.KEYPAD_CLEAR).click();
        keypad("60");
        window.textBox(Names.PAY_APPROVAL_CODE).setText("778899");
        window.textBox(Names.PAY_LAST_FOUR).setText("0005");
        window.label(Names.PAY_CHANGE).requireText("Left to pay after this: ₹40.00");
        window.button(Names.PAY_CONFIRM).requireDisabled();
        window.button(Names.PAY_ADD).requireEnabled().click();

        window.label(Names.PAY_PAID).requireText("Paid Card ₹60.00; left to pay ₹40.00");
        window.toggleButton(Names.PAY_METHOD_PREFIX + "Cash").requireSelected();
        keypad("50");
        window.label(Names.PAY_CHANGE).requireText("Change ₹10.00");
        window.button(Names.PAY_CONFIRM).requireEnabled().click();

        assertThat(confirmedTenders).containsExactly(List.of(Tender.card(CARD, rupees(60), "778899", "0005"),
                Tender.cash(rupees(50))));
    }

    @Test
    void upiShowsAQrCodeOfTheExactLinkForWhatIsLeftToPay() throws Exception {
        showMethods(rupees(100));
        window.toggleButton(Names.PAY_METHOD_PREFIX + "UPI").click();
        window.label(Names.PAY_UPI_NOTE).requireText("Note: T01 261130-101500");
        assertThat(QrCodes.decode(window.robot().finder().findByName(Names.PAY_UPI_QR))).isEqualTo(
                "upi://pay?pa=tillpoint.demo%40okaxis&pn=Tillpoint%20Demo%20Store&am=100.00&tn=T01%20261130-101500");
        window.button(Names.KEYPAD_CLEAR).click();
        keypad("25.5");
        assertThat(QrCodes.decode(window.robot().finder().findByName(Names.PAY_UPI_QR))).isEqualTo(
                UPI.upiLink(paise(2550), "T01 261130-101500"));
        window.textBox(Names.PAY_REFERENCE).setText("412345678901");
        window.button(Names.PAY_ADD).click();
        keypad("80");
        window.button(Names.PAY_CONFIRM).click();

        assertThat(confirmedTenders).containsExactly(List.of(Tender.of(UPI, paise(2550), "412345678901"),
                Tender.cash(rupees(80))));
    }

    @Test
    void withMethodsItStillFits1024x768() {
        showMethods(paise(9_999_999_99L));
        window.toggleButton(Names.PAY_METHOD_PREFIX + "UPI").click();
        Fit.requirePreferredFits(panel);
        Fit.requireInside(panel);
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
