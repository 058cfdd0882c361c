package app.tillpoint.kiosk.store;

import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.LastClosing;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.session.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine's clock set back a day between a session's opening and its closing (an administrator, a dead RTC
 * battery, a time server that corrects it): the session still closes, the times stored are the clock's, and nothing
 * that orders the terminal's history trusts them over the order things were stored in.
 */
class ClockSetBackTest {

    @TempDir
    Path dir;

    @Test
    void aSessionClosedAfterTheClockWentBackADayClosesAndIsTheLastClosing() throws Exception {
        TestClock clock = TestClock.at("2026-11-26T09:00:00Z");
        try (TestTill till = TestTill.in(dir).clock(clock).open()) {
            // Yesterday: opened at 09:00 with ₹1,000, closed at 18:00 with the same.
            till.open(count(2));
            clock.advance(Duration.ofHours(9));
            till.sessions.close(new ClosingRequest(till.asha, count(2), "", Optional.empty()));

            // Today: opened at 09:00 with what yesterday's closing counted; a sale at 10:00.
            clock.advance(Duration.ofHours(15));
            Session today = till.sessions.open(new OpeningRequest(till.asha, rupees(1000), Optional.of(count(2)), ""));
            clock.advance(Duration.ofHours(1));
            Order beforeTheChange = till.sell(100, "Masala chai", 5);

            // The clock is set back a day: 11:00 yesterday, before yesterday's closing.
            clock.setDate(Instant.parse("2026-11-26T11:00:00Z"));
            Order afterTheChange = till.sell(100, "Masala chai", 5);
            CashMove cashIn = till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.IN,
                    rupees(300), "Change float", Optional.empty()));
            CashCount counted = count(2, 2, 1, 0, 0, 0); // 1,000 + 2 × 100 in sales + 300 in = 1,500
            Closing closing = till.sessions.close(new ClosingRequest(till.asha, counted, "", Optional.empty()));

            assertThat(closing.difference().isZero()).isTrue();
            assertThat(closing.closedAt()).isEqualTo(Instant.parse("2026-11-26T11:00:00Z"))
                    .isBefore(today.openedAt());
            assertThat(till.sessions.lastClosing()).contains(new LastClosing(rupees(1500), closing.closedAt()));
            assertThat(till.sessions.lastClosed()).map(Session::id).contains(today.id());
            assertThat(till.sales.orders(today.id())).extracting(Order::id)
                    .containsExactly(beforeTheChange.id(), afterTheChange.id());
            assertThat(till.sessions.cashMoves(today.id())).containsExactly(cashIn);
            assertThat(till.database.verifyAudit().intact()).isTrue();

            // The next opening is checked against today's closing, not yesterday's: the same ₹1,500 needs nobody.
            Session tomorrow = till.sessions.open(new OpeningRequest(till.asha, counted.total(), Optional.of(counted),
                    ""));
            assertThat(tomorrow.openingApproval()).isEmpty();
        }
    }

    @Test
    void ordersAndCashMovesStayInTheOrderTheyWereStored() throws Exception {
        TestClock clock = TestClock.at("2026-11-27T10:00:00Z");
        try (TestTill till = TestTill.in(dir).clock(clock).open()) {
            long session = till.open(count(2)).id();
            Order first = till.sell(100, "Samosa", 1);
            CashMove out = till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.OUT, rupees(50),
                    "Bank deposit", Optional.empty()));
            clock.setDate(Instant.parse("2026-11-26T10:00:00Z"));
            Order second = till.sell(100, "Samosa", 1);
            CashMove in = till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.IN, rupees(50),
                    "Change float", Optional.empty()));

            assertThat(till.sales.orders(session)).extracting(Order::id).containsExactly(first.id(), second.id());
            assertThat(till.sessions.cashMoves(session)).extracting(CashMove::id).containsExactly(out.id(), in.id());
        }
    }
}
