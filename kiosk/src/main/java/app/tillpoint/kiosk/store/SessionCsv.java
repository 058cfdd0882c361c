package app.tillpoint.kiosk.store;

import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.PriceOverride;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.TaxLine;
import app.tillpoint.api.sale.TaxSummary;
import app.tillpoint.api.sale.Tender;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.MethodTotal;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.session.Settlement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The report of one session for the back office, as CSV: the opening, its count, every order with its lines and its
 * payments by method (since V15; since V16 a line's {@code price_override} and {@code line_discount}, an
 * {@code order_discount}, each with its reason and approver, the amounts negative when they took money off), every cash
 * move, the summary (the discounts, expected cash, and the taxes by rate less what the session's refunds gave back:
 * {@code summary,…,tax CGST 9%,…,<tax>,INR,basis <basis>}, the note ending "less refunds" when refunds gave back
 * taxes), and the closing count, counted amount and difference.
 * Read in one transaction, so its numbers agree with each other.
 *
 * <p>Columns: {@value #HEADER}. Amounts are plain decimals ("1340.00", "-12.50") in the currency column; times are
 * ISO 8601 in the terminal's time zone. A text cell that a spreadsheet would run as a formula (one starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return: a cashier's name, a product, a reason, a
 * note) starts with an apostrophe instead, as OWASP advises against CSV injection; the number columns (session,
 * order, quantity, unit_price, amount) are written by this class and stay numbers.
 */
public final class SessionCsv {

    public static final String HEADER = "record,session,order,at,cashier,item,quantity,unit_price,amount,currency,note";

    /** The columns of numbers, by index in {@link #HEADER}: session, order, quantity, unit_price, amount. */
    private static final Set<Integer> NUMBER_COLUMNS = Set.of(1, 2, 6, 7, 8);

    private final Session session;
    private final SessionSummary summary;
    private final List<Order> orders;
    private final List<Refund> refunds;
    private final List<CashMove> moves;
    private final Optional<Closing> closing;

    private SessionCsv(Session session, SessionSummary summary, List<Order> orders, List<Refund> refunds,
                       List<CashMove> moves, Optional<Closing> closing) {
        this.session = session;
        this.summary = summary;
        this.orders = orders;
        this.refunds = refunds;
        this.moves = moves;
        this.closing = closing;
    }

    /** The report of session {@code sessionId}, read in one transaction; empty if there is no such session. */
    public static Optional<SessionCsv> of(Database database, SqlSessions sessions, SqlSales sales, long sessionId) {
        return database.read(connection -> sessions.session(sessionId).map(session -> new SessionCsv(session,
                sessions.summary(sessionId), sales.orders(sessionId), sales.refunds(sessionId),
                sessions.cashMoves(sessionId),
                sessions.closing(sessionId))));
    }

    public Session session() {
        return session;
    }

    public SessionSummary summary() {
        return summary;
    }

    public List<Order> orders() {
        return orders;
    }

    public List<CashMove> cashMoves() {
        return moves;
    }

    public Optional<Closing> closing() {
        return closing;
    }

    /** The session's taxes by rate: its orders' added, less what its refunds gave back ({@link Refund#taxes()}). */
    public TaxSummary taxes() {
        return TaxSummary.sum(session.openingCash().currency(), orders.stream().map(Order::taxes).toList())
                .less(refundedTaxes());
    }

    /** What the session's refunds gave back of the taxes, by rate. */
    public TaxSummary refundedTaxes() {
        return TaxSummary.sum(session.openingCash().currency(), refunds.stream().map(Refund::taxes).toList());
    }

    /** Everything the session's discounts took off: its orders' line and order discounts added. */
    public Money discounts() {
        Money sum = Money.zero(session.openingCash().currency());
        for (Order order : orders) {
            sum = sum.plus(order.discounts());
        }
        return sum;
    }

    /** A discount's or price's reason, and who approved it. */
    private static String why(String reason, Optional<Approval> approval) {
        return reason + approval.map(a -> " (approved by " + a.approver().name() + ")").orElse("");
    }

    /** The report as CSV lines, the header first, times in {@code zone}. */
    public List<String> csvLines(ZoneId zone) {
        DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        String id = String.valueOf(session.id());
        Money opening = session.openingCash();
        lines.add(row("opening", id, "", time.format(session.openedAt()), session.openedBy().name(), "opening cash",
                "", "", plain(opening), code(opening), session.openingNote()));
        session.openingCount().ifPresent(count -> countRows(lines, "opening_count", id,
                time.format(session.openedAt()), session.openedBy().name(), count));
        for (Order order : orders) {
            String at = time.format(order.soldAt());
            String orderId = String.valueOf(order.id());
            String by = order.soldBy().name();
            lines.add(row("order", id, orderId, at, by, "order " + order.id(), String.valueOf(order.lines().size()),
                    "", plain(order.total()), code(order.total()), ""));
            for (CartLine line : order.lines()) {
                lines.add(row("order_line", id, orderId, at, by, line.product().name(), quantity(line),
                        plain(line.unitPrice()), plain(line.amount()), code(line.amount()),
                        line.product().category()));
                if (line.override().isPresent()) {
                    PriceOverride override = line.override().get();
                    lines.add(row("price_override", id, orderId, at, by, line.product().name(),
                            String.valueOf(line.quantity()), plain(line.product().price()),
                            plain(line.beforeDiscount().minus(line.regularAmount())), code(line.amount()),
                            why(override.reason(), override.approval())));
                }
                line.discount().ifPresent(discount -> lines.add(row("line_discount", id, orderId, at, by,
                        line.product().name(), "", "", plain(line.discountAmount().negate()), code(line.amount()),
                        why(discount.reason(), discount.approval()))));
            }
            order.orderDiscount().ifPresent(discount -> lines.add(row("order_discount", id, orderId, at, by,
                    "order " + order.id(), "", "", plain(order.orderDiscountAmount().negate()),
                    code(order.total()), why(discount.reason(), discount.approval()))));
            // One row per payment, by method (V15): what it paid of the order. Cash keeps its old row: the cash kept,
            // with what was tendered and the change.
            for (Tender tender : order.payments()) {
                Money applied = tender.isCash() ? tender.amount().minus(order.change()) : tender.amount();
                String details = tender.isCash() ? "tendered " + plain(tender.amount()) + ", change "
                        + plain(order.change()) : tender.lastFour().isEmpty() ? "" : "approval "
                        + tender.approvalCode() + ", card *" + tender.lastFour();
                details = tender.reference().isEmpty() ? details : "ref " + tender.reference();
                lines.add(row("payment", id, orderId, at, by, tender.isCash() ? "cash" : tender.method().name(), "",
                        "", plain(applied), code(applied), details));
            }
        }
        for (CashMove move : moves) {
            String note = move.reason() + move.approval().map(a -> " (approved by " + a.approver().name() + ": "
                    + a.reason() + ")").orElse("");
            lines.add(row(move.direction() == CashMove.Direction.IN ? "cash_in" : "cash_out", id, "",
                    time.format(move.at()), move.by().name(),
                    "cash " + move.direction().name().toLowerCase(Locale.ROOT), "", "", plain(move.amount()),
                    code(move.amount()), note));
        }
        lines.add(summaryRow(id, "orders", String.valueOf(summary.orderCount()), summary.orderTotal()));
        lines.add(summaryRow(id, "discounts", "", discounts().negate()));
        String lessRefunds = refundedTaxes().isEmpty() ? "" : " less refunds";
        for (TaxLine tax : taxes().lines()) {
            lines.add(row("summary", id, "", "", "", "tax " + tax.rate().label(), "", "", plain(tax.tax()),
                    code(tax.tax()), "basis " + plain(tax.basis()) + lessRefunds));
        }
        lines.add(summaryRow(id, "cash sales", "", summary.cashSales()));
        for (MethodTotal method : summary.otherMethods()) {
            lines.add(summaryRow(id, method.method() + " sales", "", method.total()));
        }
        lines.add(summaryRow(id, "cash in", "", summary.cashIn()));
        lines.add(summaryRow(id, "cash out", "", summary.cashOut()));
        if (summary.refundCount() > 0) {
            lines.add(summaryRow(id, "cash refunds", String.valueOf(summary.refundCount()),
                    summary.cashRefunds().negate()));
        }
        lines.add(summaryRow(id, "expected cash", "", closing.map(Closing::expected).orElse(summary.expectedCash())));
        closing.ifPresent(c -> {
            String at = time.format(c.closedAt());
            countRows(lines, "closing_count", id, at, c.closedBy().name(), c.count());
            String approval = c.approval().map(a -> "approved by " + a.approver().name() + ": " + a.reason())
                    .orElse("");
            lines.add(row("closing", id, "", at, c.closedBy().name(), "counted", "", "", plain(c.counted()),
                    code(c.counted()), c.note()));
            lines.add(row("closing", id, "", at, c.closedBy().name(), "expected", "", "", plain(c.expected()),
                    code(c.expected()), ""));
            lines.add(row("closing", id, "", at, c.closedBy().name(), "difference", "", "", plain(c.difference()),
                    code(c.difference()), approval));
            for (Settlement settlement : c.settlements()) {
                String name = settlement.method();
                String approved = settlement.approval().map(a -> "approved by " + a.approver().name() + ": "
                        + a.reason()).orElse("");
                lines.add(row("settlement", id, "", at, c.closedBy().name(), name + " expected", "", "",
                        plain(settlement.expected()), code(settlement.expected()), ""));
                lines.add(row("settlement", id, "", at, c.closedBy().name(), name + " settled", "", "",
                        plain(settlement.settled()), code(settlement.settled()), ""));
                lines.add(row("settlement", id, "", at, c.closedBy().name(), name + " difference", "", "",
                        plain(settlement.difference()), code(settlement.difference()), approved));
            }
        });
        return lines;
    }

    /** Writes {@link #csvLines} to {@code out}, one line each ending in CRLF, as RFC 4180 asks. */
    public void writeCsv(Appendable out, ZoneId zone) {
        try {
            for (String line : csvLines(zone)) {
                out.append(line).append("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void countRows(List<String> lines, String record, String id, String at, String by,
                                  CashCount count) {
        for (CashCount.Line line : count.countedLines()) {
            Money value = line.denomination().value();
            lines.add(row(record, id, "", at, by, plain(value) + " " + line.denomination().kind().name()
                    .toLowerCase(Locale.ROOT), String.valueOf(line.quantity()), plain(value), plain(line.amount()),
                    code(value), ""));
        }
        lines.add(row(record, id, "", at, by, "total", "", "", plain(count.total()), code(count.total()), ""));
    }

    /** A line's quantity: pieces, or for a weighed line its kilograms (1.255), its unit price being per kilogram. */
    private static String quantity(CartLine line) {
        return line.isMeasured() && line.measure().isWeight()
                ? BigDecimal.valueOf(line.measure().value(), 3).toPlainString() : String.valueOf(line.quantity());
    }

    private static String summaryRow(String id, String item, String quantity, Money amount) {
        return row("summary", id, "", "", "", item, quantity, "", plain(amount), code(amount), "");
    }

    private static String plain(Money money) {
        return money.toPlainString();
    }

    private static String code(Money money) {
        return money.currency().getCurrencyCode();
    }

    private static String row(String... fields) {
        List<String> escaped = new ArrayList<>(fields.length);
        for (int i = 0; i < fields.length; i++) {
            String field = Objects.requireNonNullElse(fields[i], "");
            escaped.add(escape(NUMBER_COLUMNS.contains(i) ? field : neutralised(field)));
        }
        return String.join(",", escaped);
    }

    /** A text cell as a spreadsheet keeps it as text: with an apostrophe before a leading =, +, -, @, tab or CR. */
    static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Quotes a field holding a comma, quote or line break, doubling its quotes (RFC 4180). */
    static String escape(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
