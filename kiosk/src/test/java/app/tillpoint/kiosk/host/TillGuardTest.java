package app.tillpoint.kiosk.host;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Identification;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Sale;
import app.tillpoint.api.sale.Tender;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.kiosk.store.TestClock;
import app.tillpoint.kiosk.store.TestTill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nobody acts as a cashier without a credential: the till takes only identifications the host issued, fresh and once,
 * and the sessions and sales a plugin holds refuse money changes in the name of anyone but the cashier at the till.
 */
class TillGuardTest {
    private static final Cashier MEERA = new Cashier(3, "Meera", Role.HEAD_CASHIER, true);

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-11-26T09:00:00Z");
    private final Identifications identifications = new Identifications(clock);
    private final List<String> audit = new ArrayList<>();
    private final TillState till = new TillState(identifications, (event, detail) -> audit.add(event));

    @Test
    void anIdentificationIsTakenOnceWhileFresh() {
        Identification issued = identifications.issue(MEERA, Identification.Credential.PIN);
        assertThat(identifications.take(issued)).isTrue();
        assertThat(identifications.take(issued)).as("not twice").isFalse();

        Identification stale = identifications.issue(MEERA, Identification.Credential.PIN);
        clock.advance(Duration.ofMinutes(3));
        assertThat(identifications.take(stale)).isFalse();
    }

    @Test
    void anIdentificationAPluginMadeUpIsRefused() {
        Identification issued = identifications.issue(MEERA, Identification.Credential.BADGE);
        Identification guessed = new Identification(MEERA, Identification.Credential.PIN, issued.at(),
                "00000000000000000000000000000000");
        Identification promoted = new Identification(new Cashier(1, "Asha", Role.HEAD_CASHIER, true),
                issued.credential(), issued.at(), issued.token());

        assertThatThrownBy(() -> till.signIn(guessed)).hasMessageContaining("was not identified on this terminal");
        assertThatThrownBy(() -> till.signIn(promoted)).as("a real token with another cashier")
                .hasMessageContaining("was not identified");
        assertThat(till.cashier()).isEmpty();
        assertThat(audit).containsExactly("till.signIn.refused", "till.signIn.refused");
    }

    @Test
    @SuppressWarnings("deprecation")
    void aCashierSignedInTheOldWayNeedsAnIdentificationFromAMomentAgo() {
        assertThatThrownBy(() -> till.signIn(MEERA)).hasMessageContaining("was not identified");
        identifications.issue(MEERA, Identification.Credential.PIN);
        till.signIn(MEERA);
        assertThat(till.cashier()).contains(MEERA);
    }

    @Test
    void moneyChangesInTheNameOfAnyoneButTheCashierAtTheTillAreRefused() throws Exception {
        try (TestTill store = TestTill.in(dir).open()) {
            GuardedSessions sessions = new GuardedSessions(store.sessions, till);
            GuardedSales sales = new GuardedSales(store.sales, till);
            OpeningRequest byAsha = new OpeningRequest(store.asha, rupees(1000), Optional.of(count(2)), "");

            assertThatThrownBy(() -> sessions.open(byAsha)).hasMessageContaining("Asha is not signed in at this till");
            till.signIn(identifications.issue(store.meera, Identification.Credential.PIN));
            assertThatThrownBy(() -> sessions.open(byAsha)).as("Meera is at the till, not Asha")
                    .hasMessageContaining("not signed in");
            assertThat(store.sessions.current()).isEmpty();

            till.signIn(identifications.issue(store.asha, Identification.Credential.BADGE));
            sessions.open(byAsha);
            Cart cart = Cart.empty(TestTill.INR).add(store.product("Samosa"));
            till.signOut();
            assertThatThrownBy(() -> sales.sellForCash(new CashSale(store.asha, cart, rupees(15))))
                    .hasMessageContaining("identify first");
            assertThatThrownBy(() -> sales.sell(new Sale(store.asha, cart, List.of(Tender.card(TestTill.CARD,
                    rupees(15), "A1B2C3", "4242"))))).hasMessageContaining("identify first");
            assertThat(store.test.rows("orders")).isZero();
            assertThat(store.test.rows("order_payments")).isZero();

            till.signIn(identifications.issue(store.asha, Identification.Credential.BADGE));
            assertThat(sales.sell(new Sale(store.asha, cart, List.of(Tender.card(TestTill.CARD, rupees(15), "A1B2C3",
                    "4242")))).payments()).extracting(t -> t.method().name()).containsExactly("Card");
        }
    }
}
