package app.tillpoint.kiosk.store;

import app.tillpoint.api.SessionEvent;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlEventsTest {
    @TempDir
    Path dir;

    private void shift(TestTill till) throws Exception {
        till.open(count(2));
        till.sell(100, "Masala chai", 2);
        till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.IN, rupees(200), "Change float",
                Optional.empty()));
        till.sessions.close(new ClosingRequest(till.asha, count(2, 1, 1), "", Optional.empty()));
    }

    @Test
    void everyChangeOfMoneyHasItsEventInCommitOrderWithWhatItIsAbout() throws Exception {
        try (TestTill till = TestTill.in(dir).allowedDifference(1_000_000).open()) {
            shift(till);
            SqlEvents events = new SqlEvents(till.database, TestTill.TERMINAL);

            List<SessionEvent> all = events.after(0, 100);

            assertThat(all).extracting(SessionEvent::kind).containsExactly(SessionEvent.Kind.OPENED,
                    SessionEvent.Kind.SOLD, SessionEvent.Kind.CASH_MOVED, SessionEvent.Kind.CLOSED);
            assertThat(all).extracting(SessionEvent::sequence).containsExactly(1L, 2L, 3L, 4L);
            assertThat(all).extracting(SessionEvent::id).doesNotHaveDuplicates()
                    .allMatch(id -> id.matches("[0-9a-f]{32}"));
            // The session as it was at each event: open until the closing, though it is closed now.
            assertThat(all.subList(0, 3)).extracting(e -> e.session().state()).containsOnly(SessionState.OPEN);
            assertThat(all.get(0).session().closedAt()).isEmpty();
            assertThat(all.get(3).session().state()).isEqualTo(SessionState.CLOSED);
            assertThat(all.get(1).order().orElseThrow().lines()).singleElement()
                    .satisfies(line -> assertThat(line.quantity()).isEqualTo(2));
            assertThat(all.get(2).cashMove().orElseThrow().amount()).isEqualTo(rupees(200));
            assertThat(events.after(2, 100)).extracting(SessionEvent::sequence).containsExactly(3L, 4L);
            assertThat(events.after(0, 2)).hasSize(2);
            // Read again, an event is the same event: a listener can tell a delivery again by its id.
            assertThat(events.after(0, 100)).extracting(SessionEvent::id)
                    .containsExactlyElementsOf(all.stream().map(SessionEvent::id).toList());
        }
    }

    @Test
    void aRefusedChangeLeavesNoEvent() throws Exception {
        try (TestTill till = TestTill.in(dir).cashOutLimit(10_000).open()) {
            till.open(count(2));
            // Above the cash-out limit without an approval: refused, and no event.
            assertThatThrownBy(() -> till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.OUT,
                    rupees(900), "Bank deposit", Optional.empty()))).isNotNull();

            assertThat(new SqlEvents(till.database, TestTill.TERMINAL).after(0, 100))
                    .extracting(SessionEvent::kind).containsExactly(SessionEvent.Kind.OPENED);
        }
    }

    @Test
    void theDatabaseWritesTheEventEvenForAChangeMadeBehindTheKiosksBackAndNeverLetsOneChange() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            Session session = till.open(count(2));
            try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + till.test.file());
                 Statement sql = raw.createStatement()) {
                sql.executeUpdate("INSERT INTO cash_moves (session_id, moved_at, cashier_id, direction, amount, "
                        + "currency, reason) VALUES (" + session.id() + ", 1, " + till.asha.id()
                        + ", 'IN', 100, 'INR', 'raw')");
                assertThat(rows(sql, "SELECT count(*) FROM events WHERE kind = 'CASH_MOVE'")).isEqualTo(1);

                assertThatThrownBy(() -> sql.executeUpdate("UPDATE events SET kind = 'SALE'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("Events never change");
                assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM events"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("Events are never removed");
                assertThatThrownBy(() -> sql.executeUpdate("INSERT INTO events (seq, id, kind, session_id, at) "
                        + "VALUES (1, '" + "0".repeat(32) + "', 'SESSION_OPENED', " + session.id() + ", 1)"))
                        .isInstanceOf(SQLException.class);
                assertThat(rows(sql, "SELECT count(*) FROM events")).isEqualTo(2);
            }
        }
    }

    @Test
    void aNewConsumerStartsAtTheNewestEventAndItsMarkOnlyMovesOn() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            till.open(count(2));
            till.sell(100, "Masala chai", 1);
            SqlEvents events = new SqlEvents(till.database, TestTill.TERMINAL);

            SqlEvents.Delivery first = events.delivery("export/Listener");

            assertThat(first.delivered()).isEqualTo(2);
            assertThat(events.waiting("export/Listener")).isZero();
            till.sell(100, "Masala chai", 1);
            assertThat(events.waiting("export/Listener")).isEqualTo(1);
            events.delivered("export/Listener", 3);
            events.delivered("export/Listener", 1);
            assertThat(events.delivery("export/Listener").delivered()).isEqualTo(3);
        }
    }

    @Test
    void failuresAreCountedParkedAndForgottenOnResume() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            SqlEvents events = new SqlEvents(till.database, TestTill.TERMINAL);
            events.delivery("export/Listener");
            Instant now = Instant.parse("2026-11-30T10:00:00Z");

            assertThat(events.failed("export/Listener", "IOException: share offline", now)).isEqualTo(1);
            assertThat(events.failed("export/Listener", "x".repeat(2000), now)).isEqualTo(2);
            events.park("export/Listener", "1.0.0", now);

            SqlEvents.Delivery parked = events.delivery("export/Listener");
            assertThat(parked.parked()).isTrue();
            assertThat(parked.parkedVersion()).contains("1.0.0");
            assertThat(parked.lastError().orElseThrow()).hasSize(500);
            assertThat(events.resume("export/Listener")).isTrue();
            assertThat(events.resume("export/Listener")).isFalse();
            assertThat(events.delivery("export/Listener")).satisfies(d -> {
                assertThat(d.parked()).isFalse();
                assertThat(d.failures()).isZero();
            });
        }
    }

    @Test
    void aStandingSaysTheMarkAndItsTimeWhatWaitsAndTheLastFailureUntilTheNextDelivery() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            SqlEvents events = new SqlEvents(till.database, TestTill.TERMINAL);
            assertThat(events.standing("office")).isEmpty();
            events.deliveryFromStart("office");
            till.open(count(2));
            till.clock.advance(Duration.ofMinutes(1));
            Instant soldAt = till.clock.instant();
            till.sell(100, "Masala chai", 1);
            till.clock.advance(Duration.ofMinutes(5));
            till.sell(100, "Masala chai", 1);

            SqlEvents.Standing before = events.standing("office").orElseThrow();
            assertThat(before.delivery().delivered()).isZero();
            assertThat(before.markAt()).isEmpty();
            assertThat(before.waiting()).isEqualTo(3);
            assertThat(before.lastFailureAt()).isEmpty();

            events.delivered("office", 2);
            Instant failedAt = Instant.parse("2026-11-30T10:00:00Z");
            events.failed("office", "IOException: share offline", failedAt);
            SqlEvents.Standing failing = events.standing("office").orElseThrow();
            assertThat(failing.delivery().delivered()).isEqualTo(2);
            assertThat(failing.markAt()).contains(soldAt);
            assertThat(failing.waiting()).isEqualTo(1);
            assertThat(failing.delivery().lastError()).contains("IOException: share offline");
            assertThat(failing.lastFailureAt()).contains(failedAt);

            events.delivered("office", 3);
            SqlEvents.Standing caughtUp = events.standing("office").orElseThrow();
            assertThat(caughtUp.waiting()).isZero();
            assertThat(caughtUp.delivery().lastError()).isEmpty();
            assertThat(caughtUp.lastFailureAt()).isEmpty();
        }
    }

    private static long rows(Statement sql, String query) throws SQLException {
        try (var row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
