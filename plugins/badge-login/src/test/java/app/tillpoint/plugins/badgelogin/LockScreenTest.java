package app.tillpoint.plugins.badgelogin;

import app.tillpoint.api.CashierAuthenticator.Request;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.PinCheck;
import app.tillpoint.api.cashier.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LockScreenTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

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
        Locale india = Locale.forLanguageTag("en-IN");
        Instant until = Instant.parse("2026-11-26T04:10:00Z");

        assertThat(LockMessages.refused(new PinCheck(PinCheck.Outcome.WRONG, 4, Optional.empty()), ZONE, india))
                .isEqualTo("Wrong PIN: 4 attempts left");
        assertThat(LockMessages.refused(new PinCheck(PinCheck.Outcome.WRONG, 1, Optional.empty()), ZONE, india))
                .isEqualTo("Wrong PIN: 1 attempt left");
        assertThat(LockMessages.refused(new PinCheck(PinCheck.Outcome.LOCKED_OUT, 0, Optional.of(until)), ZONE,
                india)).isEqualTo("Locked out until 09:40");
        assertThat(LockMessages.UNKNOWN_BADGE).isEqualTo("Badge not recognised");
    }

    @Test
    void aCashierOfAnotherRoleIsToldWhoIsNeeded() {
        var asha = new Cashier(1, "Asha", Role.CASHIER, false);

        assertThat(LockMessages.roleRefused(asha, new Request("Approve difference", Set.of(Role.HEAD_CASHIER))))
                .isEqualTo("Asha (cashier) may not do this: Approve difference needs a head cashier.");
    }
}
