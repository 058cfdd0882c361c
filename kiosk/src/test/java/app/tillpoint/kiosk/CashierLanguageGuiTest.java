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
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.KEYPAD_OK;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.LOCK_SELECT_CASHIER;
import static app.tillpoint.api.ui.Names.MENU_LOCK;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.REGISTER_SESSION;
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
