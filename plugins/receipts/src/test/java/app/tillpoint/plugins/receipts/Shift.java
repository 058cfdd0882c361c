package app.tillpoint.plugins.receipts;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionState;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.terminal.StoreDetails;
import app.tillpoint.api.testing.TestTerminal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static app.tillpoint.api.testing.TestTerminal.OPENED;
import static app.tillpoint.api.testing.TestTerminal.RAVI;
import static app.tillpoint.api.testing.TestTerminal.bill;
import static app.tillpoint.api.testing.TestTerminal.rupees;

/** The shift the slips are printed of: session 12, ₹1,340.00 opening, a sale, a cash out, a closing short ₹200. */
final class Shift {
    static final StoreDetails STORE = new StoreDetails("Tillpoint Stores", List.of("12 Usman Road, T. Nagar",
            "Chennai 600017"), "GSTIN 33AAACT1234F1Z5");

    private Shift() {
    }

    static CashCount openingCount() {
        return TestTerminal.emptyInrWithTwoThousand().with(bill(500), 2).with(bill(100), 3).with(bill(10), 4);
    }

    static Session session() {
        return new Session(12, SessionState.OPEN, OPENED, ASHA, rupees(1_340), Optional.of(openingCount()),
                "", Optional.empty(), Optional.empty());
    }

    static Order order() {
        Product chai = new Product(1, "Masala Chai", "Drinks", rupees(20));
        Product thali = new Product(4, "Veg Thali with two chapatis and sweet", "Meals", rupees(180));
        return new Order(101, 12, Instant.parse("2026-11-26T04:05:00Z"), ASHA,
                List.of(new CartLine(chai, 2), new CartLine(thali, 1)), rupees(220), rupees(500), rupees(280));
    }

    static CashMove cashOut() {
        return new CashMove(2, 12, Instant.parse("2026-11-26T06:10:00Z"), ASHA, CashMove.Direction.OUT, rupees(200),
                "Supplier paid: milk", Optional.of(new Approval(RAVI, "Supplier paid: milk", ApprovalAction.CASH_OUT,
                Optional.of(rupees(200)), "token-2")));
    }

    /** Two chai and the thali of order 101 given back in cash, over the limit: approved by Ravi. */
    static Refund refund() {
        return new Refund(7, 101, 12, Instant.parse("2026-11-26T07:20:00Z"), ASHA,
                List.of(new RefundLine(1, 2), new RefundLine(2, 1)), rupees(220), Refund.CASH,
                Optional.of(new Approval(RAVI, "Wrong order", ApprovalAction.REFUND, Optional.of(rupees(220)),
                        "token-3")));
    }

    /** Opening ₹1,340 + sales ₹220 − out ₹200 = ₹1,360 expected. */
    static SessionSummary summary() {
        return new SessionSummary(session(), 1, rupees(220), rupees(220), rupees(0), rupees(200), rupees(1_360));
    }

    static Closing closing() {
        CashCount count = TestTerminal.emptyInrWithTwoThousand().with(bill(500), 2).with(bill(100), 1)
                .with(bill(10), 6);
        return new Closing(12, Instant.parse("2026-11-26T12:32:00Z"), ASHA, count, rupees(1_160), rupees(1_360),
                rupees(-200), Optional.of(new Approval(RAVI, "Counting error", ApprovalAction.CLOSING_DIFFERENCE,
                Optional.of(rupees(-200)), "t")), "");
    }
}
