package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionState;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.terminal.TerminalPolicy;
import app.tillpoint.api.testing.TestKioskContext;
import app.tillpoint.api.testing.TestTerminal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static app.tillpoint.api.testing.TestTerminal.OPENED;
import static app.tillpoint.api.testing.TestTerminal.RAVI;
import static app.tillpoint.api.testing.TestTerminal.bill;
import static app.tillpoint.api.testing.TestTerminal.rupees;

/**
 * The shift the closing tests close: session 12 (₹1,340.00 opening, two orders, a cash in and a cash out) on the
 * shared test kiosk, which refuses a difference over ₹100.00 without an approval as the host does.
 */
final class ClosingShift {
    static final List<String> CLOSING_REASONS = List.of("Counting error", "Change given wrongly", "Theft suspected");

    private ClosingShift() {
    }

    /** The shared test kiosk with Asha at the till of this shift. */
    static TestKioskContext kiosk() {
        TestKioskContext kiosk = new TestKioskContext()
                .withAtTill(ASHA)
                .withCurrent(session())
                .withPolicy(new TerminalPolicy(rupees(100), false, rupees(5_000), List.of(), CLOSING_REASONS));
        kiosk.summary = summary();
        kiosk.orders = orders();
        kiosk.cashMoves = moves();
        return kiosk;
    }

    /** INR's 12 denominations, with the ₹2,000 bill, empty. */
    static CashCount emptyInr() {
        return TestTerminal.emptyInrWithTwoThousand();
    }

    static Session session() {
        return new Session(12, SessionState.OPEN, OPENED, ASHA, rupees(1_340), Optional.of(seedCount()),
                "2 x ₹500.00\n3 x ₹100.00\n4 x ₹10.00\nTotal ₹1,340.00", Optional.empty(), Optional.empty());
    }

    /** 2 x ₹500, 3 x ₹100, 4 x ₹10: ₹1,340.00. */
    static CashCount seedCount() {
        return emptyInr().with(bill(500), 2).with(bill(100), 3).with(bill(10), 4);
    }

    /** Opening ₹1,340 + sales ₹560 + in ₹500 − out ₹200 = ₹2,200 expected. */
    static SessionSummary summary() {
        return new SessionSummary(session(), 2, rupees(560), rupees(560), rupees(500), rupees(200), rupees(2_200));
    }

    /** ₹2,200 counted: 4 x ₹500, 2 x ₹100. */
    static CashCount exactCount() {
        return emptyInr().with(bill(500), 4).with(bill(100), 2);
    }

    static List<Order> orders() {
        Product chai = new Product(1, "Masala Chai", "Drinks", rupees(20));
        Product thali = new Product(4, "Veg Thali", "Meals", rupees(180));
        return List.of(
                new Order(101, 12, Instant.parse("2026-11-26T04:05:00Z"), ASHA,
                        List.of(new CartLine(chai, 2), new CartLine(thali, 1)), rupees(220), rupees(500), rupees(280)),
                new Order(102, 12, Instant.parse("2026-11-26T05:30:00Z"), ASHA,
                        List.of(new CartLine(chai, 17)), rupees(340), rupees(340), rupees(0)));
    }

    static List<CashMove> moves() {
        return List.of(
                new CashMove(1, 12, Instant.parse("2026-11-26T04:00:00Z"), ASHA, CashMove.Direction.IN, rupees(500),
                        "Change float", Optional.empty()),
                new CashMove(2, 12, Instant.parse("2026-11-26T06:10:00Z"), ASHA, CashMove.Direction.OUT, rupees(200),
                        "Supplier paid: milk", Optional.of(new Approval(RAVI, "Supplier paid: milk", ApprovalAction.CASH_OUT,
                        Optional.of(rupees(200)), "token-2"))));
    }
}
