package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.TaxLine;
import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.sale.TaxSummary;
import app.tillpoint.api.sale.Tender;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingCount;
import app.tillpoint.api.session.MethodTotal;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.session.Settlement;
import app.tillpoint.api.ui.Texts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The session report as text: the session, its orders, its taxes by rate, payments, cash moves, the opening and closing counts and the
 * difference. Pure formatting: no services, no Swing, so it is tested alone and may run on any thread.
 */
final class SessionReport {
    private final String terminalName;
    private final Locale locale;
    private final Texts texts;
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
        this.texts = Texts.of(SessionReport.class, locale);
        this.zone = zone;
    }

    /** "−₹50.00 short", "₹20.00 over", "₹0.00": a closing difference as the cashier reads it. */
    static String difference(Money difference, Locale locale) {
        if (difference.isZero()) {
            return difference.format(locale);
        }
        Money size = difference.abs();
        Texts texts = Texts.of(SessionReport.class, locale);
        return texts.get(difference.isNegative() ? "difference.short" : "difference.over", size.format(locale));
    }

    /**
     * The whole report of one session. Under a blind close, while the session is open, the sums that tell what the
     * drawer should hold (the orders' and cash total, the expected cash) are left out: the cashier learns them only
     * once a count is recorded.
     *
     * @param counts the counts of the drawer at closing so far, first first
     * @param blind  whether the terminal closes blind
     */
    /** The reason of a discount or price, and who approved it, if anyone did. */
    private String why(String reason, Optional<Approval> approval) {
        return approval.map(a -> text("report.approvedBy", reason, a.approver().name())).orElse(reason);
    }

    String format(SessionSummary summary, List<Order> orders, List<CashMove> moves, List<ClosingCount> counts,
                  Optional<Closing> closing, boolean blind) {
        return format(summary, orders, List.of(), moves, counts, closing, blind);
    }

    /** As above, the taxes by rate less what the session's {@code refunds} gave back. */
    String format(SessionSummary summary, List<Order> orders, List<Refund> refunds, List<CashMove> moves,
                  List<ClosingCount> counts, Optional<Closing> closing, boolean blind) {
        out.setLength(0);
        boolean hide = blind && closing.isEmpty();
        Session session = summary.session();
        line(text("report.title", session.id(), terminalName));
        line(text("report.opened", when(session.openedAt()), session.openedBy().name()));
        line(text("report.openingCash", money(session.openingCash())));
        session.openingCount().ifPresent(count -> count.noteLines(locale).forEach(l -> line("  " + l)));
        session.openingApproval().ifPresent(a -> line(text("report.openingApproved", a.approver().name(),
                a.reason())));
        line("");

        line(hide ? text("report.orders", summary.orderCount())
                : text("report.ordersTotal", summary.orderCount(), money(summary.orderTotal())));
        for (Order order : orders) {
            line("  " + text("report.order", order.id(), time(order.soldAt()), order.soldBy().name(),
                    money(order.total()), money(order.tendered()), money(order.change())));
            if (!order.payments().isEmpty() && !(order.payments().size() == 1 && order.payments().get(0).isCash())) {
                line("    " + text("report.paidIn", String.join(", ", order.payments().stream().map(this::tender)
                        .toList())));
            }
            for (CartLine item : order.lines()) {
                if (item.isMeasured()) {
                    line("      " + (item.measure().isWeight() ? text("report.weighed", item.measure().kilograms(locale),
                            item.product().name(), money(item.product().price())) : text("report.priceLabel",
                            item.product().name())) + " = " + money(item.amount()));
                } else {
                    line("      " + item.quantity() + " x " + item.product().name() + " @ "
                            + money(item.unitPrice()) + " = " + money(item.amount())
                            + item.override().map(o -> "  " + text("report.wasPrice", money(item.product().price()),
                                    why(o.reason(), o.approval()))).orElse(""));
                }
                item.discount().ifPresent(d -> line("        " + text("report.lineDiscount",
                        money(item.discountAmount()), why(d.reason(), d.approval()))));
            }
            order.orderDiscount().ifPresent(d -> line("      " + text("report.orderDiscount",
                    money(order.orderDiscountAmount()), why(d.reason(), d.approval()))));
        }
        Money discounts = Money.zero(session.openingCash().currency());
        for (Order order : orders) {
            discounts = discounts.plus(order.discounts());
        }
        if (!hide && !discounts.isZero()) {
            line(text("report.discounts", money(discounts)));
        }
        line("");

        TaxSummary refunded = TaxSummary.sum(session.openingCash().currency(),
                refunds.stream().map(Refund::taxes).toList());
        TaxSummary taxes = TaxSummary.sum(session.openingCash().currency(),
                orders.stream().map(Order::taxes).toList()).less(refunded);
        if (!hide && !taxes.isEmpty()) {
            String net = refunded.isEmpty() ? "" : "Net";
            line(text((taxes.prices() == TaxRule.Prices.EXCLUDED ? "report.taxesAdded" : "report.taxesIncluded") + net,
                    money(taxes.tax())));
            for (TaxLine tax : taxes.lines()) {
                line("  " + text("report.tax", tax.rate().label(), money(tax.basis()), money(tax.tax())));
            }
            line("");
        }

        if (!hide) {
            line(text("report.payments"));
            line("  " + text("report.cash", money(summary.cashSales())));
            for (MethodTotal method : summary.otherMethods()) {
                line("  " + text("report.method", method.method(), money(method.total())));
            }
            line("");
        }

        line(text("report.cashMoves"));
        if (moves.isEmpty()) {
            line("  " + text("report.none"));
        }
        for (CashMove move : moves) {
            String who = move.approval().map(a -> text("report.approvedBy", move.by().name(), a.approver().name()))
                    .orElse(move.by().name());
            String direction = text(move.direction() == CashMove.Direction.IN ? "report.in" : "report.out");
            line("  " + time(move.at()) + "  " + direction + "  " + money(move.amount()) + "  " + move.reason() + " ("
                    + who + ")");
        }
        line("  " + text("report.cashInOut", money(summary.cashIn()), money(summary.cashOut())));
        if (summary.refundCount() > 0) {
            line("  " + text("report.refunds", summary.refundCount(), money(summary.cashRefunds())));
        }
        line("");

        if (hide) {
            line(text("report.expectedBlind"));
        } else {
            line(text("report.expected", money(summary.expectedCash())));
            line("  " + text("report.expectedSum", money(session.openingBase()), money(summary.cashSales()),
                    money(summary.cashIn()), money(summary.cashOut())));
            if (!summary.cashRefunds().isZero()) {
                line("  " + text("report.expectedRefunds", money(summary.cashRefunds())));
            }
        }
        line("");

        if (!counts.isEmpty()) {
            line(text("report.counts"));
            for (ClosingCount count : counts) {
                String line = text("report.count", count.attempt(), time(count.countedAt()), count.countedBy().name(),
                        money(count.counted()), difference(count.difference(), locale));
                line("  " + count.approval().map(a -> text("report.recountApproved", line, a.approver().name()))
                        .orElse(line));
            }
            line("");
        }

        if (closing.isEmpty()) {
            line(text("report.notClosed"));
        } else {
            Closing c = closing.get();
            line(text("report.closed", when(c.closedAt()), c.closedBy().name()));
            c.count().noteLines(locale).forEach(l -> line("  " + l));
            line(text("report.countedExpected", money(c.counted()), money(c.expected())));
            line(text("report.difference", difference(c.difference(), locale)));
            c.approval().ifPresent(a -> line(text("report.closingApproved", a.approver().name(), a.reason())));
            for (Settlement settlement : c.settlements()) {
                line(text("report.settlement", settlement.method(), money(settlement.settled()),
                        money(settlement.expected()), difference(settlement.difference(), locale)));
                settlement.approval().ifPresent(a -> line("  " + text("report.closingApproved", a.approver().name(),
                        a.reason())));
            }
            if (!c.note().isBlank()) {
                line(text("report.note"));
                c.note().lines().forEach(l -> line("  " + l));
            }
        }
        return out.toString();
    }

    /** A text of the bundle; numbers (ids, counts) are put in as they are, never grouped. */
    private String text(String key, Object... arguments) {
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof Number ? String.valueOf(arguments[i]) : arguments[i];
        }
        return texts.get(key, shown);
    }

    /** "Card ₹60.00 (approval A1B2C3, card *4242)", "UPI ₹40.00 (ref 4123…)". */
    private String tender(Tender tender) {
        String shown = tender.method().name() + " " + money(tender.amount());
        if (!tender.lastFour().isEmpty()) {
            return shown + " " + text("report.card", tender.approvalCode(), tender.lastFour());
        }
        return tender.reference().isEmpty() ? shown : shown + " " + text("report.reference", tender.reference());
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
