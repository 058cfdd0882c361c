package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.PinCheck;
import app.tillpoint.api.cashier.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlCashiersTest {

    private static final String BADGE = "BADGE-7731-XQ";
    private static final String PIN = "8642097531";

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-11-26T09:00:00Z");
    private TestDatabase test;
    private Database database;
    private SqlAudit audit;
    private SqlCashiers cashiers;

    @BeforeEach
    void openStore() {
        test = TestDatabase.in(dir);
        reopen();
    }

    @AfterEach
    void closeStore() {
        audit.close();
        database.close();
    }

    private final List<String> alerts = new java.util.ArrayList<>();

    /** Closes and opens the store again, as a restart of the kiosk does. */
    private void reopen() {
        if (database != null) {
            closeStore();
        }
        database = test.open();
        audit = new SqlAudit(database, clock);
        cashiers = new SqlCashiers(database, audit, clock, clock.bootClock(), PinRules.DEFAULT, alerts::add);
    }

    @Test
    void findsTheActiveCashierOfABadge() {
        Cashier ravi = cashiers.add("Ravi", Role.CASHIER, Optional.of(BADGE), Optional.of(PIN));
        cashiers.add("Asha", Role.CASHIER, Optional.of("1001"), Optional.empty());

        assertThat(cashiers.byBadge(BADGE)).contains(ravi);
        assertThat(cashiers.byBadge("  " + BADGE + "\n")).contains(ravi);
        assertThat(cashiers.byBadge("no such badge")).isEmpty();
        assertThat(events("login.failed")).anySatisfy(e -> assertThat(e.detail()).contains("Unknown badge"));
    }

    @Test
    void listsTheActiveCashiersByName() {
        Cashier zoe = cashiers.add("Zoe", Role.CASHIER, Optional.empty(), Optional.empty());
        Cashier asha = cashiers.add("asha", Role.HEAD_CASHIER, Optional.empty(), Optional.of("1234"));
        Cashier gone = cashiers.add("Bob", Role.CASHIER, Optional.empty(), Optional.empty());
        cashiers.disable(gone.id());

        assertThat(cashiers.active()).containsExactly(asha, zoe);
        assertThat(cashiers.all()).extracting(CashierEntry::active).containsExactly(true, true, false);
    }

    @Test
    void storesBadgesAndPinsOnlyAsSaltedHashes() throws Exception {
        cashiers.add("Ravi", Role.CASHIER, Optional.of(BADGE), Optional.of(PIN));
        Cashier meera = cashiers.add("Meera", Role.HEAD_CASHIER, Optional.empty(), Optional.empty());
        cashiers.setBadge(meera.id(), "MEERA-0042");
        cashiers.setPin(meera.id(), PIN);
        cashiers.byBadge(BADGE);
        cashiers.checkPin(meera, "0000".toCharArray());
        audit.flush();

        String everything = TestDatabase.allText(test.file(), List.of("cashiers", "meta", "audit_events"));
        assertThat(everything).doesNotContain(BADGE, PIN, "MEERA-0042");
        // The same PIN gets a different salt, hence a different hash, for each cashier.
        assertThat(TestDatabase.queryLong(test.file(), "SELECT count(DISTINCT pin_hash) FROM cashiers")).isEqualTo(2);
    }

    @Test
    void aHeadCashierAndAnyoneWithAPinNeedAPin() {
        Cashier asha = cashiers.add("Asha", Role.CASHIER, Optional.empty(), Optional.empty());
        Cashier ravi = cashiers.add("Ravi", Role.CASHIER, Optional.empty(), Optional.of("2468"));
        Cashier meera = cashiers.add("Meera", Role.HEAD_CASHIER, Optional.empty(), Optional.empty());

        assertThat(cashiers.needsPin(asha)).isFalse();
        assertThat(cashiers.needsPin(ravi)).isTrue();
        assertThat(cashiers.needsPin(meera)).isTrue();
        SqlCashiers relaxed = new SqlCashiers(database, audit, clock, new PinRules(false, 5, Duration.ofMinutes(1)));
        assertThat(relaxed.needsPin(meera)).isFalse();
    }

    @Test
    void acceptsTheRightPinAndCountsWrongOnes() {
        Cashier ravi = cashiers.add("Ravi", Role.CASHIER, Optional.empty(), Optional.of(PIN));

        PinCheck wrong = cashiers.checkPin(ravi, "1111".toCharArray());
        assertThat(wrong.outcome()).isEqualTo(PinCheck.Outcome.WRONG);
        assertThat(wrong.attemptsLeft()).isEqualTo(4);

        assertThat(cashiers.checkPin(ravi, PIN.toCharArray()).accepted()).isTrue();
        // A right PIN starts the count again.
        assertThat(cashiers.checkPin(ravi, "1111".toCharArray()).attemptsLeft()).isEqualTo(4);
        assertThat(events("login.ok")).hasSize(1);
        assertThat(events("login.failed")).hasSize(2);
    }

    @Test
    void fiveWrongPinsLockACashierOutAcrossARestartUntilTheLockOutEnds() {
        Cashier ravi = cashiers.add("Ravi", Role.CASHIER, Optional.empty(), Optional.of(PIN));
        for (int i = 0; i < 4; i++) {
            assertThat(cashiers.checkPin(ravi, "0000".toCharArray()).outcome()).isEqualTo(PinCheck.Outcome.WRONG);
        }
        PinCheck fifth = cashiers.checkPin(ravi, "0000".toCharArray());
        Instant until = Instant.parse("2026-11-26T09:01:00Z");
        assertThat(fifth.outcome()).isEqualTo(PinCheck.Outcome.LOCKED_OUT);
        assertThat(fifth.lockedUntil()).contains(until);
        assertThat(events("login.lockedOut")).hasSize(1);

        reopen();

        assertThat(cashiers.lockedUntil(ravi)).contains(until);
        PinCheck rightButLocked = cashiers.checkPin(ravi, PIN.toCharArray());
        assertThat(rightButLocked.outcome()).isEqualTo(PinCheck.Outcome.LOCKED_OUT);
        assertThat(rightButLocked.lockedUntil()).contains(until);

        clock.advance(Duration.ofSeconds(60));

        assertThat(cashiers.lockedUntil(ravi)).isEmpty();
        assertThat(cashiers.checkPin(ravi, "0000".toCharArray()).attemptsLeft()).isEqualTo(4);
        assertThat(cashiers.checkPin(ravi, PIN.toCharArray()).accepted()).isTrue();
    }

    @Test
    void lockOutsInARowGrowAndChangingTheDateNeitherEndsNorExtendsThem() {
        Cashier ravi = cashiers.add("Ravi", Role.CASHIER, Optional.empty(), Optional.of(PIN));
        for (int i = 0; i < 5; i++) {
            cashiers.checkPin(ravi, "0000".toCharArray());
        }
        clock.setDate(Instant.parse("2026-11-27T09:00:00Z"));
        assertThat(cashiers.checkPin(ravi, PIN.toCharArray()).outcome()).as("a day later by the date only")
                .isEqualTo(PinCheck.Outcome.LOCKED_OUT);
        clock.advance(Duration.ofSeconds(60));
        for (int i = 0; i < 5; i++) {
            cashiers.checkPin(ravi, "0000".toCharArray());
        }
        clock.setDate(Instant.parse("2026-11-20T09:00:00Z"));
        clock.advance(Duration.ofSeconds(61));
        assertThat(cashiers.checkPin(ravi, PIN.toCharArray()).outcome()).as("the second lock-out lasts 2 minutes")
                .isEqualTo(PinCheck.Outcome.LOCKED_OUT);
        clock.advance(Duration.ofSeconds(60));
        assertThat(cashiers.checkPin(ravi, PIN.toCharArray()).accepted()).isTrue();
    }

    @Test
    void wrongPinsAcrossTheTerminalRaiseAnAuditedAlert() {
        List<Cashier> many = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            many.add(cashiers.add("Cashier " + i, Role.CASHIER, Optional.empty(), Optional.of(PIN)));
        }
        for (Cashier cashier : many) {
            for (int i = 0; i < 4; i++) {
                cashiers.checkPin(cashier, "0000".toCharArray());
            }
        }
        assertThat(alerts).singleElement().asString().contains("21 wrong PINs", "guessing");
        assertThat(events("login.alert")).hasSize(1);
    }

    @Test
    void settingAPinEndsALockOut() {
        Cashier ravi = cashiers.add("Ravi", Role.CASHIER, Optional.empty(), Optional.of(PIN));
        for (int i = 0; i < 5; i++) {
            cashiers.checkPin(ravi, "0000".toCharArray());
        }

        cashiers.setPin(ravi.id(), "5555");

        assertThat(cashiers.lockedUntil(ravi)).isEmpty();
        assertThat(cashiers.checkPin(ravi, "5555".toCharArray()).accepted()).isTrue();
    }

    @Test
    void refusesABadgeThatAnotherCashierUses() {
        Cashier asha = cashiers.add("Asha", Role.CASHIER, Optional.of("1001"), Optional.empty());
        Cashier ravi = cashiers.add("Ravi", Role.CASHIER, Optional.of("1002"), Optional.empty());

        assertThatThrownBy(() -> cashiers.add("Zoe", Role.CASHIER, Optional.of("1001"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already used by Asha");
        assertThatThrownBy(() -> cashiers.setBadge(ravi.id(), "1001"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already used by Asha");
        cashiers.setBadge(asha.id(), "1001"); // her own badge again is fine
        assertThat(cashiers.all()).hasSize(2);
    }

    @Test
    void disablingReleasesTheBadgeForSomeoneElse() {
        Cashier asha = cashiers.add("Asha", Role.CASHIER, Optional.of("1001"), Optional.empty());

        cashiers.disable(asha.id());

        assertThat(cashiers.byBadge("1001")).isEmpty();
        Cashier zoe = cashiers.add("Zoe", Role.CASHIER, Optional.of("1001"), Optional.empty());
        assertThat(cashiers.byBadge("1001")).contains(zoe);
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> cashiers.add(" ", Role.CASHIER, Optional.empty(), Optional.empty()))
                .hasMessageContaining("needs a name");
        assertThatThrownBy(() -> cashiers.add("Ravi", Role.CASHIER, Optional.empty(), Optional.of("12a4")))
                .hasMessageContaining("digits only");
        assertThatThrownBy(() -> cashiers.add("Ravi", Role.CASHIER, Optional.empty(), Optional.of("123")))
                .hasMessageContaining("4 to 12 digits");
        assertThatThrownBy(() -> cashiers.disable(42)).hasMessageContaining("No cashier has the id 42");
        assertThat(cashiers.all()).isEmpty();
    }

    @Test
    void theBadgeSaltIsRandomPerDatabaseAndKept() throws Exception {
        Cashier asha = cashiers.add("Asha", Role.CASHIER, Optional.of("1001"), Optional.empty());
        reopen();
        assertThat(cashiers.byBadge("1001")).contains(asha);

        Path other = dir.resolve("other");
        try (Database second = TestDatabase.in(other).open()) {
            new SqlCashiers(second, (event, detail) -> { }, clock, PinRules.DEFAULT)
                    .add("Asha", Role.CASHIER, Optional.of("1001"), Optional.empty());
        }
        String here = TestDatabase.allText(test.file(), List.of("cashiers"));
        String there = TestDatabase.allText(other.resolve(Database.FILE_NAME), List.of("cashiers"));
        String hashThere = there.split("\\|")[4];
        assertThat(here).doesNotContain(hashThere);
    }

    @Test
    void demoDataIsAddedOnlyToAnEmptyDatabase() {
        SqlCatalog catalog = new SqlCatalog(database, TestTill.INR, clock);
        assertThat(DemoData.seed(database, cashiers, catalog, TestTill.INR)).isTrue();
        assertThat(DemoData.seed(database, cashiers, catalog, TestTill.INR)).isFalse();
        assertThat(TerminalSetup.of(database)).contains(TerminalSetup.DEMO);
        assertThat(catalog.products()).hasSize(12);

        assertThat(cashiers.active()).extracting(Cashier::name).containsExactly("Asha", "Meera", "Ravi");
        Cashier meera = cashiers.byBadge("9001").orElseThrow();
        assertThat(meera.role()).isEqualTo(Role.HEAD_CASHIER);
        assertThat(cashiers.checkPin(meera, "1234".toCharArray()).accepted()).isTrue();
        Cashier ravi = cashiers.byBadge("1002").orElseThrow();
        assertThat(cashiers.checkPin(ravi, "2468".toCharArray()).accepted()).isTrue();
        Cashier asha = cashiers.byBadge("1001").orElseThrow();
        assertThat(cashiers.needsPin(asha)).isFalse();
    }

    private List<AuditEvent> events(String name) {
        return audit.recent(100).stream().filter(e -> e.event().equals(name)).toList();
    }
}
