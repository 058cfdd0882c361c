package app.tillpoint.plugins.selling;

import app.tillpoint.api.sale.Order;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.terminal.TerminalInfo;
import app.tillpoint.api.ui.Texts;

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
    private Recovered() {
    }

    /** The line to show for {@code session}, given its orders and cash moves. */
    static String lastStored(Session session, List<Order> orders, List<CashMove> moves, TerminalInfo terminal) {
        Texts texts = Texts.of(Recovered.class, terminal.locale());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", terminal.locale()).withZone(terminal.zone());
        Optional<Order> order = orders.stream().max(Comparator.comparing(Order::soldAt).thenComparing(Order::id));
        Optional<CashMove> move = moves.stream().max(Comparator.comparing(CashMove::at).thenComparing(CashMove::id));
        Instant orderAt = order.map(Order::soldAt).orElse(Instant.MIN);
        Instant moveAt = move.map(CashMove::at).orElse(Instant.MIN);
        if (order.isPresent() && !orderAt.isBefore(moveAt)) {
            Order o = order.get();
            return texts.get("recovered.order", String.valueOf(o.id()), time.format(o.soldAt()),
                    terminal.format(o.total()), terminal.format(o.tendered()), terminal.format(o.change()));
        }
        if (move.isPresent()) {
            CashMove m = move.get();
            return texts.get(m.direction() == CashMove.Direction.IN ? "recovered.cashIn" : "recovered.cashOut",
                    terminal.format(m.amount()), time.format(m.at()), m.reason());
        }
        return texts.get("recovered.opening", String.valueOf(session.id()), time.format(session.openedAt()),
                terminal.format(session.openingCash()));
    }
}
