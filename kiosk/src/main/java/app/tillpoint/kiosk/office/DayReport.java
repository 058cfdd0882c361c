package app.tillpoint.kiosk.office;

import app.tillpoint.api.money.Money;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A store's day as the office database has it: every session opened that day (in the store's time zone) per terminal,
 * with its opening and closing counts, its sales and of them its cash, the refunds it gave in cash, the cash expected
 * in its drawer, expected and counted cash at closing; each terminal's takings per payment method; the differences by
 * the cashier who closed; the cash moves; the refunds given in those sessions (office V6); the day's sales, refunds
 * and net sales; and each closed session's settlements of the methods other than cash (office V8). Read by
 * {@code tillpoint office report}, as a table or as CSV.
 *
 * @param store    the store's id
 * @param day      the day, in the store's zone
 * @param zone     the store's zone
 * @param sessions the sessions, by terminal then session
 * @param methods  what those sessions' orders were paid in, by terminal and method (cash first)
 * @param cashiers the closed sessions' differences, by cashier
 * @param moves    the cash moves of those sessions, in order
 * @param refunds  the refunds given in those sessions, in order (their orders may be of an earlier day)
 * @param settlements the settlements at closing of those sessions, by terminal, session and the till's order
 */
public record DayReport(String store, LocalDate day, ZoneId zone, List<SessionLine> sessions,
                        List<MethodLine> methods, List<CashierLine> cashiers, List<MoveLine> moves,
                        List<RefundLine> refunds, List<SettlementLine> settlements) {

    /** The CSV's columns. Amounts are plain decimals in the currency column; times ISO 8601 in the store's zone. */
    public static final String HEADER = "record,terminal,session,at,cashier,item,amount,currency,note";

    /**
     * One session; the closing's parts are empty while it is open. {@code sales} are its orders' totals in every
     * method, {@code cashSales} what of them was paid in cash (handed over less the change), {@code cashRefunds} what
     * the refunds given in it handed back in cash, out of its drawer (whichever session sold their orders).
     */
    public record SessionLine(String terminal, long session, Instant openedAt, String openedBy, Money openingCash,
                              int orders, Money sales, Money cashSales, Money cashIn, Money cashOut, Money cashRefunds,
                              Optional<Instant> closedAt, Optional<String> closedBy, Optional<Money> expected,
                              Optional<Money> counted, Optional<Money> difference) {
        /**
         * The cash that should be in the drawer: the opening as counted, cash sales and cash in, less cash out and
         * cash refunds; at closing, the till's own {@code expected}.
         */
        public Money cashExpected() {
            return openingCash.plus(cashSales).plus(cashIn).minus(cashOut).minus(cashRefunds);
        }
    }

    /**
     * How a closed session's payment method other than cash was settled, as the till closed it.
     *
     * @param terminal   the terminal's id
     * @param session    the session
     * @param method     the method's name as the terminal calls it
     * @param expected   what the session took in it less what it gave back by it; may be below zero
     * @param settled    what the cashier read from the settlement
     * @param difference settled − expected: negative when money is missing
     * @param approvedBy the head cashier who approved the difference, when it was over the terminal's limit
     */
    public record SettlementLine(String terminal, long session, String method, Money expected, Money settled,
                                 Money difference, Optional<String> approvedBy) {
    }

    /** A payment method's takings on one terminal that day: how many orders it paid part of, and how much. */
    public record MethodLine(String terminal, String method, int payments, Money amount) {
    }

    /** The differences of the sessions a cashier closed. */
    public record CashierLine(String cashier, int sessions, Money difference) {
    }

    /** One cash move. */
    public record MoveLine(String terminal, long session, Instant at, String cashier, String direction, Money amount,
                           String reason, Optional<String> approvedBy) {
    }

    /** One refund: what went back for lines of {@code order}, by {@code method}. */
    public record RefundLine(String terminal, long session, Instant at, String cashier, long refund, long order,
                             String method, Money amount, Optional<String> approvedBy) {
    }

    /**
     * The day's sales less its refunds, in one currency: the refunds are those given that day, whichever day their
     * orders were sold.
     *
     * @param sales   the orders' totals
     * @param refunds what the refunds gave back
     */
    public record NetSales(Money sales, Money refunds) {
        /** Sales − refunds. */
        public Money net() {
            return sales.minus(refunds);
        }
    }

    /** The day's net sales, one per currency, in the order the sessions name them. */
    public List<NetSales> netSales() {
        Map<Currency, NetSales> net = new LinkedHashMap<>();
        for (SessionLine s : sessions) {
            net.merge(s.sales().currency(), new NetSales(s.sales(), Money.zero(s.sales().currency())),
                    (a, b) -> new NetSales(a.sales().plus(b.sales()), a.refunds()));
        }
        for (RefundLine r : refunds) {
            net.merge(r.amount().currency(), new NetSales(Money.zero(r.amount().currency()), r.amount()),
                    (a, b) -> new NetSales(a.sales(), a.refunds().plus(b.refunds())));
        }
        return List.copyOf(net.values());
    }

    /** Reads the day of {@code store}; empty when the office has no such store. */
    public static Optional<DayReport> read(Connection connection, String store, LocalDate day) throws SQLException {
        ZoneId zone;
        try (PreparedStatement select = connection.prepareStatement("SELECT zone FROM office.stores WHERE store_id = ?")) {
            select.setString(1, store);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                zone = ZoneId.of(row.getString(1));
            }
        }
        OffsetDateTime from = day.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = day.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        return Optional.of(new DayReport(store, day, zone, sessions(connection, store, from, to),
                methods(connection, store, from, to), cashiers(connection, store, from, to),
                moves(connection, store, from, to), refunds(connection, store, from, to),
                settlements(connection, store, from, to)));
    }

    private static final String DAY = " s.store_id = ? AND s.opened_at >= ? AND s.opened_at < ?";

    private static PreparedStatement prepare(Connection connection, String sql, String store, OffsetDateTime from,
                                             OffsetDateTime to) throws SQLException {
        PreparedStatement select = connection.prepareStatement(sql);
        select.setString(1, store);
        select.setObject(2, from);
        select.setObject(3, to);
        return select;
    }

    private static List<SessionLine> sessions(Connection connection, String store, OffsetDateTime from,
                                              OffsetDateTime to) throws SQLException {
        String sql = "SELECT s.*, (SELECT count(*) FROM office.orders o WHERE o.store_id = s.store_id"
                + " AND o.terminal_id = s.terminal_id AND o.session_id = s.session_id) AS orders,"
                + " (SELECT coalesce(sum(total), 0) FROM office.orders o WHERE o.store_id = s.store_id"
                + " AND o.terminal_id = s.terminal_id AND o.session_id = s.session_id) AS sales,"
                + " (SELECT coalesce(sum(p.amount), 0) FROM office.payments p JOIN office.orders o"
                + " USING (store_id, terminal_id, order_id) WHERE o.store_id = s.store_id"
                + " AND o.terminal_id = s.terminal_id AND o.session_id = s.session_id AND p.kind = 'CASH')"
                + " AS cash_sales,"
                + " (SELECT coalesce(sum(amount), 0) FROM office.cash_moves m WHERE m.store_id = s.store_id"
                + " AND m.terminal_id = s.terminal_id AND m.session_id = s.session_id AND direction = 'IN') AS cash_in,"
                + " (SELECT coalesce(sum(amount), 0) FROM office.cash_moves m WHERE m.store_id = s.store_id"
                + " AND m.terminal_id = s.terminal_id AND m.session_id = s.session_id AND direction = 'OUT')"
                + " AS cash_out,"
                + " (SELECT coalesce(sum(amount), 0) FROM office.refunds r WHERE r.store_id = s.store_id"
                + " AND r.terminal_id = s.terminal_id AND r.session_id = s.session_id AND r.method = 'CASH')"
                + " AS cash_refunds FROM office.sessions s WHERE" + DAY + " ORDER BY s.terminal_id, s.session_id";
        List<SessionLine> lines = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, store, from, to);
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                Currency currency = Currency.getInstance(row.getString("currency"));
                lines.add(new SessionLine(row.getString("terminal_id"), row.getLong("session_id"),
                        instant(row, "opened_at").orElseThrow(), row.getString("opened_by"),
                        Money.of(row.getLong("opening_cash"), currency), row.getInt("orders"),
                        Money.of(row.getLong("sales"), currency), Money.of(row.getLong("cash_sales"), currency),
                        Money.of(row.getLong("cash_in"), currency),
                        Money.of(row.getLong("cash_out"), currency), Money.of(row.getLong("cash_refunds"), currency),
                        instant(row, "closed_at"),
                        Optional.ofNullable(row.getString("closed_by")), money(row, "expected", currency),
                        money(row, "counted", currency), money(row, "difference", currency)));
            }
        }
        return lines;
    }

    private static List<MethodLine> methods(Connection connection, String store, OffsetDateTime from,
                                            OffsetDateTime to) throws SQLException {
        String sql = "SELECT s.terminal_id, p.method, o.currency, count(*) AS payments, sum(p.amount) AS amount"
                + " FROM office.payments p JOIN office.orders o USING (store_id, terminal_id, order_id)"
                + " JOIN office.sessions s ON s.store_id = o.store_id AND s.terminal_id = o.terminal_id"
                + " AND s.session_id = o.session_id WHERE" + DAY
                + " GROUP BY s.terminal_id, p.method, o.currency"
                + " ORDER BY s.terminal_id, o.currency, bool_and(p.kind <> 'CASH'), p.method";
        List<MethodLine> lines = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, store, from, to);
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                lines.add(new MethodLine(row.getString("terminal_id"), row.getString("method"), row.getInt("payments"),
                        Money.of(row.getLong("amount"), Currency.getInstance(row.getString("currency")))));
            }
        }
        return lines;
    }

    private static List<CashierLine> cashiers(Connection connection, String store, OffsetDateTime from,
                                              OffsetDateTime to) throws SQLException {
        String sql = "SELECT s.closed_by, s.currency, count(*) AS sessions, sum(s.difference) AS difference"
                + " FROM office.sessions s WHERE" + DAY + " AND s.state = 'CLOSED'"
                + " GROUP BY s.closed_by, s.currency ORDER BY s.closed_by, s.currency";
        List<CashierLine> lines = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, store, from, to);
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                lines.add(new CashierLine(row.getString("closed_by"), row.getInt("sessions"),
                        Money.of(row.getLong("difference"), Currency.getInstance(row.getString("currency")))));
            }
        }
        return lines;
    }

    private static List<MoveLine> moves(Connection connection, String store, OffsetDateTime from, OffsetDateTime to)
            throws SQLException {
        String sql = "SELECT m.* FROM office.cash_moves m JOIN office.sessions s ON s.store_id = m.store_id"
                + " AND s.terminal_id = m.terminal_id AND s.session_id = m.session_id WHERE" + DAY
                + " ORDER BY m.terminal_id, m.move_id";
        List<MoveLine> lines = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, store, from, to);
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                lines.add(new MoveLine(row.getString("terminal_id"), row.getLong("session_id"),
                        instant(row, "moved_at").orElseThrow(), row.getString("cashier"), row.getString("direction"),
                        Money.of(row.getLong("amount"), Currency.getInstance(row.getString("currency"))),
                        row.getString("reason"), Optional.ofNullable(row.getString("approved_by"))));
            }
        }
        return lines;
    }

    private static List<RefundLine> refunds(Connection connection, String store, OffsetDateTime from,
                                            OffsetDateTime to) throws SQLException {
        String sql = "SELECT r.* FROM office.refunds r JOIN office.sessions s ON s.store_id = r.store_id"
                + " AND s.terminal_id = r.terminal_id AND s.session_id = r.session_id WHERE" + DAY
                + " ORDER BY r.terminal_id, r.refund_id";
        List<RefundLine> lines = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, store, from, to);
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                lines.add(new RefundLine(row.getString("terminal_id"), row.getLong("session_id"),
                        instant(row, "refunded_at").orElseThrow(), row.getString("cashier"), row.getLong("refund_id"),
                        row.getLong("order_id"), row.getString("method"),
                        Money.of(row.getLong("amount"), Currency.getInstance(row.getString("currency"))),
                        Optional.ofNullable(row.getString("approved_by"))));
            }
        }
        return lines;
    }

    private static List<SettlementLine> settlements(Connection connection, String store, OffsetDateTime from,
                                                    OffsetDateTime to) throws SQLException {
        String sql = "SELECT t.* FROM office.settlements t JOIN office.sessions s ON s.store_id = t.store_id"
                + " AND s.terminal_id = t.terminal_id AND s.session_id = t.session_id WHERE" + DAY
                + " ORDER BY t.terminal_id, t.session_id, t.position";
        List<SettlementLine> lines = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, store, from, to);
             ResultSet row = select.executeQuery()) {
            while (row.next()) {
                Currency currency = Currency.getInstance(row.getString("currency"));
                lines.add(new SettlementLine(row.getString("terminal_id"), row.getLong("session_id"),
                        row.getString("method"), Money.of(row.getLong("expected"), currency),
                        Money.of(row.getLong("settled"), currency), Money.of(row.getLong("difference"), currency),
                        Optional.ofNullable(row.getString("approved_by"))));
            }
        }
        return lines;
    }

    private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static Optional<Money> money(ResultSet row, String column, Currency currency) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Money.of(value, currency));
    }

    /** The report as CSV lines (RFC 4180 quoting), the header first. */
    public List<String> csvLines() {
        DateTimeFormatter time = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone);
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (SessionLine s : sessions) {
            String id = Long.toString(s.session());
            String opened = time.format(s.openedAt());
            lines.add(row("opening", s.terminal(), id, opened, s.openedBy(), "opening cash", s.openingCash(), ""));
            lines.add(row("sales", s.terminal(), id, opened, s.openedBy(), "sales", s.sales(),
                    s.orders() + " orders"));
            lines.add(row("cash_sales", s.terminal(), id, opened, s.openedBy(), "cash sales", s.cashSales(), ""));
            lines.add(row("cash_in", s.terminal(), id, opened, s.openedBy(), "cash in", s.cashIn(), ""));
            lines.add(row("cash_out", s.terminal(), id, opened, s.openedBy(), "cash out", s.cashOut(), ""));
            lines.add(row("cash_refunds", s.terminal(), id, opened, s.openedBy(), "cash refunds", s.cashRefunds(),
                    ""));
            lines.add(row("cash_expected", s.terminal(), id, opened, s.openedBy(), "cash expected",
                    s.cashExpected(), ""));
            if (s.closedAt().isPresent()) {
                String closed = time.format(s.closedAt().get());
                String by = s.closedBy().orElse("");
                lines.add(row("closing", s.terminal(), id, closed, by, "expected", s.expected().orElseThrow(), ""));
                lines.add(row("closing", s.terminal(), id, closed, by, "counted", s.counted().orElseThrow(), ""));
                lines.add(row("closing", s.terminal(), id, closed, by, "difference", s.difference().orElseThrow(), ""));
            } else {
                lines.add(csv("open", s.terminal(), id, "", "", "still open", "", "", ""));
            }
        }
        for (MethodLine m : methods) {
            lines.add(row("method", m.terminal(), "", "", "", m.method(), m.amount(), m.payments() + " payments"));
        }
        for (CashierLine c : cashiers) {
            lines.add(row("cashier_difference", "", "", "", c.cashier(), c.sessions() + " sessions closed",
                    c.difference(), ""));
        }
        for (MoveLine m : moves) {
            lines.add(row("cash_move", m.terminal(), Long.toString(m.session()), time.format(m.at()), m.cashier(),
                    "cash " + m.direction().toLowerCase(Locale.ROOT), m.amount(),
                    m.reason() + m.approvedBy().map(a -> " (approved by " + a + ")").orElse("")));
        }
        for (RefundLine r : refunds) {
            lines.add(row("refund", r.terminal(), Long.toString(r.session()), time.format(r.at()), r.cashier(),
                    "refund " + r.refund() + " of order " + r.order(), r.amount(),
                    r.method() + r.approvedBy().map(a -> " (approved by " + a + ")").orElse("")));
        }
        for (NetSales n : netSales()) {
            lines.add(row("day", "", "", "", "", "sales", n.sales(), ""));
            lines.add(row("day", "", "", "", "", "refunds", n.refunds(), ""));
            lines.add(row("day", "", "", "", "", "net sales", n.net(), ""));
        }
        for (SettlementLine t : settlements) {
            String id = Long.toString(t.session());
            String approved = t.approvedBy().map(a -> "approved by " + a).orElse("");
            lines.add(row("settlement_expected", t.terminal(), id, "", "", t.method(), t.expected(), ""));
            lines.add(row("settlement_settled", t.terminal(), id, "", "", t.method(), t.settled(), ""));
            lines.add(row("settlement_difference", t.terminal(), id, "", "", t.method(), t.difference(), approved));
        }
        return lines;
    }

    /** The report as a table for a terminal window. */
    public String table() {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(zone);
        StringBuilder out = new StringBuilder();
        out.append("Store ").append(store).append(", ").append(day).append(" (").append(zone).append(")\n\n");
        String format = "%-10s %7s  %-5s %-14s %12s %6s %12s %12s %10s %10s %12s %13s  %-5s %-14s %12s %12s %12s%n";
        out.append(String.format(format, "Terminal", "Session", "Open", "Opened by", "Opening", "Orders", "Sales",
                "Cash sales", "Cash in", "Cash out", "Cash refunds", "Cash expected", "Close", "Closed by", "Expected",
                "Counted", "Difference"));
        if (sessions.isEmpty()) {
            out.append("(no session opened this day)\n");
        }
        for (SessionLine s : sessions) {
            out.append(String.format(format, s.terminal(), s.session(), time.format(s.openedAt()), s.openedBy(),
                    s.openingCash().toPlainString(), s.orders(), s.sales().toPlainString(),
                    s.cashSales().toPlainString(), s.cashIn().toPlainString(), s.cashOut().toPlainString(),
                    s.cashRefunds().toPlainString(), s.cashExpected().toPlainString(),
                    s.closedAt().map(time::format).orElse("open"), s.closedBy().orElse(""),
                    s.expected().map(Money::toPlainString).orElse(""), s.counted().map(Money::toPlainString).orElse(""),
                    s.difference().map(Money::toPlainString).orElse("")));
        }
        out.append("\nSettlements at closing (methods other than cash)\n");
        String settlementFormat = "%-10s %7s  %-24s %12s %12s %12s %s%s%n";
        if (settlements.isEmpty()) {
            out.append("(none)\n");
        } else {
            out.append(String.format(settlementFormat, "Terminal", "Session", "Method", "Expected", "Settled",
                    "Difference", "", "").stripTrailing()).append('\n');
        }
        for (SettlementLine t : settlements) {
            out.append(String.format(settlementFormat, t.terminal(), Long.toString(t.session()), t.method(),
                    t.expected().toPlainString(), t.settled().toPlainString(), t.difference().toPlainString(),
                    t.difference().currency().getCurrencyCode(),
                    t.approvedBy().map(a -> "  (approved by " + a + ")").orElse("")));
        }
        out.append("\nPayment methods\n");
        if (methods.isEmpty()) {
            out.append("(no payment)\n");
        }
        for (MethodLine m : methods) {
            out.append(String.format("%-10s %-24s %5d payments %12s %s%n", m.terminal(), m.method(), m.payments(),
                    m.amount().toPlainString(), m.amount().currency().getCurrencyCode()));
        }
        out.append("\nDifferences by cashier (who closed)\n");
        if (cashiers.isEmpty()) {
            out.append("(no session closed)\n");
        }
        for (CashierLine c : cashiers) {
            out.append(String.format("%-14s %3d sessions %12s %s%n", c.cashier(), c.sessions(),
                    c.difference().toPlainString(), c.difference().currency().getCurrencyCode()));
        }
        out.append("\nCash moves\n");
        if (moves.isEmpty()) {
            out.append("(none)\n");
        }
        for (MoveLine m : moves) {
            out.append(String.format("%-10s %7d  %-5s %-14s %-3s %12s  %s%n", m.terminal(), m.session(),
                    time.format(m.at()), m.cashier(), m.direction(), m.amount().toPlainString(),
                    m.reason() + m.approvedBy().map(a -> " (approved by " + a + ")").orElse("")));
        }
        out.append("\nRefunds\n");
        String refundFormat = "%-10s %7s  %-5s %-14s %6s %6s %-8s %12s%s%n";
        if (refunds.isEmpty()) {
            out.append("(none)\n");
        } else {
            out.append(String.format(refundFormat, "Terminal", "Session", "At", "Cashier", "Refund", "Order", "Method",
                    "Amount", ""));
        }
        for (RefundLine r : refunds) {
            out.append(String.format(refundFormat, r.terminal(), Long.toString(r.session()),
                    time.format(r.at()), r.cashier(), Long.toString(r.refund()), Long.toString(r.order()), r.method(),
                    r.amount().toPlainString(),
                    r.approvedBy().map(a -> "  (approved by " + a + ")").orElse("")));
        }
        out.append(String.format("%nSales, refunds, net sales%n%12s %12s %12s%n", "Sales", "Refunds", "Net sales"));
        for (NetSales n : netSales()) {
            out.append(String.format("%12s %12s %12s %s%n", n.sales().toPlainString(), n.refunds().toPlainString(),
                    n.net().toPlainString(), n.sales().currency().getCurrencyCode()));
        }
        return out.toString();
    }

    private static String row(String record, String terminal, String session, String at, String cashier,
                              String item, Money amount, String note) {
        return csv(record, terminal, session, at, cashier, item, amount.toPlainString(),
                amount.currency().getCurrencyCode(), note);
    }

    private static String csv(String... fields) {
        return Arrays.stream(fields).map(DayReport::quote).collect(Collectors.joining(","));
    }

    private static String quote(String field) {
        boolean quote = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
        return quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
