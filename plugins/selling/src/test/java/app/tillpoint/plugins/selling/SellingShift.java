package app.tillpoint.plugins.selling;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.terminal.TerminalPolicy;
import app.tillpoint.api.testing.TestKioskContext;
import app.tillpoint.api.testing.TestTerminal;

import java.time.Duration;
import java.util.List;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static app.tillpoint.api.testing.TestTerminal.paise;
import static app.tillpoint.api.testing.TestTerminal.rupees;

/**
 * The shift the register's tests sell in: session 12 open (₹1,340.00, then ₹20,000.00 of cash sales), Asha at the till,
 * a small catalog and the cash move reasons, on the shared test kiosk (which refuses a cash out over ₹5,000, or over
 * ₹10,000 a session, without an approval, as the host does).
 */
final class SellingShift {
    static final Product CHAI = new Product(1, "Masala Chai", "Drinks", paise(2_000));
    static final Product COFFEE = new Product(2, "Filter Coffee", "Drinks", paise(3_550));
    static final Product SAMOSA = new Product(3, "Samosa", "Snacks", paise(1_500));
    static final List<String> MOVE_REASONS = List.of("Change float", "Supplier paid", "Bank deposit");

    private SellingShift() {
    }

    static TestKioskContext kiosk() {
        Session session = TestTerminal.session(12, ASHA, rupees(1_340));
        TestKioskContext kiosk = new TestKioskContext()
                .withAtTill(ASHA)
                .withCurrent(session)
                .withPolicy(new TerminalPolicy(rupees(100), false, rupees(5_000), MOVE_REASONS,
                        List.of("Counting error"), rupees(10_000), rupees(0), false, false, Duration.ZERO));
        kiosk.products = List.of(CHAI, COFFEE, SAMOSA);
        kiosk.summary = SessionSummary.of(session, 40, rupees(20_000), rupees(20_000), rupees(0), rupees(0));
        return kiosk;
    }
}
