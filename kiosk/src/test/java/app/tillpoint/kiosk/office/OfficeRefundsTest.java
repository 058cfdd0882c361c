package app.tillpoint.kiosk.office;

import app.tillpoint.api.SessionEvent;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.RefundRequest;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.kiosk.store.TestTill;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The terminal's refunds in the office (V6): sent with the other facts, once, and in the day's net sales. */
@Tag("office")
class OfficeRefundsTest {
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-11-26");

    @TempDir
    Path dir;

    private static Refund refund(TestTill till, Order order, RefundLine... lines) throws Exception {
        return till.sales.refund(new RefundRequest(till.asha, order.id(), List.of(lines), Refund.CASH,
                Optional.empty()));
    }

    @Test
    void eachRefundReachesTheOfficeOnceEvenSentTwiceAndTheReportsNetItsDay() throws Exception {
        OfficeAdmin office = OfficeCluster.shared().newOffice();
        office.migrate();
        OfficeCredentials credentials = office.register("RFD", "Chennai", "Asia/Kolkata", "T01");
        Order first;
        Order second;
        Order third;
        Refund sameDay;
        Refund dayAfter;
        int events;
        try (OfficeTerminal terminal = new OfficeTerminal(dir.resolve("t01"), office.url(), credentials)) {
            TestTill till = terminal.till;
            till.open(count(2));
            first = till.sell(200, "Masala chai", 2, "Samosa", 1);
            second = till.sell(100, "Masala chai", 1);
            sameDay = refund(till, first, new RefundLine(2, 1));
            till.sessions.close(new ClosingRequest(till.asha, count(2), "", Optional.empty()));
            till.clock.advance(Duration.ofDays(1));
            till.open(count(2));
            third = till.sell(100, "Masala chai", 3);
            // The first day's order, refunded the day after: the refund counts on the day it was given.
            dayAfter = refund(till, first, new RefundLine(1, 2));
            till.sessions.close(new ClosingRequest(till.asha, count(2), "", Optional.empty()));
            events = terminal.all().size();

            terminal.catchUp();
            // Everything sent again (the office's mark lost): nothing is doubled.
            terminal.forgetMark();
            terminal.catchUp();
        }

        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.events WHERE terminal_id = ?",
                "T01")).isEqualTo(events);
        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.events WHERE terminal_id = ?"
                + " AND kind = 'REFUND'", "T01")).isEqualTo(2);
        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.refunds WHERE terminal_id = ?",
                "T01")).isEqualTo(2);
        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.refund_lines"
                + " WHERE terminal_id = ?", "T01")).isEqualTo(2);
        assertThat(OfficeTerminal.officeCount(office, "SELECT sum(amount) FROM office.refunds WHERE terminal_id = ?",
                "T01")).isEqualTo(sameDay.amount().plus(dayAfter.amount()).minorUnits());
        // Each line at the price sold, from the office's own order line.
        assertThat(OfficeTerminal.officeCount(office, "SELECT amount FROM office.refund_lines WHERE terminal_id = ?"
                + " AND line_no = 1", "T01")).isEqualTo(first.lines().get(0).unitPrice().times(2).minorUnits());
        assertThat(OfficeTerminal.officeCount(office, "SELECT order_id FROM office.refunds WHERE terminal_id = ?"
                + " AND refund_id = " + dayAfter.id(), "T01")).isEqualTo(first.id());

        try (Connection connection = office.connect()) {
            DayReport day = DayReport.read(connection, "RFD", FIRST_DAY).orElseThrow();
            assertThat(day.refunds()).singleElement().satisfies(r -> {
                assertThat(r.refund()).isEqualTo(sameDay.id());
                assertThat(r.order()).isEqualTo(first.id());
                assertThat(r.method()).isEqualTo(Refund.CASH);
                assertThat(r.amount()).isEqualTo(sameDay.amount());
            });
            assertThat(day.netSales()).singleElement().satisfies(net -> {
                assertThat(net.sales()).isEqualTo(first.total().plus(second.total()));
                assertThat(net.refunds()).isEqualTo(sameDay.amount());
                assertThat(net.net()).isEqualTo(first.total().plus(second.total()).minus(sameDay.amount()));
            });
            assertThat(day.csvLines()).contains("day,,,,,net sales,"
                    + first.total().plus(second.total()).minus(sameDay.amount()).toPlainString() + ",INR,");
            Money sales = first.total().plus(second.total());
            assertThat(day.table()).contains("Refunds", "Sales, refunds, net sales", String.format("%12s %12s %12s INR",
                    sales.toPlainString(), sameDay.amount().toPlainString(), sales.minus(sameDay.amount())
                            .toPlainString()));

            DayReport next = DayReport.read(connection, "RFD", FIRST_DAY.plusDays(1)).orElseThrow();
            assertThat(next.refunds()).extracting(DayReport.RefundLine::order).containsExactly(first.id());
            assertThat(next.netSales()).singleElement().satisfies(net -> {
                assertThat(net.sales()).isEqualTo(third.total());
                assertThat(net.net()).isEqualTo(third.total().minus(dayAfter.amount()));
            });

            ChainReport chain = ChainReport.read(connection, FIRST_DAY).orElseThrow();
            assertThat(chain.terminals()).singleElement().satisfies(t -> {
                assertThat(t.refunds()).isEqualTo(sameDay.amount());
                assertThat(t.netSales()).isEqualTo(first.total().plus(second.total()).minus(sameDay.amount()));
            });
        }
    }

    @Test
    void aRefundOfALineTheOfficeLacksOrOfAnotherTerminalIsRefusedAndNothingOfItIsKept() throws Exception {
        OfficeAdmin office = OfficeCluster.shared().newOffice();
        office.migrate();
        OfficeCredentials credentials = office.register("RFX", "Chennai", "Asia/Kolkata", "T01");
        office.register("RFX", "Chennai", "Asia/Kolkata", "T02");
        try (OfficeTerminal terminal = new OfficeTerminal(dir.resolve("t01"), office.url(), credentials)) {
            TestTill till = terminal.till;
            till.open(count(2));
            Order order = till.sell(100, "Masala chai", 2);
            Refund refund = refund(till, order, new RefundLine(1, 1));
            terminal.catchUp();
            List<SessionEvent> sent = terminal.all();
            SessionEvent last = sent.get(sent.size() - 1);

            // A REFUNDED event naming line 9 of an order of two lines (a terminal's bug, or a forged batch).
            Refund forged = new Refund(refund.id() + 1, order.id(), refund.sessionId(), refund.refundedAt(),
                    till.asha, List.of(new RefundLine(9, 1)), refund.amount(), Refund.CASH, Optional.empty());
            SessionEvent event = new SessionEvent("f".repeat(32), last.sequence() + 1, SessionEvent.Kind.REFUNDED,
                    refund.refundedAt(), last.session(), Optional.empty(), Optional.empty(), Optional.of(forged));
            OfficeBatch batch = new OfficeBatch(credentials.store(), credentials.terminal(), id -> Optional.empty());
            try (Connection connection = terminal.link.open()) {
                assertThatThrownBy(() -> batch.write(connection, List.of(event))).isInstanceOf(SQLException.class)
                        .hasMessageContaining("violates not-null constraint");
                connection.rollback();

                // Another terminal's refund, from this terminal's login: the row-level policy refuses it.
                try (Statement statement = connection.createStatement()) {
                    assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO office.refunds (store_id,"
                            + " terminal_id, refund_id, order_id, session_id, refunded_at, cashier_id, cashier,"
                            + " method, currency, amount) VALUES ('RFX', 'T02', 1, " + order.id() + ", "
                            + refund.sessionId() + ", now(), 1, 'Asha', 'CASH', 'INR', 100)"))
                            .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
                    connection.rollback();
                    assertThatThrownBy(() -> statement.executeUpdate("UPDATE office.refunds SET amount = 1"))
                            .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                    connection.rollback();
                    assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM office.refund_lines"))
                            .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                    connection.rollback();
                }
            }
        }
        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.refunds WHERE store_id = ?",
                "RFX")).isEqualTo(1);
        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.refund_lines WHERE store_id = ?",
                "RFX")).isEqualTo(1);
        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.events WHERE store_id = ?"
                + " AND event_id = 'ffffffffffffffffffffffffffffffff'", "RFX")).isZero();
    }
}
