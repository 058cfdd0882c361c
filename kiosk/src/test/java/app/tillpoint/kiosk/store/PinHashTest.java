package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PINs kept peppered with a key outside the database, sized to the PIN pad's budget, and older hashes (no pepper,
 * other iterations) replaced at their next right entry.
 */
class PinHashTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-11-26T09:00:00Z");
    private Database database;
    private SqlAudit audit;
    private SqlCashiers cashiers;

    @BeforeEach
    void open() {
        open(dir);
    }

    private void open(Path folder) {
        database = TestDatabase.in(folder).open();
        audit = new SqlAudit(database, clock);
        cashiers = new SqlCashiers(database, audit, clock, clock.bootClock(), PinRules.DEFAULT, alert -> { });
    }

    @AfterEach
    void close() {
        audit.close();
        database.close();
    }

    @Test
    void aStoredPinIsPepperedSoTheDatabaseAloneTellsNothing() throws Exception {
        Cashier meera = cashiers.add("Meera", Role.HEAD_CASHIER, Optional.empty(), Optional.of("2468"));
        String[] stored = stored(meera);
        assertThat(stored[0]).startsWith(PinHash.PREFIX + cashiers.pinIterations() + "$");
        // The attacker with the database hashes the right PIN with its salt and iterations: no match.
        String slow = SlowHash.hash("2468".toCharArray(), stored[1], cashiers.pinIterations());
        assertThat(stored[0]).doesNotContain(slow);
        assertThat(cashiers.checkPin(meera, "2468".toCharArray()).accepted()).isTrue();
        close();

        // A copy of the database without tillpoint.key is a terminal with another key: the right PIN is refused.
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Files.copy(dir.resolve(Database.FILE_NAME), elsewhere.resolve(Database.FILE_NAME));
        open(elsewhere);
        assertThat(cashiers.checkPin(meera, "2468".toCharArray()).accepted()).isFalse();
    }

    @Test
    void anUnpepperedPinOfOtherIterationsIsAcceptedOnceAndReplacedByTheCurrentHash() throws Exception {
        Cashier ravi = cashiers.add("Ravi", Role.CASHIER, Optional.empty(), Optional.of("1357"));
        String salt = stored(ravi)[1];
        // As a PIN was kept before the pepper: iterations, '$', the bare PBKDF2.
        String old = "100000$" + SlowHash.hash("1357".toCharArray(), salt, 100_000);
        setPinHash(ravi, old);

        assertThat(cashiers.checkPin(ravi, "2222".toCharArray()).accepted()).isFalse();
        assertThat(stored(ravi)[0]).as("a wrong PIN replaces nothing").isEqualTo(old);
        assertThat(cashiers.checkPin(ravi, "1357".toCharArray()).accepted()).isTrue();

        String[] now = stored(ravi);
        assertThat(now[0]).startsWith(PinHash.PREFIX + cashiers.pinIterations() + "$").isNotEqualTo(old);
        assertThat(now[1]).as("a new salt with the new hash").isNotEqualTo(salt);
        audit.flush();
        assertThat(TestDatabase.queryLong(dir.resolve(Database.FILE_NAME),
                "SELECT count(*) FROM audit_events WHERE event = 'cashier.pinRehashed'")).isEqualTo(1);
        assertThat(cashiers.checkPin(ravi, "1357".toCharArray()).accepted()).isTrue();
        assertThat(cashiers.checkPin(ravi, "1358".toCharArray()).accepted()).isFalse();
        assertThat(stored(ravi)[0]).as("a current hash is left alone").isEqualTo(now[0]);
    }

    @Test
    void aPepperedPinOfOtherIterationsIsReplacedAtItsNextRightEntry() throws Exception {
        Cashier ravi = cashiers.add("Ravi", Role.CASHIER, Optional.empty(), Optional.of("1357"));
        String salt = stored(ravi)[1];
        int other = cashiers.pinIterations() + 1_000;
        setPinHash(ravi, database.pinHash().of("1357".toCharArray(), salt, other));

        assertThat(cashiers.checkPin(ravi, "1357".toCharArray()).accepted()).isTrue();
        assertThat(stored(ravi)[0]).startsWith(PinHash.PREFIX + cashiers.pinIterations() + "$");
    }

    @Test
    void aValueOfNoKnownFormMatchesNothing() {
        PinHash hash = database.pinHash();
        String salt = new SlowHash().newSalt();
        for (String stored : new String[] {"", "$", "p$", "p$x$abc", "0$abc", "-5$abc", "hmac$abc", "12abc"}) {
            assertThat(hash.matches("1234".toCharArray(), salt, stored)).as(stored).isFalse();
        }
    }

    @Test
    void aTerminalMeasuredForAnotherBudgetMeasuresAgainOnce() throws Exception {
        close();
        try (Connection raw = TestDatabase.raw(dir.resolve(Database.FILE_NAME))) {
            raw.createStatement().executeUpdate("DELETE FROM meta WHERE key = 'pin_budget_ms'");
            raw.createStatement().executeUpdate("UPDATE meta SET value = '999000' WHERE key = 'pin_iterations'");
        }
        open(dir);
        assertThat(cashiers.pinIterations()).isBetween(SlowHash.FLOOR, SlowHash.CEILING).isNotEqualTo(999_000);
        int measured = cashiers.pinIterations();
        close();
        open(dir);
        assertThat(cashiers.pinIterations()).isEqualTo(measured);
    }

    private String[] stored(Cashier cashier) throws Exception {
        try (Connection raw = TestDatabase.raw(dir.resolve(Database.FILE_NAME));
             PreparedStatement select = raw.prepareStatement("SELECT pin_hash, pin_salt FROM cashiers WHERE id = ?")) {
            select.setLong(1, cashier.id());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new String[] {row.getString(1), row.getString(2)};
            }
        }
    }

    private void setPinHash(Cashier cashier, String hash) throws Exception {
        try (Connection raw = TestDatabase.raw(dir.resolve(Database.FILE_NAME));
             PreparedStatement update = raw.prepareStatement("UPDATE cashiers SET pin_hash = ? WHERE id = ?")) {
            update.setString(1, hash);
            update.setLong(2, cashier.id());
            update.executeUpdate();
        }
    }
}
