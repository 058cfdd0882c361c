package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.LastClosing;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionAlreadyOpenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlSessionsTest {

    private static final Currency INR = Currency.getInstance("INR");
    private static final String TERMINAL = "CHN-LS-01";

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at("2026-11-26T09:00:00.123456Z");
    private final List<Session> told = new ArrayList<>();
    private TestDatabase test;
    private Database database;
    private SqlAudit audit;
    private SqlSessions sessions;
    private Cashier asha;

    @BeforeEach
    void openStore() {
        test = TestDatabase.in(dir);
        database = test.open();
        audit = new SqlAudit(database, clock);
        sessions = TestTill.sessions(database, TERMINAL, clock, told::add);
        asha = new SqlCashiers(database, audit, clock, PinRules.DEFAULT)
                .add("Asha", Role.CASHIER, Optional.empty(), Optional.empty());
    }

    @AfterEach
    void closeStore() {
        audit.close();
        database.close();
    }

    @Test
    void opensASessionAndReadsItBackExactly() throws Exception {
        CashCount count = inrCount().with(bill(500), 2).with(bill(200), 1).with(coin(20), 7).with(coin(1), 3);
        OpeningRequest request = new OpeningRequest(asha, count.total(), Optional.of(count), "2 x ₹500.00\nFloat ok");

        Session opened = sessions.open(request);

        assertThat(opened.isOpen()).isTrue();
        assertThat(opened.openedAt()).isEqualTo(Instant.parse("2026-11-26T09:00:00.123Z"));
        assertThat(sessions.current()).contains(opened);
        Session read = sessions.current().orElseThrow();
        assertThat(read.openingCash()).isEqualTo(Money.of(134_300, INR));
        assertThat(read.openingCount()).contains(count);
        assertThat(read.openingNote()).isEqualTo("2 x ₹500.00\nFloat ok");
        assertThat(read.openedBy()).isEqualTo(asha);
        assertThat(read.openingCountMatches()).isTrue();
        assertThat(told).containsExactly(opened);
    }

    @Test
    void moneyRoundTripsExactlyBeyondWhatADoubleHolds() throws Exception {
        Money huge = Money.of(9_007_199_254_740_993L, INR); // 2^53 + 1: a double would round it
        sessions.open(new OpeningRequest(asha, huge, Optional.empty(), ""));

        assertThat(sessions.current().orElseThrow().openingCash()).isEqualTo(huge);
        assertThat(sessions.current().orElseThrow().openingCount()).isEmpty();
        assertThat(TestDatabase.queryLong(test.file(), "SELECT typeof(opening_cash) = 'integer' FROM sessions"))
                .isEqualTo(1);
    }

    @Test
    void keepsATypedAmountApartFromTheCount() throws Exception {
        CashCount count = inrCount().with(bill(100), 3);
        sessions.open(new OpeningRequest(asha, Money.ofMajor(350, INR), Optional.of(count), ""));

        Session read = sessions.current().orElseThrow();
        assertThat(read.openingCash()).isEqualTo(Money.ofMajor(350, INR));
        assertThat(read.openingCount().orElseThrow().total()).isEqualTo(Money.ofMajor(300, INR));
        assertThat(read.openingCountMatches()).isFalse();
    }

    @Test
    void refusesASecondOpenSessionWithTheOneThatIsOpen() throws Exception {
        Session first = sessions.open(new OpeningRequest(asha, Money.ofMajor(100, INR), Optional.empty(), ""));

        assertThatThrownBy(() -> sessions.open(new OpeningRequest(asha, Money.ofMajor(5, INR), Optional.empty(), "")))
                .isInstanceOfSatisfying(SessionAlreadyOpenException.class,
                        e -> assertThat(e.openSession()).isEqualTo(first));
        assertThat(TestDatabase.queryLong(test.file(), "SELECT count(*) FROM sessions")).isEqualTo(1);
        assertThat(told).containsExactly(first);
    }

    @Test
    void theDatabaseItselfRefusesASecondOpenSession() throws Exception {
        sessions.open(new OpeningRequest(asha, Money.ofMajor(100, INR), Optional.empty(), ""));

        try (Connection raw = test.raw(); Statement statement = raw.createStatement()) {
            assertThatThrownBy(() -> statement.execute("INSERT INTO sessions (terminal_id, state, opened_at, "
                    + "opened_by, opening_cash, opening_currency) VALUES ('" + TERMINAL + "', 'OPEN', 1, "
                    + asha.id() + ", 0, 'INR')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("UNIQUE");
            // Another terminal may have its own open session.
            statement.execute("INSERT INTO sessions (terminal_id, state, opened_at, opened_by, opening_cash, "
                    + "opening_currency) VALUES ('OTHER', 'OPEN', 1, " + asha.id() + ", 0, 'INR')");
        }
    }

    @Test
    void aClosedSessionMakesRoomForTheNextAndIsTheLastClosing() throws Exception {
        assertThat(sessions.lastClosing()).isEmpty();
        Session first = sessions.open(new OpeningRequest(asha, Money.ofMajor(100, INR), Optional.empty(), ""));
        close(first.id(), Instant.parse("2026-11-25T20:15:00Z"), 1_234_050);

        clock.advance(Duration.ofDays(1));
        Session second = sessions.open(new OpeningRequest(asha, Money.of(1_234_050, INR), Optional.empty(), ""));
        close(second.id(), Instant.parse("2026-11-26T20:15:00Z"), 999);

        assertThat(sessions.current()).isEmpty();
        assertThat(sessions.lastClosing())
                .contains(new LastClosing(Money.of(999, INR), Instant.parse("2026-11-26T20:15:00Z")));
    }

    @Test
    void aFailingStepRollsTheWholeOpeningBack() {
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMP TRIGGER audit_full BEFORE INSERT ON audit_events "
                        + "BEGIN SELECT RAISE(ABORT, 'audit disk full'); END");
            }
            return null;
        });
        CashCount count = inrCount().with(bill(500), 2);

        assertThatThrownBy(() -> sessions.open(new OpeningRequest(asha, count.total(), Optional.of(count), "n")))
                .isInstanceOf(StoreException.class).hasMessageContaining("audit disk full");

        for (String table : List.of("sessions", "cash_counts", "cash_count_lines")) {
            assertThat(rows(table)).as(table).isZero();
        }
        assertThat(sessions.current()).isEmpty();
        assertThat(told).isEmpty();
    }

    @Test
    void writesTheAuditRowWithTheOpening() throws Exception {
        Session opened = sessions.open(new OpeningRequest(asha, Money.ofMajor(100, INR), Optional.empty(), ""));

        assertThat(audit.recent(10)).anySatisfy(event -> {
            assertThat(event.event()).isEqualTo("session.opened");
            assertThat(event.detail()).contains("Session " + opened.id(), "Asha", "INR 100.00");
            assertThat(event.cashierId()).hasValue(asha.id());
        });
    }

    @Test
    void listenersHearOnlyAfterTheCommit() throws Exception {
        List<Long> seenByAnotherConnection = new ArrayList<>();
        SqlSessions checking = TestTill.sessions(database, TERMINAL, clock, session -> {
            try {
                seenByAnotherConnection.add(TestDatabase.queryLong(test.file(), "SELECT count(*) FROM sessions"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });

        checking.open(new OpeningRequest(asha, Money.ofMajor(1, INR), Optional.empty(), ""));

        assertThat(seenByAnotherConnection).containsExactly(1L);
    }

    @Test
    void aFailingListenerDoesNotUndoTheOpening() throws Exception {
        SqlSessions failing = TestTill.sessions(database, TERMINAL, clock, session -> {
            throw new IllegalStateException("ERP down");
        });

        Session opened = failing.open(new OpeningRequest(asha, Money.ofMajor(1, INR), Optional.empty(), ""));

        assertThat(sessions.current()).contains(opened);
    }

    @Test
    void refusesAnOpeningInAnotherCurrency() {
        Money euros = Money.ofMajor(10, Currency.getInstance("EUR"));
        assertThatThrownBy(() -> sessions.open(new OpeningRequest(asha, euros, Optional.empty(), "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("INR");
    }

    @Test
    void theDatabaseRefusesAQuantityOutOfBounds() throws Exception {
        CashCount count = inrCount().with(bill(500), 1);
        sessions.open(new OpeningRequest(asha, count.total(), Optional.of(count), ""));

        try (Connection raw = test.raw(); Statement statement = raw.createStatement()) {
            assertThatThrownBy(() -> statement.execute("INSERT INTO cash_count_lines SELECT count_id, 10000, 'COIN', "
                    + "10000 FROM cash_count_lines LIMIT 1")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("CHECK");
        }
    }

    private void close(long sessionId, Instant at, long cash) {
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("UPDATE sessions SET state = 'CLOSED', closed_at = " + at.toEpochMilli()
                        + ", closed_by = opened_by, closing_cash = " + cash + ", closing_currency = 'INR', "
                        + "expected_cash = " + cash + ", closing_difference = 0 WHERE id = " + sessionId);
            }
            return null;
        });
    }

    private long rows(String table) {
        try {
            return TestDatabase.queryLong(test.file(), "SELECT count(*) FROM " + table);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CashCount inrCount() {
        List<Denomination> denominations = new ArrayList<>();
        for (long value : new long[] {500, 200, 100, 50, 20, 10}) {
            denominations.add(bill(value));
        }
        for (long value : new long[] {20, 10, 5, 2, 1}) {
            denominations.add(coin(value));
        }
        return CashCount.empty(denominations);
    }

    private static Denomination bill(long rupees) {
        return Denomination.bill(Money.ofMajor(rupees, INR));
    }

    private static Denomination coin(long rupees) {
        return Denomination.coin(Money.ofMajor(rupees, INR));
    }
}
