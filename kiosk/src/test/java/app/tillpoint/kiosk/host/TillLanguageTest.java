package app.tillpoint.kiosk.host;

import app.tillpoint.api.cashier.Identification;
import app.tillpoint.kiosk.store.TestTill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The screens speak the language of the cashier at the till: read with their identification from the store, spoken
 * from their sign-in with the terminal's country, and the terminal's again once the till is left. An identification
 * nobody issued changes nothing.
 */
class TillLanguageTest {
    private static final Locale TERMINAL = Locale.forLanguageTag("en-IN");

    @TempDir
    Path dir;

    @Test
    void aCashiersLanguageIsSpokenFromTheirSignInUntilTheTillIsLeft() {
        try (TestTill store = TestTill.in(dir).open()) {
            store.cashiers.setLanguage(store.asha.id(), Optional.of("hi"));
            store.cashiers.setLanguage(store.meera.id(), Optional.of("ta"));
            Identifications identifications = new Identifications(store.clock);
            HostCashiers cashiers = new HostCashiers(store.cashiers, store.cashiers, identifications);
            TillState till = new TillState(identifications, (event, detail) -> { }, TERMINAL);
            List<Locale> heard = new ArrayList<>();
            till.onLocaleChange(heard::add);
            assertThat(till.shownLocale()).isEqualTo(TERMINAL);

            till.signIn(cashiers.checkBadge("1001").identification().orElseThrow());
            assertThat(till.shownLocale()).isEqualTo(Locale.forLanguageTag("hi-IN"));

            till.signOut();
            assertThat(till.shownLocale()).as("the lock screen's").isEqualTo(TERMINAL);

            // A PIN identifies as well as a badge; a cashier of no language speaks the terminal's.
            till.signIn(cashiers.checkPin(store.meera, "1234".toCharArray()).identification().orElseThrow());
            assertThat(till.shownLocale()).isEqualTo(Locale.forLanguageTag("ta-IN"));
            till.signIn(cashiers.checkPin(store.ravi, "2468".toCharArray()).identification().orElseThrow());
            assertThat(till.shownLocale()).isEqualTo(TERMINAL);

            assertThat(heard).containsExactly(Locale.forLanguageTag("hi-IN"), TERMINAL,
                    Locale.forLanguageTag("ta-IN"), TERMINAL);
        }
    }

    @Test
    void anIdentificationNobodyIssuedChangesNoLanguage() {
        try (TestTill store = TestTill.in(dir).open()) {
            store.cashiers.setLanguage(store.asha.id(), Optional.of("hi"));
            Identifications identifications = new Identifications(store.clock);
            HostCashiers cashiers = new HostCashiers(store.cashiers, store.cashiers, identifications);
            TillState till = new TillState(identifications, (event, detail) -> { }, TERMINAL);
            Identification issued = cashiers.checkBadge("1001").identification().orElseThrow();
            Identification forged = new Identification(issued.cashier(), issued.credential(), issued.at(),
                    "00000000000000000000000000000000");

            assertThatThrownBy(() -> till.signIn(forged)).isInstanceOf(IllegalArgumentException.class);
            assertThat(till.shownLocale()).isEqualTo(TERMINAL);
            assertThat(till.cashier()).isEmpty();
        }
    }
}
