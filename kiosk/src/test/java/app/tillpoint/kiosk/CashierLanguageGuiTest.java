package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.admin.CashierCommand;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.CASH_MOVE_AMOUNT;
import static app.tillpoint.api.ui.Names.CASH_MOVE_CONFIRM;
import static app.tillpoint.api.ui.Names.CASH_MOVE_REASON_PREFIX;
import static app.tillpoint.api.ui.Names.CLOSING_CLOSE;
import static app.tillpoint.api.ui.Names.CLOSING_COUNT;
import static app.tillpoint.api.ui.Names.CLOSING_DIFFERENCE;
import static app.tillpoint.api.ui.Names.CLOSING_REASON_PREFIX;
import static app.tillpoint.api.ui.Names.COUNTER_CONFIRM;
import static app.tillpoint.api.ui.Names.DASHBOARD_CONTINUE_SELLING;
import static app.tillpoint.api.ui.Names.DASHBOARD_EXIT;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.DASHBOARD_STATUS;
import static app.tillpoint.api.ui.Names.KEYPAD_OK;
import static app.tillpoint.api.ui.Names.LOCK_PURPOSE;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.LOCK_SELECT_CASHIER;
import static app.tillpoint.api.ui.Names.MENU_BACKEND;
import static app.tillpoint.api.ui.Names.MENU_CASH_IN;
import static app.tillpoint.api.ui.Names.MENU_CLOSE_SESSION;
import static app.tillpoint.api.ui.Names.MENU_LOCK;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.REGISTER_SESSION;
import static app.tillpoint.api.ui.Names.REPORT_CLOSE;
import static app.tillpoint.api.ui.Names.keypadDigit;
import static app.tillpoint.api.ui.Names.lockCashier;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A language per cashier (issue 17): on the demo terminal (en-IN) Ravi speaks Hindi, set with the admin command, and
 * Asha the terminal's English. They take turns on one terminal: each sees the register in their language, the cart
 * the other left carried over, amounts still in rupees; the lock screen between them is the terminal's.
 */
@GuiTest
class CashierLanguageGuiTest {
    @TempDir
    Path dataDir;

    @Test
    void aHindiAndAnEnglishCashierTakeTurnsEachInTheirLanguage() throws Exception {
        long ravi;
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            ravi = kiosk.cashierId("Ravi");
        }
        assertThat(admin("language", String.valueOf(ravi), "hi")).isZero();

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.waitForText(DASHBOARD_NEW_SESSION, "New Session");
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitForText(LOCK_SCAN_PROMPT, "Scan your badge");
            ravisTurn(kiosk, ravi);
            kiosk.waitForText(OPENING_OPEN, "सत्र खोलें");
            kiosk.screenshot("cashier-language-hi-opening");
            kiosk.tap(OPENING_OPEN);

            kiosk.waitForText(REGISTER_SESSION, "सत्र 1");
            kiosk.waitForText(PAY_CASH, "नकद भुगतान");
            kiosk.tap("product.1");
            kiosk.tap("product.2");
            String total = kiosk.waitUntil(CART_TOTAL, text -> text.startsWith("₹"));
            kiosk.screenshot("cashier-language-hi-register");

            lock(kiosk);
            kiosk.scanBadge("1001");
            kiosk.waitForText(REGISTER_SESSION, "Session 1");
            kiosk.waitForText(PAY_CASH, "Pay cash");
            assertThat(kiosk.text(CART_TOTAL)).as("Ravi's cart, carried over").isEqualTo(total);
            kiosk.screenshot("cashier-language-en-register");

            lock(kiosk);
            ravisTurn(kiosk, ravi);
            kiosk.waitForText(REGISTER_SESSION, "सत्र 1");
            kiosk.waitForText(PAY_CASH, "नकद भुगतान");
            assertThat(kiosk.text(CART_TOTAL)).isEqualTo(total);

            lock(kiosk);
        }
    }

    /**
     * The rule for every screen, the host's too: a screen shown while a cashier is identified speaks their language
     * (the dashboard under Ravi's opening dialog, the lock screen where a head cashier approves Ravi's closing, with
     * its purpose); with nobody identified the terminal's (the dashboard after Backend, the lock screen of Continue
     * Selling, the report and dashboard after the closing, which leaves the till).
     */
    @Test
    void aHindiCashierOnAnEnglishTerminalReadsHindiOnEveryScreenShownToHimAndEnglishWhenHeLeft() throws Exception {
        long ravi;
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            ravi = kiosk.cashierId("Ravi");
        }
        assertThat(admin("language", String.valueOf(ravi), "hi")).isZero();

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.waitForText(DASHBOARD_STATUS, "No open session");
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitForText(LOCK_SCAN_PROMPT, "Scan your badge");
            ravisTurn(kiosk, ravi);
            kiosk.waitForText(OPENING_OPEN, "सत्र खोलें");
            // The dashboard under his opening dialog is his too.
            kiosk.waitForText(DASHBOARD_STATUS, "कोई सत्र खुला नहीं है");
            kiosk.waitForText(DASHBOARD_EXIT, "बाहर निकलें");
            kiosk.tap(OPENING_OPEN);
            kiosk.waitForText(PAY_CASH, "नकद भुगतान");

            kiosk.tap(REGISTER_MENU);
            kiosk.waitForText(MENU_BACKEND, "बैकएंड");
            kiosk.tap(MENU_CASH_IN);
            kiosk.waitForText(CASH_MOVE_CONFIRM, "पुष्टि करें");
            kiosk.tap(CASH_MOVE_AMOUNT);
            for (char digit : "100".toCharArray()) {
                kiosk.tap(keypadDigit(digit - '0'));
            }
            kiosk.tap(CASH_MOVE_REASON_PREFIX + 0);
            kiosk.tap(CASH_MOVE_CONFIRM);
            kiosk.awaitCount(1, "SELECT count(*) FROM cash_moves");

            // Backend: he left the till; the dashboard is the terminal's again, and so is Continue Selling's lock screen.
            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_BACKEND);
            kiosk.waitForText(DASHBOARD_CONTINUE_SELLING, "Continue Selling");
            kiosk.waitUntil(DASHBOARD_STATUS, text -> text.startsWith("Open since"));
            assertThat(kiosk.text(DASHBOARD_EXIT)).isEqualTo("Exit");
            kiosk.tap(DASHBOARD_CONTINUE_SELLING);
            kiosk.waitForText(LOCK_SCAN_PROMPT, "Scan your badge");
            assertThat(kiosk.text(LOCK_PURPOSE)).isEqualTo("Continue Selling");
            ravisTurn(kiosk, ravi);
            kiosk.waitForText(PAY_CASH, "नकद भुगतान");

            // Close Session, ₹90 short of the expected ₹100: a head cashier approves on a lock screen that is Ravi's,
            // its purpose too, one language.
            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_CLOSE_SESSION);
            kiosk.waitForText(CLOSING_CLOSE, "सत्र बंद करें");
            kiosk.tap(CLOSING_COUNT);
            kiosk.tap("counter.plus.1000");
            kiosk.tap(COUNTER_CONFIRM);
            kiosk.waitUntil(CLOSING_DIFFERENCE, text -> text.contains("90"));
            kiosk.tap(CLOSING_CLOSE);
            kiosk.waitForText(LOCK_SCAN_PROMPT, "अपना बैज स्कैन करें");
            assertThat(kiosk.text(LOCK_SELECT_CASHIER)).isEqualTo("कैशियर चुनें");
            assertThat(kiosk.text(LOCK_PURPOSE)).contains("क्लोज़िंग अंतर मंज़ूर करें");
            kiosk.screenshot("cashier-language-hi-approval");
            kiosk.scanBadge("9001");
            for (char digit : "1234".toCharArray()) {
                kiosk.tap(keypadDigit(digit - '0'));
            }
            kiosk.tap(KEYPAD_OK);
            kiosk.tap(CLOSING_REASON_PREFIX + 0);
            kiosk.tap(CLOSING_CLOSE);

            // Closed: the till is left, so the report and the dashboard are the terminal's.
            kiosk.waitForText(REPORT_CLOSE, "Close");
            kiosk.tap(REPORT_CLOSE);
            kiosk.waitForText(DASHBOARD_NEW_SESSION, "New Session");
            kiosk.waitForText(DASHBOARD_STATUS, "No open session");
            assertThat(kiosk.text(DASHBOARD_EXIT)).isEqualTo("Exit");
        }
    }

    /** Lock from the register's menu: the lock screen speaks the terminal's English whoever was at the till. */
    private static void lock(TestKiosk kiosk) {
        kiosk.tap(REGISTER_MENU);
        kiosk.tap(MENU_LOCK);
        kiosk.waitForText(LOCK_SCAN_PROMPT, "Scan your badge");
        assertThat(kiosk.text(LOCK_SELECT_CASHIER)).isEqualTo("Select Cashier");
    }

    /** Ravi picks himself from the list and types his PIN. */
    private static void ravisTurn(TestKiosk kiosk, long ravi) {
        kiosk.tap(LOCK_SELECT_CASHIER);
        kiosk.tap(lockCashier(ravi));
        for (char digit : "2468".toCharArray()) {
            kiosk.tap(keypadDigit(digit - '0'));
        }
        kiosk.tap(KEYPAD_OK);
    }

    private int admin(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return new CashierCommand(Clock.systemUTC()).run(List.of(args), dataDir,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
    }
}
