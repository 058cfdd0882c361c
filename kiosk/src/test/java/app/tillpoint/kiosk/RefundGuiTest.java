package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.ui.Names;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static app.tillpoint.api.ui.Names.CLOSING_CLOSE;
import static app.tillpoint.api.ui.Names.CLOSING_COUNT;
import static app.tillpoint.api.ui.Names.CLOSING_DIFFERENCE;
import static app.tillpoint.api.ui.Names.CLOSING_EXPECTED;
import static app.tillpoint.api.ui.Names.COUNTER_CONFIRM;
import static app.tillpoint.api.ui.Names.LOCK_PURPOSE;
import static app.tillpoint.api.ui.Names.MENU_CLOSE_SESSION;
import static app.tillpoint.api.ui.Names.MENU_PREFIX;
import static app.tillpoint.api.ui.Names.REFUND_AMOUNT;
import static app.tillpoint.api.ui.Names.REFUND_CANCEL;
import static app.tillpoint.api.ui.Names.REFUND_CONFIRM;
import static app.tillpoint.api.ui.Names.REFUND_FIND;
import static app.tillpoint.api.ui.Names.REFUND_LINE_PREFIX;
import static app.tillpoint.api.ui.Names.REFUND_MESSAGE;
import static app.tillpoint.api.ui.Names.REFUND_ORDER;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.REPORT_TEXT;
import static app.tillpoint.api.ui.Names.keypadDigit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refund through the real kiosk: sell, refund one line to cash over the terminal's refund limit with a head cashier's
 * approval, find the same line refused a second time, and close with the expected cash reduced by the refund; the
 * refund slip, the X and Z reports and the session report print the taxes it gave back, to the paisa.
 */
@GuiTest
class RefundGuiTest {
    @TempDir
    Path dataDir;

    @Test
    void aLineRefundedToCashWithApprovalIsNotRefundedAgainAndTheClosingExpectsLessCash() throws Exception {
        TestKiosk.start(dataDir).close();
        Path config = dataDir.resolve("terminal.json");
        String json = Files.readString(config);
        assertThat(json).contains("\"refundApprovalAbove\"");
        Files.writeString(config, json.replaceFirst("\"refundApprovalAbove\" : \"[0-9.]+\"",
                "\"refundApprovalAbove\" : \"30.00\""));
        PrintedSlips slips = new PrintedSlips(dataDir);
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            Walks.openCountingFiveHundred(kiosk);
            long order = Walks.sellTwoChaiAndALassiForCash(kiosk);

            // The lassi (line 2) goes back in cash: ₹60.00, over the ₹30.00 limit.
            findOrder(kiosk, order);
            kiosk.tap(REFUND_LINE_PREFIX + 2);
            kiosk.tap(keypadDigit(1));
            kiosk.waitUntil(REFUND_AMOUNT, text -> text.endsWith("₹60.00"));
            kiosk.tap(REFUND_CONFIRM);
            kiosk.waitForText(LOCK_PURPOSE, "Approve refund of ₹60.00 for order " + order);
            assertThat(kiosk.count("SELECT count(*) FROM refunds")).as("nothing before the approval").isZero();
            kiosk.scanBadge("9001");
            for (char digit : "1234".toCharArray()) {
                kiosk.tap(keypadDigit(digit - '0'));
            }
            kiosk.tap(Names.KEYPAD_OK);
            kiosk.awaitCount(1, "SELECT count(*) FROM refunds WHERE total = -6000 AND method = 'CASH' "
                    + "AND approved_by IS NOT NULL");
            kiosk.waitFor(REGISTER_MENU);
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'selling.drawer.kick' "
                    + "AND detail LIKE 'Drawer opened for refund%'");
            // Its slip, from the outbox's REFUNDED event; the drawer was opened by the refund's flow alone.
            assertThat(slips.waitFor("Paid back by")).contains("REFUND", "Refund 1 of order " + order,
                    "1 x Mango lassi", "₹60.00", "Paid back by cash", "Approved by");
            // The lassi carried all of the order's 12 % GST: 60.00 × 6 / 112 = ₹3.21 of CGST and of SGST, on ₹53.58.
            assertThat(slips.waitFor("Paid back by")).containsSubsequence("Tax returned", "Taxable value", "₹53.58",
                    "CGST 6%", "₹3.21", "SGST 6%", "₹3.21", "Taxes returned", "₹6.42");
            assertThat(kiosk.count("SELECT sum(tax) FROM refund_taxes WHERE rate_ppm = 60000")).isEqualTo(642);
            assertThat(kiosk.count("SELECT sum(basis) FROM refund_taxes")).isEqualTo(2 * 5_358);

            // The X report: each rate less the refund (the 12 % to nothing), and the refunds' tax taken off.
            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_PREFIX + "xReport");
            assertThat(slips.waitFor("X REPORT")).containsSubsequence("Tax summary less refunds", "Taxable value",
                    "₹38.10", "CGST 2.5%", "₹0.95", "SGST 2.5%", "₹0.95", "Taxable value", "₹0.00", "CGST 6%", "₹0.00",
                    "SGST 6%", "₹0.00", "Taxes included", "₹8.32", "Less refunds", "-₹6.42", "Net taxes included",
                    "₹1.90");

            // The same line again: nothing is left of it to give back.
            findOrder(kiosk, order);
            kiosk.waitForText(REFUND_LINE_PREFIX + 2, "0");
            assertThat(GuiActionRunner.execute(() -> kiosk.find(REFUND_LINE_PREFIX + 2).isEnabled())).isFalse();
            assertThat(GuiActionRunner.execute(() -> kiosk.find(REFUND_LINE_PREFIX + 1).isEnabled())).isTrue();
            assertThat(kiosk.text(REFUND_MESSAGE).isBlank()).isTrue();
            assertThat(GuiActionRunner.execute(() -> kiosk.find(REFUND_CONFIRM).isEnabled())).isFalse();
            kiosk.tap(REFUND_CANCEL);
            assertThat(kiosk.count("SELECT count(*) FROM refunds")).isEqualTo(1);

            // Expected: ₹500 opening + ₹100 sold − ₹60 refunded = ₹540: one ₹500 bill and two ₹20 bills.
            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_CLOSE_SESSION);
            kiosk.waitForText(CLOSING_EXPECTED, "₹540.00");
            kiosk.tap(CLOSING_COUNT);
            kiosk.tap("counter.plus.50000");
            kiosk.tap("counter.plus.2000");
            kiosk.tap("counter.plus.2000");
            kiosk.tap(COUNTER_CONFIRM);
            kiosk.waitForText(CLOSING_DIFFERENCE, "₹0.00");
            kiosk.tap(CLOSING_CLOSE);
            kiosk.waitFor(REPORT_TEXT);
            assertThat(kiosk.text(REPORT_TEXT)).contains("Refunds 1, in cash ₹60.00", "\u2212 cash refunds ₹60.00");
            assertThat(kiosk.count("SELECT closing_cash FROM sessions")).isEqualTo(54_000);
            assertThat(slips.waitFor("Z REPORT")).containsSubsequence("Refunds: 1", "Refunds in cash", "-₹60.00",
                    "Tax summary less refunds", "CGST 2.5%", "₹0.95", "CGST 6%", "₹0.00", "Less refunds", "-₹6.42",
                    "Net taxes included", "₹1.90");
            assertThat(kiosk.text(REPORT_TEXT)).contains("Taxes included, less refunds: ₹1.90");
            assertThat(slips.count("Paid back by")).as("the refund slip, printed once").isOne();
            assertThat(kiosk.count("SELECT count(*) FROM audit_events WHERE event LIKE '%drawer.kick%' "
                    + "AND detail LIKE '%refund%'")).as("the drawer opened once for the refund").isOne();
        }
    }

    private static void findOrder(TestKiosk kiosk, long order) {
        kiosk.tap(REGISTER_MENU);
        kiosk.tap(Names.MENU_PREFIX + "refund");
        kiosk.tap(REFUND_ORDER);
        for (char digit : Long.toString(order).toCharArray()) {
            kiosk.tap(keypadDigit(digit - '0'));
        }
        kiosk.tap(REFUND_FIND);
        kiosk.waitFor(REFUND_LINE_PREFIX + 1);
    }
}
