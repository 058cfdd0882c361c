package app.tillpoint.plugins.continueselling;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionState;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.testing.TestKioskContext;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Currency;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ContinueSellingActionTest {
    private static final Cashier ASHA = new Cashier(1, "Asha", Role.CASHIER, false);

    @Test
    void isOfferedOnlyForAnOpenSession() {
        var action = new ContinueSellingAction(new TestKioskContext());

        assertThat(action.offeredFor(Optional.of(session(SessionState.OPEN)))).isTrue();
        assertThat(action.offeredFor(Optional.of(session(SessionState.CLOSED)))).isFalse();
        assertThat(action.offeredFor(Optional.empty())).isFalse();
        assertThat(action.id()).isEqualTo("continueSelling");
        assertThat(action.order()).isEqualTo(100);
    }

    @Test
    void theCashierWhoIdentifiesTakesTheTillAndSeesTheRegister() {
        var kiosk = new TestKioskContext().identifying(Optional.of(ASHA));

        new ContinueSellingAction(kiosk).perform(Optional.of(session(SessionState.OPEN)));

        assertThat(kiosk.identifyRequests).extracting(CashierAuthenticator.Request::purpose)
                .containsExactly("Continue Selling");
        assertThat(kiosk.atTill).contains(ASHA);
        assertThat(kiosk.routes).containsExactly(Routes.LOCK, Routes.REGISTER);
    }

    @Test
    void cancelReturnsToTheDashboardWithNobodyAtTheTill() {
        var kiosk = new TestKioskContext().identifying(Optional.empty());

        new ContinueSellingAction(kiosk).perform(Optional.of(session(SessionState.OPEN)));

        assertThat(kiosk.atTill).isEmpty();
        assertThat(kiosk.routes).containsExactly(Routes.LOCK, Routes.DASHBOARD);
    }

    @Test
    void withoutAnAuthenticatorTheCashierIsTold() {
        var kiosk = new TestKioskContext();

        new ContinueSellingAction(kiosk).perform(Optional.of(session(SessionState.OPEN)));

        assertThat(kiosk.routes).isEmpty();
        assertThat(kiosk.messages).singleElement().asString().contains("badge-login");
    }

    private static Session session(SessionState state) {
        return new Session(7, state, Instant.parse("2026-11-26T03:44:00Z"), ASHA,
                Money.zero(Currency.getInstance("INR")), Optional.empty(), "", Optional.empty(), Optional.empty());
    }
}
