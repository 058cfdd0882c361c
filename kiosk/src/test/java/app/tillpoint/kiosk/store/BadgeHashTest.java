package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Badge codes kept as keyed hashes: fast to find among many, moved from the old slow hash, useless without the key. */
class BadgeHashTest {

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
    void findsABadgeAmongTwoHundredCashiersWithOneFastHash() throws Exception {
        List<SqlCashiers.NewCashier> many = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            many.add(cashiers.prepare("Cashier " + i, Role.CASHIER, Optional.of("BADGE-" + i), Optional.empty()));
        }
        cashiers.insertAll(many);

        for (int round = 0; round < 50; round++) {
            assertThat(cashiers.byBadge("BADGE-137")).map(Cashier::name).contains("Cashier 137");
        }
        long started = System.nanoTime();
        Optional<Cashier> found = cashiers.byBadge("BADGE-199");
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();

        assertThat(found).map(Cashier::name).contains("Cashier 199");
        // A PBKDF2 of 100,000 iterations takes 50 ms and more on this machine even with the JIT warm.
        assertThat(millis).isLessThan(40);
        assertThat(storedBadges()).hasSize(200).allSatisfy(stored -> assertThat(stored).startsWith("hmac$"));
        assertThat(cashiers.byBadge("BADGE-201")).isEmpty();
    }

    @Test
    void anOldSlowBadgeHashIsAcceptedAtItsFirstScanAndReplaced() throws Exception {
        Cashier ravi = cashiers.add("Ravi", Role.CASHIER, Optional.empty(), Optional.empty());
        String old = oldHash("RAVI-0042");
        database.inTransaction(connection -> update(connection, "UPDATE cashiers SET badge_hash = '" + old
                + "' WHERE id = " + ravi.id()));
        assertThat(cashiers.withOldBadgeHash()).extracting(Cashier::name).containsExactly("Ravi");

        assertThat(cashiers.byBadge("RAVI-0042")).map(Cashier::id).contains(ravi.id());

        assertThat(storedBadges()).containsExactly(database.badgeHash().of("RAVI-0042"));
        assertThat(cashiers.withOldBadgeHash()).isEmpty();
        assertThat(cashiers.byBadge("RAVI-0042")).map(Cashier::id).contains(ravi.id());
        audit.flush();
        assertThat(audit.recent(20)).anySatisfy(event -> {
            assertThat(event.event()).isEqualTo("cashier.badgeRehashed");
            assertThat(event.detail()).contains("Ravi");
        });
    }

    @Test
    void aWrongBadgeMovesNoOldHash() throws Exception {
        Cashier ravi = cashiers.add("Ravi", Role.CASHIER, Optional.empty(), Optional.empty());
        String old = oldHash("RAVI-0042");
        database.inTransaction(connection -> update(connection, "UPDATE cashiers SET badge_hash = '" + old
                + "' WHERE id = " + ravi.id()));

        assertThat(cashiers.byBadge("RAVI-0043")).isEmpty();
        assertThat(cashiers.rehashBadge("RAVI-0043")).isEmpty();

        assertThat(storedBadges()).containsExactly(old);
        assertThat(cashiers.rehashBadge("RAVI-0042")).map(Cashier::name).contains("Ravi");
        assertThat(cashiers.rehashBadge("RAVI-0042")).map(Cashier::name).contains("Ravi");
        assertThat(cashiers.withOldBadgeHash()).isEmpty();
    }

    @Test
    void theKeyIsAFileBesideTheDatabaseForTheOwnerAndGroupOnly() throws Exception {
        Path key = dir.resolve(TerminalKey.FILE_NAME);
        assertThat(key).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-r-----");
        String database = new String(Files.readAllBytes(TestDatabase.in(dir).file()), StandardCharsets.ISO_8859_1);
        assertThat(database).doesNotContain(Files.readString(key).strip());
    }

    @Test
    void aDatabaseCopiedAwayWithoutItsKeyCannotTestBadgeCodes(@TempDir Path elsewhere) throws Exception {
        cashiers.add("Ravi", Role.CASHIER, Optional.of("4711"), Optional.empty());
        String stored = storedBadges().get(0);
        String salt;
        try (Connection raw = TestDatabase.in(dir).raw();
             ResultSet row = raw.createStatement().executeQuery("SELECT value FROM meta WHERE key = 'badge_salt'")) {
            salt = row.next() ? row.getString(1) : "";
        }
        close();
        Files.copy(dir.resolve(Database.FILE_NAME), elsewhere.resolve(Database.FILE_NAME));

        // Whatever the database itself holds, a guess of the right code hashed with it does not give the stored value.
        byte[] sha = MessageDigest.getInstance("SHA-256").digest("4711".getBytes(StandardCharsets.UTF_8));
        assertThat(stored).isNotIn(Base64.getEncoder().encodeToString(sha), "hmac$" + Base64.getEncoder()
                        .encodeToString(sha), SlowHash.hash("4711".toCharArray(), salt, SlowHash.ITERATIONS),
                "hmac$" + SlowHash.hash("4711".toCharArray(), salt, SlowHash.ITERATIONS));
        // Nor does a terminal of its own: the copy gets a new key and its right code finds nobody.
        open(elsewhere);
        assertThat(cashiers.byBadge("4711")).isEmpty();
        close();

        // With the key beside it, it is the terminal again.
        Path withKey = elsewhere.resolve("with-key");
        Files.createDirectories(withKey);
        Files.copy(dir.resolve(Database.FILE_NAME), withKey.resolve(Database.FILE_NAME));
        Files.copy(dir.resolve(TerminalKey.FILE_NAME), withKey.resolve(TerminalKey.FILE_NAME));
        open(withKey);
        assertThat(cashiers.byBadge("4711")).map(Cashier::name).contains("Ravi");
    }

    @Test
    void pinsAreHashedWithTheIterationsTheTerminalMeasuredOnce() throws Exception {
        int iterations = cashiers.pinIterations();
        assertThat(iterations).isBetween(SlowHash.FLOOR, SlowHash.CEILING);
        Cashier meera = cashiers.add("Meera", Role.HEAD_CASHIER, Optional.empty(), Optional.of("2468"));
        try (Connection raw = TestDatabase.in(dir).raw();
             ResultSet row = raw.createStatement().executeQuery("SELECT pin_hash FROM cashiers")) {
            row.next();
            assertThat(row.getString(1)).startsWith(PinHash.PREFIX + iterations + "$");
        }
        assertThat(cashiers.checkPin(meera, "2468".toCharArray()).accepted()).isTrue();
        close();
        open(dir);
        assertThat(cashiers.pinIterations()).isEqualTo(iterations);
    }

    @Test
    void theMeasuredIterationsStayBetweenTheFloorAndTheCeiling() {
        assertThat(SlowHash.iterationsFor(Duration.ofNanos(1))).isEqualTo(SlowHash.FLOOR);
        assertThat(SlowHash.iterationsFor(Duration.ofHours(1))).isEqualTo(SlowHash.CEILING);
    }

    private String oldHash(String code) throws Exception {
        try (Connection raw = TestDatabase.in(dir).raw();
             ResultSet row = raw.createStatement().executeQuery("SELECT value FROM meta WHERE key = 'badge_salt'")) {
            row.next();
            return SlowHash.hash(code.toCharArray(), row.getString(1), SlowHash.ITERATIONS);
        }
    }

    private static int update(Connection connection, String sql) throws java.sql.SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            return update.executeUpdate();
        }
    }

    private List<String> storedBadges() throws Exception {
        List<String> stored = new ArrayList<>();
        try (Connection raw = TestDatabase.in(dir).raw();
             ResultSet rows = raw.createStatement().executeQuery(
                     "SELECT badge_hash FROM cashiers WHERE badge_hash IS NOT NULL ORDER BY id")) {
            while (rows.next()) {
                stored.add(rows.getString(1));
            }
        }
        return stored;
    }
}
