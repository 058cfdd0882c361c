package app.tillpoint.kiosk.office;

import app.tillpoint.api.SessionEvent;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.kiosk.store.MachineFingerprint;
import app.tillpoint.kiosk.store.OfficeMarks;
import app.tillpoint.kiosk.store.SqlEvents;
import app.tillpoint.kiosk.store.TestTill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;

/** A terminal for the office's tests: a real SQLite till in its own folder (its own machine key) and its sender. */
final class OfficeTerminal implements AutoCloseable {
    static final OfficeSender.Settings QUICK = new OfficeSender.Settings(50, Duration.ofMillis(50),
            Duration.ofMillis(50), Duration.ofMillis(400));

    final TestTill till;
    final SqlEvents events;
    final OfficeMarks marks;
    final OfficeLink link;
    final OfficeSender sender;

    OfficeTerminal(Path dir, String url, OfficeCredentials credentials, OfficeSender.Hooks hooks) throws Exception {
        this(dir, url, credentials, hooks, UnaryOperator.identity());
    }

    /** A terminal whose till is built with {@code setup} applied (a tax rule, discount limits). */
    OfficeTerminal(Path dir, String url, OfficeCredentials credentials, OfficeSender.Hooks hooks,
                   UnaryOperator<TestTill.Builder> setup) throws Exception {
        Files.createDirectories(dir);
        till = setup.apply(TestTill.in(dir).allowedDifference(1_000_000).allowedOpeningDifference(100_000_000)).open();
        events = new SqlEvents(till.database, TestTill.TERMINAL);
        link = new OfficeLink(url, credentials, MachineFingerprint.of(till.database.file()));
        marks = new OfficeMarks(till.database);
        sender = new OfficeSender(events, marks, till.sessions::closing, link, QUICK, Clock.systemUTC(), hooks);
    }

    OfficeTerminal(Path dir, String url, OfficeCredentials credentials) throws Exception {
        this(dir, url, credentials, new OfficeSender.Hooks() { });
    }

    /** A day of the till: opened, {@code sales} sales, a cash in, closed with a difference; then the next day. */
    void day(int sales) throws Exception {
        till.open(count(2));
        for (int i = 0; i < sales; i++) {
            till.sell(100, "Masala chai", 1 + i % 3);
        }
        till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.IN, rupees(200), "Change float",
                Optional.empty()));
        till.sessions.close(new ClosingRequest(till.asha, count(2, 1, 1), "", Optional.empty()));
        till.clock.advance(Duration.ofDays(1));
    }

    List<SessionEvent> all() {
        return events.after(0, Integer.MAX_VALUE);
    }

    /** The till's own total of its sales, in paise. */
    long salesTotal() {
        return all().stream().flatMap(event -> event.order().stream()).map(order -> order.total())
                .mapToLong(Money::minorUnits).sum();
    }

    /** Sends until nothing waits. */
    void catchUp() throws Exception {
        while (sender.sendOnce() > 0) {
            // the next batch
        }
    }

    /** Forgets the office's mark, as a till whose mark was lost would: everything is sent again. */
    void forgetMark() {
        till.database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE event_deliveries SET delivered = 0 WHERE consumer = ?")) {
                update.setString(1, OfficeSender.CONSUMER);
                return update.executeUpdate();
            }
        });
    }

    @Override
    public void close() {
        sender.close();
        till.close();
    }

    /** Counts rows of an office query with one string parameter, as the office's owner. */
    static long officeCount(OfficeAdmin admin, String sql, String parameter) throws Exception {
        try (Connection connection = admin.connect(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (var row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
