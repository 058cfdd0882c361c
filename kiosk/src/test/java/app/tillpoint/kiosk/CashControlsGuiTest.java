package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.ui.Names;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.LOCK_MESSAGE;
import static app.tillpoint.api.ui.Names.LOCK_PURPOSE;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.LOCK_SELECT_CASHIER;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.REGISTER_SESSION;
import static app.tillpoint.api.ui.Names.keypadDigit;
import static app.tillpoint.api.ui.Names.lockCashier;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cash controls through the real kiosk, walked as a cashier trying to get around them would: a tile tapped
 * instead of a badge, well-known demo credentials on a real terminal, a till left alone, a head cashier approving
 * their own cash out.
 */
@GuiTest
class CashControlsGuiTest {
    @TempDir
    Path dataDir;


    @Test
    void aTapOnTheTileOfACashierWithoutAPinSignsNobodyIn() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.tap(LOCK_SELECT_CASHIER);
            String asha = lockCashier(kiosk.cashierId("Asha"));
            kiosk.waitFor(asha);
            assertThat(kiosk.text(asha)).contains("Scan your badge");
            assertThat(GuiActionRunner.execute(() -> kiosk.find(asha).isEnabled())).isFalse();
            kiosk.robot().click(kiosk.find(asha));
            kiosk.robot().waitForIdle();

            assertThat(kiosk.showing(OPENING_OPEN)).isFalse();
            kiosk.scanBadge("1001");
            kiosk.waitFor(OPENING_OPEN);
        }
    }

    @Test
    void aRealTerminalStartsWithItsFirstHeadCashierAndNoWellKnownCredentials() throws Exception {
        try (TestKiosk kiosk = TestKiosk.startReal(dataDir)) {
            kiosk.waitFor(Names.FIRST_RUN_NAME);
            assertThat(kiosk.showing(DASHBOARD_NEW_SESSION)).as("nothing else works until it is done").isFalse();
            kiosk.screenshot("18-first-run");
            for (String key : new String[] {"p", "r", "i", "y", "a"}) {
                kiosk.tap(Names.KEYBOARD_PREFIX + key);
            }
            assertThat(kiosk.text(Names.FIRST_RUN_NAME)).isEqualTo("Priya");
            kiosk.tap(Names.FIRST_RUN_NEXT);
            kiosk.waitForText(Names.FIRST_RUN_STEP, "2 of 4 \u00b7 Badge");
            kiosk.tap(Names.FIRST_RUN_NEXT);
            kiosk.waitForText(Names.FIRST_RUN_MESSAGE, "Scan a badge: a head cashier needs one");
            kiosk.scanBadge("7001");
            kiosk.waitForText(Names.FIRST_RUN_STEP, "3 of 4 \u00b7 PIN");
            typePin(kiosk, "4321");
            kiosk.tap(Names.FIRST_RUN_NEXT);
            typePin(kiosk, "4320");
            kiosk.tap(Names.FIRST_RUN_NEXT);
            kiosk.waitForText(Names.FIRST_RUN_MESSAGE, "The two PINs differ: type the PIN again");
            typePin(kiosk, "4321");
            kiosk.tap(Names.FIRST_RUN_NEXT);

            kiosk.waitFor(DASHBOARD_NEW_SESSION);
            assertThat(kiosk.count("SELECT count(*) FROM cashiers")).isEqualTo(1);
            assertThat(kiosk.count("SELECT count(*) FROM cashiers WHERE name = 'Priya' AND role = 'HEAD_CASHIER' "
                    + "AND pin_hash IS NOT NULL AND badge_hash IS NOT NULL")).isEqualTo(1);
            assertThat(kiosk.count("SELECT count(*) FROM meta WHERE key = 'setup' AND value = 'terminal'"))
                    .isEqualTo(1);
            assertThat(kiosk.count("SELECT count(*) FROM products")).isZero();

            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("9001");
            kiosk.waitForText(LOCK_MESSAGE, "Badge not recognised");
            kiosk.scanBadge("7001");
            kiosk.waitFor(Names.LOCK_PIN);
        }
        try (TestKiosk again = TestKiosk.start(dataDir)) {
            again.waitFor(DASHBOARD_NEW_SESSION);
            assertThat(again.count("SELECT count(*) FROM cashiers")).as("--demo adds nothing to a real terminal")
                    .isEqualTo(1);
        }
    }

    @Test
    void aTillLeftAloneLocksAndTheSessionStaysOpen() throws Exception {
        TestKiosk.start(dataDir).close();
        Path config = dataDir.resolve("terminal.json");
        Files.writeString(config, Files.readString(config).replace("\"idleLockSeconds\" : 120",
                "\"idleLockSeconds\" : 2"));
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            kiosk.tap(OPENING_OPEN);
            kiosk.waitFor(REGISTER_SESSION);

            kiosk.waitFor(LOCK_PURPOSE);
            assertThat(kiosk.text(LOCK_PURPOSE)).startsWith("Locked: nobody touched the till for 2 s");
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'till.idleLock'");
            assertThat(kiosk.count("SELECT count(*) FROM sessions WHERE state = 'OPEN'")).isEqualTo(1);

            kiosk.scanBadge("1001");
            kiosk.waitFor(REGISTER_SESSION);
            kiosk.tap(Names.REGISTER_MENU);
            kiosk.tap(Names.MENU_BACKEND);
            kiosk.waitFor(Names.DASHBOARD_CONTINUE_SELLING);
        }
    }

    @Test
    void aHeadCashierCannotApproveTheirOwnCashOutButAnotherCan() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("9001");
            typePin(kiosk, "1234");
            kiosk.tap(Names.KEYPAD_OK);
            kiosk.tap(OPENING_OPEN);
            kiosk.waitFor(REGISTER_SESSION);

            kiosk.tap(Names.REGISTER_MENU);
            kiosk.tap(Names.MENU_CASH_IN);
            kiosk.tap(Names.CASH_MOVE_AMOUNT);
            typePin(kiosk, "9000");
            kiosk.tap(Names.CASH_MOVE_REASON_PREFIX + 0);
            kiosk.tap(Names.CASH_MOVE_CONFIRM);
            kiosk.awaitCount(1, "SELECT count(*) FROM cash_moves");

            kiosk.tap(Names.REGISTER_MENU);
            kiosk.tap(Names.MENU_CASH_OUT);
            kiosk.tap(Names.CASH_MOVE_AMOUNT);
            typePin(kiosk, "6000");
            kiosk.tap(Names.CASH_MOVE_REASON_PREFIX + 1);
            kiosk.tap(Names.CASH_MOVE_CONFIRM);

            kiosk.waitForText(LOCK_PURPOSE, "Approve cash out of ₹6,000.00");
            kiosk.scanBadge("9001");
            typePin(kiosk, "1234");
            kiosk.tap(Names.KEYPAD_OK);
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'approval.refused' "
                    + "AND detail LIKE '%cannot approve it too%'");
            kiosk.waitFor(Names.MESSAGE_TEXT);
            assertThat(kiosk.count("SELECT count(*) FROM cash_moves")).as("nothing taken out").isEqualTo(1);
            assertThat(kiosk.count("SELECT count(*) FROM approvals")).isZero();
        }
    }

    private static void typePin(TestKiosk kiosk, String digits) {
        for (char digit : digits.toCharArray()) {
            kiosk.tap(keypadDigit(digit - '0'));
        }
    }
}
