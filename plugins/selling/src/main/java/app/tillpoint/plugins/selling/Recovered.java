package app.tillpoint.plugins.selling;

import app.tillpoint.api.sale.Order;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.terminal.TerminalInfo;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the register says about the last thing stored in a session before the kiosk restarted: the last order (number,
 * time, total, tendered, change), else the last cash move, else the opening. A crash between the commit and the screen
 * leaves such a thing stored but never confirmed to the cashier. Pure formatting; any thread.
 */
final class Recovered {
    static final String PREFIX = "Stored before the restart: ";

    private Recovered() {
    }

    /** The line to show for {@code session}, given its orders and cash moves. */
    static String lastStored(Session session, List<Order> orders, List<CashMove> moves, TerminalInfo terminal) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", terminal.locale()).withZone(terminal.zone());
        Optional<Order> order = orders.stream().max(Comparator.comparing(Order::soldAt).thenComparing(Order::id));
        Optional<CashMove> move = moves.stream().max(Comparator.comparing(CashMove::at).thenComparing(CashMove::id));
        Instant orderAt = order.map(Order::soldAt).orElse(Instant.MIN);
        Instant moveAt = move.map(CashMove::at).orElse(Instant.MIN);
        if (order.isPresent() && !orderAt.isBefore(moveAt)) {
            Order o = order.get();
            return PREFIX + "order " + o.id() + " at " + time.format(o.soldAt()) + " \u00b7 total "
                    + terminal.format(o.total()) + " \u00b7 tendered " + terminal.format(o.tendered())
                    + " \u00b7 change " + terminal.format(o.change());
        }
        if (move.isPresent()) {
            CashMove m = move.get();
            return PREFIX + (m.direction() == CashMove.Direction.IN ? "cash in" : "cash out") + " of "
                    + terminal.format(m.amount()) + " at " + time.format(m.at()) + " (" + m.reason() + ")";
        }
        return PREFIX + "session " + session.id() + " opened at " + time.format(session.openedAt()) + " with "
                + terminal.format(session.openingCash());
    }
}
