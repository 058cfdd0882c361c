package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingCount;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionSummary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The session report as text: the session, its orders, payments, cash moves, the opening and closing counts and the
 * difference. Pure formatting: no services, no Swing, so it is tested alone and may run on any thread.
 */
final class SessionReport {
    private final String terminalName;
    private final Locale locale;
    private final ZoneId zone;
    private final StringBuilder out = new StringBuilder();

    /**
     * @param terminalName shown in the first line
     * @param locale       how amounts and dates are shown
     * @param zone         the terminal's time zone
     */
    SessionReport(String terminalName, Locale locale, ZoneId zone) {
        this.terminalName = terminalName;
        this.locale = locale;
        this.zone = zone;
    }

    /** "−₹50.00 short", "₹20.00 over", "₹0.00": a closing difference as the cashier reads it. */
    static String difference(Money difference, Locale locale) {
        if (difference.isZero()) {
            return difference.format(locale);
        }
        Money size = difference.abs();
        return difference.isNegative() ? "\u2212" + size.format(locale) + " short" : size.format(locale) + " over";
    }

    /**
     * The whole report of one session. Under a blind close, while the session is open, the sums that tell what the
     * drawer should hold (the orders' and cash total, the expected cash) are left out: the cashier learns them only
     * once a count is recorded.
     *
     * @param counts the counts of the drawer at closing so far, first first
     * @param blind  whether the terminal closes blind
     */
    String format(SessionSummary summary, List<Order> orders, List<CashMove> moves, List<ClosingCount> counts,
                  Optional<Closing> closing, boolean blind) {
        out.setLength(0);
        boolean hide = blind && closing.isEmpty();
        Session session = summary.session();
        line("Session " + session.id() + " \u2014 " + terminalName);
        line("Opened " + when(session.openedAt()) + " by " + session.openedBy().name());
        line("Opening cash " + money(session.openingCash()));
        session.openingCount().ifPresent(count -> count.noteLines(locale).forEach(l -> line("  " + l)));
        session.openingApproval().ifPresent(a -> line("Opening approved by " + a.approver().name() + ": "
                + a.reason()));
        line("");

        line("Orders: " + summary.orderCount() + (hide ? "" : ", total " + money(summary.orderTotal())));
        for (Order order : orders) {
            line("  #" + order.id() + "  " + time(order.soldAt()) + "  " + order.soldBy().name() + "  "
                    + money(order.total()) + " (tendered " + money(order.tendered()) + ", change "
                    + money(order.change()) + ")");
            for (CartLine item : order.lines()) {
                line("      " + item.quantity() + " x " + item.product().name() + " @ "
                        + money(item.product().price()) + " = " + money(item.amount()));
            }
        }
        line("");

        if (!hide) {
            line("Payments");
            line("  Cash " + money(summary.cashSales()));
            line("");
        }

        line("Cash moves");
        if (moves.isEmpty()) {
            line("  None");
        }
        for (CashMove move : moves) {
            String approved = move.approval().map(a -> ", approved by " + a.approver().name()).orElse("");
            line("  " + time(move.at()) + "  " + (move.direction() == CashMove.Direction.IN ? "in " : "out") + "  "
                    + money(move.amount()) + "  " + move.reason() + " (" + move.by().name() + approved + ")");
        }
        line("  Cash in " + money(summary.cashIn()) + ", cash out " + money(summary.cashOut()));
        line("");

        if (hide) {
            line("Expected cash: shown once the drawer is counted (blind close)");
        } else {
            line("Expected cash " + money(summary.expectedCash()));
            line("  = opening " + money(session.openingBase()) + " + cash sales " + money(summary.cashSales())
                    + " + cash in " + money(summary.cashIn()) + " \u2212 cash out " + money(summary.cashOut()));
        }
        line("");

        if (!counts.isEmpty()) {
            line("Counts of the drawer at closing");
            for (ClosingCount count : counts) {
                line("  " + count.attempt() + ". " + time(count.countedAt()) + "  " + count.countedBy().name() + "  "
                        + money(count.counted()) + ", difference " + difference(count.difference(), locale)
                        + count.approval().map(a -> " (recount approved by " + a.approver().name() + ")").orElse(""));
            }
            line("");
        }

        if (closing.isEmpty()) {
            line("Not closed yet");
        } else {
            Closing c = closing.get();
            line("Closed " + when(c.closedAt()) + " by " + c.closedBy().name());
            c.count().noteLines(locale).forEach(l -> line("  " + l));
            line("Counted " + money(c.counted()) + ", expected " + money(c.expected()));
            line("Difference " + difference(c.difference(), locale));
            c.approval().ifPresent(a -> line("Approved by " + a.approver().name() + ": " + a.reason()));
            if (!c.note().isBlank()) {
                line("Note:");
                c.note().lines().forEach(l -> line("  " + l));
            }
        }
        return out.toString();
    }

    private String money(Money amount) {
        return amount.format(locale);
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).format(at.atZone(zone));
    }

    private String time(Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm", locale).format(at.atZone(zone));
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
