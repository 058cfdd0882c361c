package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static app.tillpoint.api.ui.Names.COUNTER_CANCEL;
import static app.tillpoint.api.ui.Names.COUNTER_CONFIRM;
import static app.tillpoint.api.ui.Names.COUNTER_TOTAL;
import static app.tillpoint.api.ui.Names.DASHBOARD_CONTINUE_SELLING;
import static app.tillpoint.api.ui.Names.DASHBOARD_NEW_SESSION;
import static app.tillpoint.api.ui.Names.DASHBOARD_STATUS;
import static app.tillpoint.api.ui.Names.KEYPAD_OK;
import static app.tillpoint.api.ui.Names.LOCK_CANCEL;
import static app.tillpoint.api.ui.Names.LOCK_MESSAGE;
import static app.tillpoint.api.ui.Names.LOCK_SCAN_PROMPT;
import static app.tillpoint.api.ui.Names.LOCK_SELECT_CASHIER;
import static app.tillpoint.api.ui.Names.MENU_BACKEND;
import static app.tillpoint.api.ui.Names.OPENING_CANCEL;
import static app.tillpoint.api.ui.Names.OPENING_CASH;
import static app.tillpoint.api.ui.Names.OPENING_COUNT;
import static app.tillpoint.api.ui.Names.OPENING_NOTE;
import static app.tillpoint.api.ui.Names.OPENING_OPEN;
import static app.tillpoint.api.ui.Names.REGISTER_CASHIER;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.REGISTER_SESSION;
import static app.tillpoint.api.ui.Names.keypadDigit;
import static app.tillpoint.api.ui.Names.lockCashier;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session flow of DESIGN.md end to end: the real kiosk, its bundled plugins, a real SQLite file in a temp folder,
 * the demo terminal's keyboard-wedge badge reader. Screenshots of each step go to target/screenshots (or
 * docs/screenshots through scripts/screenshots.sh).
 */
@GuiTest
class SessionFlowGuiTest {
    @TempDir
    Path dataDir;


    @Test
    void openASessionCountingTheDrawerThenGoToTheBackendAndContinueSelling() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.waitFor(DASHBOARD_NEW_SESSION);
            kiosk.screenshot("01-dashboard");
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.screenshot("02-lock-screen");

            kiosk.scanBadge("1001");
            kiosk.waitFor(OPENING_OPEN);
            kiosk.screenshot("03-opening-control");
            kiosk.tap(OPENING_COUNT);
            tapTimes(kiosk, "counter.plus.50000", 2);
            tapTimes(kiosk, "counter.plus.10000", 3);
            tapTimes(kiosk, "counter.plus.1000", 4);
            kiosk.waitForText(COUNTER_TOTAL, "₹1,340.00");
            kiosk.requireInsideWindow(COUNTER_CONFIRM);
            kiosk.requireInsideWindow("keypad.ok");
            kiosk.screenshot("04-cash-counter");
            kiosk.tap(COUNTER_CONFIRM);

            kiosk.waitForText(OPENING_CASH, "1340.00");
            assertThat(kiosk.text(OPENING_NOTE).lines())
                    .containsSubsequence("2 x ₹500.00", "3 x ₹100.00", "4 x ₹10.00", "Total ₹1,340.00");
            kiosk.screenshot("05-opening-counted");
            kiosk.tap(OPENING_OPEN);

            kiosk.waitFor(REGISTER_SESSION);
            kiosk.screenshot("06-register");
            long asha = kiosk.cashierId("Asha");
            long session = kiosk.count("SELECT id FROM sessions WHERE state = 'OPEN'");
            assertThat(kiosk.count("SELECT count(*) FROM sessions")).isEqualTo(1);
            assertThat(kiosk.count("SELECT opening_cash FROM sessions WHERE id = ?", session)).isEqualTo(134_000);
            assertThat(kiosk.count("SELECT opened_by FROM sessions WHERE id = ?", session)).isEqualTo(asha);
            assertThat(kiosk.count("SELECT count(*) FROM sessions WHERE id = ? AND opening_note LIKE ?", session,
                    "%2 x ₹500.00%3 x ₹100.00%4 x ₹10.00%Total ₹1,340.00%")).isEqualTo(1);
            assertThat(countLine(kiosk, session, 50_000, "BILL")).isEqualTo(2);
            assertThat(countLine(kiosk, session, 10_000, "BILL")).isEqualTo(3);
            assertThat(countLine(kiosk, session, 1_000, "BILL")).isEqualTo(4);
            assertThat(kiosk.count("SELECT sum(quantity) FROM cash_count_lines")).isEqualTo(9);
            assertThat(kiosk.waitUntil(REGISTER_SESSION, t -> !t.isBlank())).contains(Long.toString(session));
            assertThat(kiosk.waitUntil(REGISTER_CASHIER, t -> !t.isBlank())).contains("Asha");

            kiosk.tap(REGISTER_MENU);
            kiosk.tap(MENU_BACKEND);
            kiosk.waitFor(DASHBOARD_CONTINUE_SELLING);
            assertThat(kiosk.waitUntil(DASHBOARD_STATUS, t -> t.startsWith("Open"))).startsWith("Open since ").endsWith(" · opened by Asha");
            kiosk.screenshot("07-backend-continue-selling");

            kiosk.tap(DASHBOARD_CONTINUE_SELLING);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            kiosk.waitFor(REGISTER_SESSION);
            assertThat(kiosk.waitUntil(REGISTER_SESSION, t -> !t.isBlank())).contains(Long.toString(session));
            assertThat(kiosk.count("SELECT count(*) FROM sessions")).isEqualTo(1);
        }
    }

    @Test
    void selectCashierWithAPinOpensTheDialogForThatCashier() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.tap(LOCK_SELECT_CASHIER);
            kiosk.screenshot("08-select-cashier");
            kiosk.tap(lockCashier(kiosk.cashierId("Ravi")));
            typePin(kiosk, "2468");
            kiosk.waitFor(OPENING_OPEN);
            kiosk.tap(OPENING_OPEN);

            kiosk.waitFor(REGISTER_SESSION);
            assertThat(kiosk.count("SELECT opened_by FROM sessions WHERE state = 'OPEN'"))
                    .isEqualTo(kiosk.cashierId("Ravi"));
            assertThat(kiosk.waitUntil(REGISTER_CASHIER, t -> !t.isBlank())).contains("Ravi");
        }
    }

    @Test
    void anUnknownBadgeIsRefusedAndAuditedAndNobodyIsLoggedIn() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("5555");
            kiosk.waitForText(LOCK_MESSAGE, "Badge not recognised");
            kiosk.tap(LOCK_CANCEL);

            kiosk.waitFor(DASHBOARD_NEW_SESSION);
            assertThat(kiosk.count("SELECT count(*) FROM sessions")).isZero();
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'login.failed'");
        }
    }

    @Test
    void fiveWrongPinsLockTheCashierOut() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.tap(LOCK_SELECT_CASHIER);
            long ravi = kiosk.cashierId("Ravi");
            for (int attempt = 1; attempt <= 4; attempt++) {
                kiosk.tap(lockCashier(ravi));
                typePin(kiosk, "1111");
                int left = 5 - attempt;
                kiosk.waitForText(LOCK_MESSAGE, "Wrong PIN: " + left + (left == 1 ? " attempt left" : " attempts left"));
                kiosk.tap(LOCK_SELECT_CASHIER);
            }
            kiosk.tap(lockCashier(ravi));
            typePin(kiosk, "1111");
            org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("locked out") {
                @Override
                public boolean test() {
                    return kiosk.text(LOCK_MESSAGE).startsWith("Locked out until ");
                }
            }, 10_000);
            kiosk.screenshot("09-locked-out");
            assertThat(kiosk.count("SELECT count(*) FROM cashiers WHERE id = ? AND locked_until IS NOT NULL", ravi))
                    .isEqualTo(1);
            kiosk.tap(LOCK_CANCEL);
            kiosk.waitFor(DASHBOARD_NEW_SESSION);
            assertThat(kiosk.count("SELECT count(*) FROM sessions")).isZero();
        }
    }

    @Test
    void cancellingAtEveryStepLeavesNoSession() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.tap(LOCK_CANCEL);
            kiosk.waitFor(DASHBOARD_NEW_SESSION);

            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            kiosk.tap(OPENING_COUNT);
            kiosk.tap("counter.plus.50000");
            kiosk.tap(COUNTER_CANCEL);
            kiosk.waitFor(OPENING_CANCEL);
            kiosk.tap(OPENING_CANCEL);

            kiosk.waitFor(DASHBOARD_NEW_SESSION);
            assertThat(kiosk.count("SELECT count(*) FROM sessions")).isZero();
            assertThat(kiosk.count("SELECT count(*) FROM cash_counts")).isZero();
        }
    }

    @Test
    void aDoubleTapOnOpenSessionOpensOneSession() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            kiosk.waitFor(OPENING_OPEN);
            var open = kiosk.robot().finder().findByName(kiosk.kiosk().frame(), OPENING_OPEN, true);
            kiosk.robot().click(open, org.assertj.swing.core.MouseButton.LEFT_BUTTON, 2);

            kiosk.waitFor(REGISTER_SESSION);
            assertThat(kiosk.count("SELECT count(*) FROM sessions")).isEqualTo(1);
        }
    }

    @Test
    void afterARestartWithASessionOpenTheDashboardOffersContinueSelling() throws Exception {
        long session;
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("1001");
            kiosk.tap(OPENING_OPEN);
            kiosk.waitFor(REGISTER_SESSION);
            session = kiosk.count("SELECT id FROM sessions WHERE state = 'OPEN'");
        }
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.waitFor(DASHBOARD_CONTINUE_SELLING);
            assertThat(kiosk.robot().finder().findAll(kiosk.kiosk().frame(),
                    c -> DASHBOARD_NEW_SESSION.equals(c.getName()) && c.isShowing())).isEmpty();
            kiosk.tap(DASHBOARD_CONTINUE_SELLING);
            kiosk.scanBadge("1001");
            kiosk.waitFor(REGISTER_SESSION);
            assertThat(kiosk.waitUntil(REGISTER_SESSION, t -> !t.isBlank())).contains(Long.toString(session));
        }
    }

    @Test
    void theCounterFitsA1024x768WindowForTheFifteenDenominationsOfTheEuro() throws Exception {
        java.nio.file.Files.writeString(dataDir.resolve("terminal.json"), """
                {"id": "T02", "name": "Kasse 2", "currency": "EUR", "locale": "de-DE", "zone": "Europe/Berlin"}
                """);
        var out = new java.io.ByteArrayOutputStream();
        int added = new app.tillpoint.kiosk.admin.CashierCommand().run(
                java.util.List.of("add", "--name", "Jonas", "--role", "CASHIER", "--badge", "4242"), dataDir,
                new java.io.PrintStream(out), new java.io.PrintStream(out));
        assertThat(added).as(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(DASHBOARD_NEW_SESSION);
            kiosk.waitFor(LOCK_SCAN_PROMPT);
            kiosk.scanBadge("4242");
            kiosk.tap(OPENING_COUNT);
            kiosk.tap("counter.plus.1");
            kiosk.waitForText(COUNTER_TOTAL, "0,01\u00a0€");
            for (String name : new String[] {"counter.plus.50000", "counter.plus.1", "counter.minus.1",
                "keypad.ok", COUNTER_CONFIRM, COUNTER_CANCEL}) {
                kiosk.requireInsideWindow(name);
            }
            kiosk.screenshot("10-cash-counter-euro");
        }
    }

    private static void tapTimes(TestKiosk kiosk, String name, int times) {
        for (int i = 0; i < times; i++) {
            kiosk.tap(name);
        }
    }

    private static void typePin(TestKiosk kiosk, String pin) {
        for (char digit : pin.toCharArray()) {
            kiosk.tap(keypadDigit(digit - '0'));
        }
        kiosk.tap(KEYPAD_OK);
    }

    private static long countLine(TestKiosk kiosk, long session, long denomination, String kind) throws Exception {
        return kiosk.count("SELECT quantity FROM cash_count_lines l JOIN cash_counts c ON c.id = l.count_id "
                + "WHERE c.session_id = ? AND l.denomination = ? AND l.kind = ?", session, denomination, kind);
    }
}
