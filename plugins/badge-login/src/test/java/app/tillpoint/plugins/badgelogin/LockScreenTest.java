package app.tillpoint.plugins.badgelogin;

import app.tillpoint.api.CashierAuthenticator.Request;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.PinCheck;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestKioskContext;
import app.tillpoint.api.testing.TestWindow;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

import java.awt.Dimension;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@GuiTest
class LockScreenTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

    /** The lock screen's kiosk: badge lookups are the database's, so background work is only counted. */
    private static TestKioskContext kiosk() {
        return new TestKioskContext().countingBackground().refusingMessages();
    }


    @Test
    @SuppressWarnings("deprecation") // the 1.1 identify, still served
    void identifyShowsTheLockScreenWithItsPurposeAndCancelAnswersNobody(TestWindow testWindow) {
        var kiosk = GuiActionRunner.execute(LockScreenTest::kiosk);
        var screen = new LockScreen(kiosk);
        List<Optional<Cashier>> answers = new ArrayList<>();
        var window = testWindow.show(() -> {
            kiosk.install(Routes.LOCK, screen);
            screen.identify(Request.anyCashier("New Session"), answers::add);
            return screen.component();
        }, new Dimension(1024, 768));
        window.label(Names.LOCK_PURPOSE).requireText("New Session");
        assertThat(GuiActionRunner.execute(() -> kiosk.badges.listeners())).isEqualTo(1);

        GuiActionRunner.execute(() -> kiosk.badges.scan("B-1"));
        assertThat(kiosk.backgroundTasks).as("the badge is looked up in the background").isEqualTo(1);
        window.label(Names.LOCK_MESSAGE).requireText("Checking\u2026");

        window.button(Names.LOCK_CANCEL).click();

        assertThat(answers).containsExactly(Optional.empty());
        assertThat(kiosk.atTill).isEmpty();
        assertThat(GuiActionRunner.execute(() -> kiosk.badges.listeners())).isZero();
    }

    @Test
    @SuppressWarnings("deprecation") // the 1.1 identify, still served
    void aNewRequestCancelsThePendingOne() {
        var kiosk = GuiActionRunner.execute(LockScreenTest::kiosk);
        var screen = new LockScreen(kiosk);
        List<String> answers = new ArrayList<>();

        GuiActionRunner.execute(() -> {
            kiosk.install(Routes.LOCK, screen);
            screen.identify(Request.anyCashier("New Session"), c -> answers.add("first " + c.isPresent()));
            screen.identify(Request.anyCashier("Continue Selling"), c -> answers.add("second " + c.isPresent()));
        });

        assertThat(answers).containsExactly("first false");
        assertThat(kiosk.routes).containsExactly(Routes.LOCK);
        assertThat(GuiActionRunner.execute(() -> kiosk.badges.listeners())).isEqualTo(1);
    }

    @Test
    void lockSignsOutAndCancelGoesToTheDashboard(TestWindow testWindow) {
        var kiosk = GuiActionRunner.execute(LockScreenTest::kiosk);
        var screen = new LockScreen(kiosk);
        kiosk.atTill = Optional.of(new Cashier(1, "Asha", Role.CASHIER, false));
        var lock = new LockMenuEntry(kiosk);
        var window = testWindow.show(() -> {
            kiosk.install(Routes.LOCK, screen);
            lock.perform();
            return screen.component();
        }, new Dimension(1024, 768));
        assertThat(kiosk.atTill).isEmpty();
        window.label(Names.LOCK_PURPOSE).requireText("Unlock");

        window.button(Names.LOCK_CANCEL).click();

        assertThat(kiosk.routes).containsExactly(Routes.LOCK, Routes.DASHBOARD);
        assertThat(kiosk.atTill).isEmpty();
        assertThat(lock.id()).isEqualTo("lock");
        assertThat(lock.order()).isEqualTo(900);
    }

    @Test
    void thePinIsClearedOnceChecked() throws Exception {
        char[] pin = "1234".toCharArray();
        var seen = new StringBuilder();

        PinCheck check = LockScreen.usingOnce(pin, secret -> {
            seen.append(secret);
            return new PinCheck(PinCheck.Outcome.ACCEPTED, 5, Optional.empty());
        }).call();

        assertThat(check.accepted()).isTrue();
        assertThat(seen).hasToString("1234");
        assertThat(pin).containsOnly('\0');
    }

    @Test
    void thePinIsClearedWhenTheCheckFails() {
        char[] pin = "9876".toCharArray();

        assertThatThrownBy(() -> LockScreen.usingOnce(pin, secret -> {
            throw new IllegalStateException("database gone");
        }).call()).isInstanceOf(IllegalStateException.class);

        assertThat(pin).containsOnly('\0');
    }

    @Test
    void messagesForRefusedPins() {
        LockMessages messages = new LockMessages(Locale.forLanguageTag("en-IN"));
        Instant until = Instant.parse("2026-11-26T04:10:00Z");

        assertThat(messages.refused(new PinCheck(PinCheck.Outcome.WRONG, 4, Optional.empty()), ZONE))
                .isEqualTo("Wrong PIN: 4 attempts left");
        assertThat(messages.refused(new PinCheck(PinCheck.Outcome.WRONG, 1, Optional.empty()), ZONE))
                .isEqualTo("Wrong PIN: 1 attempt left");
        assertThat(messages.refused(new PinCheck(PinCheck.Outcome.LOCKED_OUT, 0, Optional.of(until)), ZONE)).isEqualTo("Locked out until 09:40");
        assertThat(messages.unknownBadge()).isEqualTo("Badge not recognised");
    }

    @Test
    void aCashierOfAnotherRoleIsToldWhoIsNeeded() {
        var asha = new Cashier(1, "Asha", Role.CASHIER, false);

        assertThat(new LockMessages(Locale.forLanguageTag("en-IN")).roleRefused(asha, new Request("Approve difference", Set.of(Role.HEAD_CASHIER))))
                .isEqualTo("Asha (cashier) may not do this: Approve difference needs a head cashier.");
    }
}
