package app.tillpoint.plugins.selling;

import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.testing.TestKioskContext;
import app.tillpoint.api.testing.TestTerminal;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static app.tillpoint.api.testing.TestTerminal.rupees;
import static org.assertj.core.api.Assertions.assertThat;

/** What the register says was stored last before a restart: the last order, else the last cash move, else the opening. */
class RecoveredTest {
    private final Session session = TestTerminal.session(12, ASHA, rupees(1_340));
    private final app.tillpoint.api.terminal.TerminalInfo terminal = new TestKioskContext().terminal();

    private static Order order(long id, String at) {
        return new Order(id, 12, Instant.parse(at), ASHA, List.of(new CartLine(SellingShift.CHAI, 6)), rupees(120),
                rupees(200), rupees(80));
    }

    private static CashMove move(long id, String at) {
        return new CashMove(id, 12, Instant.parse(at), ASHA, CashMove.Direction.OUT, rupees(500), "Bank deposit",
                Optional.empty());
    }

    @Test
    void theLastOrderWithItsTotalTenderedAndChange() {
        assertThat(Recovered.lastStored(session, List.of(order(11, "2026-11-26T05:00:00Z"),
                order(12, "2026-11-26T05:11:00Z")), List.of(move(3, "2026-11-26T05:05:00Z")), terminal))
                .isEqualTo("Stored before the restart: order 12 at 10:41 \u00b7 total ₹120.00 \u00b7 tendered "
                        + "₹200.00 \u00b7 change ₹80.00");
    }

    @Test
    void aCashMoveAfterTheLastOrder() {
        assertThat(Recovered.lastStored(session, List.of(order(11, "2026-11-26T05:00:00Z")),
                List.of(move(3, "2026-11-26T05:05:00Z")), terminal))
                .isEqualTo("Stored before the restart: cash out of ₹500.00 at 10:35 (Bank deposit)");
    }

    @Test
    void theOpeningWhenNothingElseWasStored() {
        assertThat(Recovered.lastStored(session, List.of(), List.of(), terminal))
                .isEqualTo("Stored before the restart: session 12 opened at 09:14 with ₹1,340.00");
    }
}
