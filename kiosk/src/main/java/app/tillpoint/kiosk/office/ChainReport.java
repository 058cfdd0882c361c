package app.tillpoint.kiosk.office;

import app.tillpoint.api.money.Money;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The chain's day as the office database has it: per store and terminal, the sessions opened that day (each store's
 * own day, in its time zone) with their opening cash, sales and of them cash, cash in and out, cash refunds, the cash
 * expected, and, of those closed, expected, counted and difference, the refunds given in them (office V6) and the net
 * sales; each store's takings per payment method; each store's settlements at closing of the methods other than cash
 * (office V8); then the differences by the cashier who closed, across the chain. Read by
 * {@code tillpoint office report --chain}, as a table or as CSV.
 *
 * <p>A cashier is known by name: until the office manages cashiers, each terminal numbers its own, so the same name
 * in two stores is added up as one.
 *
 * @param day       the day, in each store's zone
 * @param terminals the terminals that opened a session that day, by store then terminal
 * @param methods   what those sessions' orders were paid in, by store and method (cash first)
 * @param cashiers  the closed sessions' differences, by cashier
 * @param settlements the closed sessions' settlements, by store and method (in the tills' order)
 */
public record ChainReport(LocalDate day, List<TerminalLine> terminals, List<MethodLine> methods,
                          List<CashierLine> cashiers, List<SettlementLine> settlements) {

    /**
     * The CSV's columns. Amounts are plain decimals in the currency column; the refunds and net sales (office V6), then
     * the cash refunds and a method's settled total (office V8) come after the currency.
     */
    public static final String HEADER = "record,store,terminal,cashier,method,sessions,open,orders,opening,sales,"
            + "cash_sales,cash_in,cash_out,cash_expected,expected,counted,difference,currency,refunds,net_sales,"
            + "cash_refunds,settled";

    /**
     * One terminal's day. {@code expected}, {@code counted} and {@code difference} add up its closed sessions only.
     *
     * @param store      the store's id
     * @param terminal   the terminal's id
     * @param sessions   sessions opened that day
     * @param open       of those, still open
     * @param orders     their sales
     * @param opening    their opening cash, as counted
     * @param sales      their sales, in every method
     * @param cashSales  of those, paid in cash (handed over less the change)
     * @param cashIn     cash put in
     * @param cashOut    cash taken out
     * @param cashRefunds what the refunds given in those sessions handed back in cash
     * @param expected   expected at closing
     * @param counted    counted at closing
     * @param difference counted − expected: negative is cash missing
     * @param refunds    what the refunds given in those sessions gave back, whichever day their orders were sold
     */
    public record TerminalLine(String store, String terminal, int sessions, int open, int orders, Money opening,
                               Money sales, Money cashSales, Money cashIn, Money cashOut, Money cashRefunds,
                               Money expected, Money counted, Money difference, Money refunds) {
        /**
         * The cash that should be in the drawers: the opening as counted, cash sales and cash in, less cash out and
         * cash refunds; once they are all closed, the tills' own {@code expected}.
         */
        public Money cashExpected() {
            return opening.plus(cashSales).plus(cashIn).minus(cashOut).minus(cashRefunds);
        }

        /** Sales − refunds. */
        public Money netSales() {
            return sales.minus(refunds);
        }
    }

    /**
     * A payment method's takings in one store that day.
     *
     * @param store    the store's id
     * @param method   the method's name as the terminals call it
     * @param payments how many orders it paid part of
     * @param amount   what it paid of them (cash: handed over less the change)
     */
    public record MethodLine(String store, String method, int payments, Money amount) {
    }

    /**
     * A payment method other than cash as one store's sessions were closed that day.
     *
     * @param store      the store's id
     * @param method     the method's name as the terminals call it
     * @param sessions   how many closed sessions settled it
     * @param expected   what they took in it less what they gave back by it; may be below zero
     * @param settled    what the cashiers read from the settlements
     * @param difference settled − expected: negative when money is missing
     */
    public record SettlementLine(String store, String method, int sessions, Money expected, Money settled,
                                 Money difference) {
    }

    /**
     * The differences of the sessions a cashier closed that day, across the chain.
     *
     * @param cashier    the name
     * @param stores     the stores where they closed, by id
     * @param sessions   how many sessions they closed
     * @param difference the sum of those sessions' differences
     */
    public record CashierLine(String cashier, List<String> stores, int sessions, Money difference) {
    }

    /** Sessions opened on {@code day} of each store's own zone. */
    private static final String DAY = " s.opened_at >= (?::date)::timestamp AT TIME ZONE st.zone"
            + " AND s.opened_at < (?::date + 1)::timestamp AT TIME ZONE st.zone";

    /** Reads the chain's {@code day}; empty when the office has no store yet. */
    public static Optional<ChainReport> read(Connection connection, LocalDate day) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM office.stores");
             ResultSet row = select.executeQuery()) {
            if (!row.next() || row.getLong(1) == 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new ChainReport(day, terminals(connection, day), methods(connection, day),
                cashiers(connection, day), settlements(connection, day)));
    }

    private static PreparedStatement prepare(Connection connection, String sql, LocalDate day) throws SQLException {
        PreparedStatement select = connection.prepareStatement(sql);
        select.setObject(1, day);
        select.setObject(2, day);
        return select;
    }

    private static List<TerminalLine> terminals(Connection connection, LocalDate day) throws SQLException {
        String sql = "SELECT s.store_id, s.terminal_id, s.currency, count(*) AS sessions,"
                + " count(*) FILTER (WHERE s.state = 'OPEN') AS still_open, sum(s.opening_cash) AS opening,"
                + " coalesce(sum(o.orders), 0) AS orders, coalesce(sum(o.sales), 0) AS sales,"
                + " coalesce(sum(c.cash_sales), 0) AS cash_sales,"
                + " coalesce(sum(m.cash_in), 0) AS cash_in, coalesce(sum(m.cash_out), 0) AS cash_out,"
                + " coalesce(sum(s.expected), 0) AS expected, coalesce(sum(s.counted), 0) AS counted,"
                + " coalesce(sum(s.difference), 0) AS difference, coalesce(sum(r.refunds), 0) AS refunds,"
                + " coalesce(sum(r.cash_refunds), 0) AS cash_refunds"
                + " FROM office.sessions s JOIN office.stores st USING (store_id)"
                + " LEFT JOIN LATERAL (SELECT count(*) AS orders, sum(o.total) AS sales FROM office.orders o"
                + "  WHERE o.store_id = s.store_id AND o.terminal_id = s.terminal_id AND o.session_id = s.session_id) o"
                + "  ON true"
                + " LEFT JOIN LATERAL (SELECT sum(p.amount) AS cash_sales FROM office.payments p JOIN office.orders o"
                + "  USING (store_id, terminal_id, order_id) WHERE o.store_id = s.store_id"
                + "  AND o.terminal_id = s.terminal_id AND o.session_id = s.session_id AND p.kind = 'CASH') c ON true"
                + " LEFT JOIN LATERAL (SELECT sum(m.amount) FILTER (WHERE m.direction = 'IN') AS cash_in,"
                + "  sum(m.amount) FILTER (WHERE m.direction = 'OUT') AS cash_out FROM office.cash_moves m"
                + "  WHERE m.store_id = s.store_id AND m.terminal_id = s.terminal_id AND m.session_id = s.session_id) m"
                + "  ON true"
                + " LEFT JOIN LATERAL (SELECT sum(r.amount) AS refunds,"
                + "  sum(r.amount) FILTER (WHERE r.method = 'CASH') AS cash_refunds FROM office.refunds r"
                + "  WHERE r.store_id = s.store_id AND r.terminal_id = s.terminal_id AND r.session_id = s.session_id) r"
                + "  ON true"
                + " WHERE" + DAY
                + " GROUP BY s.store_id, s.terminal_id, s.currency ORDER BY s.store_id, s.terminal_id, s.currency";
        List<TerminalLine> lines = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, day); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                Currency currency = Currency.getInstance(row.getString("currency"));
                lines.add(new TerminalLine(row.getString("store_id"), row.getString("terminal_id"),
                        row.getInt("sessions"), row.getInt("still_open"), row.getInt("orders"),
                        money(row, "opening", currency), money(row, "sales", currency),
                        money(row, "cash_sales", currency), money(row, "cash_in", currency),
                        money(row, "cash_out", currency), money(row, "cash_refunds", currency),
                        money(row, "expected", currency), money(row, "counted", currency),
                        money(row, "difference", currency), money(row, "refunds", currency)));
            }
        }
        return lines;
    }

    private static List<MethodLine> methods(Connection connection, LocalDate day) throws SQLException {
        String sql = "SELECT s.store_id, p.method, o.currency, count(*) AS payments, sum(p.amount) AS amount"
                + " FROM office.payments p JOIN office.orders o USING (store_id, terminal_id, order_id)"
                + " JOIN office.sessions s ON s.store_id = o.store_id AND s.terminal_id = o.terminal_id"
                + " AND s.session_id = o.session_id JOIN office.stores st ON st.store_id = s.store_id"
                + " WHERE" + DAY + " GROUP BY s.store_id, p.method, o.currency"
                + " ORDER BY s.store_id, o.currency, bool_and(p.kind <> 'CASH'), p.method";
        List<MethodLine> lines = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, day); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                lines.add(new MethodLine(row.getString("store_id"), row.getString("method"), row.getInt("payments"),
                        money(row, "amount", Currency.getInstance(row.getString("currency")))));
            }
        }
        return lines;
    }

    private static List<CashierLine> cashiers(Connection connection, LocalDate day) throws SQLException {
        String sql = "SELECT s.closed_by, s.currency, string_agg(DISTINCT s.store_id, ' ') AS stores,"
                + " count(*) AS sessions, sum(s.difference) AS difference"
                + " FROM office.sessions s JOIN office.stores st USING (store_id)"
                + " WHERE s.state = 'CLOSED' AND" + DAY
                + " GROUP BY s.closed_by, s.currency ORDER BY s.closed_by, s.currency";
        List<CashierLine> lines = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, day); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                lines.add(new CashierLine(row.getString("closed_by"), List.of(row.getString("stores").split(" ")),
                        row.getInt("sessions"),
                        money(row, "difference", Currency.getInstance(row.getString("currency")))));
            }
        }
        return lines;
    }

    private static List<SettlementLine> settlements(Connection connection, LocalDate day) throws SQLException {
        String sql = "SELECT t.store_id, t.method, t.currency, count(*) AS sessions, sum(t.expected) AS expected,"
                + " sum(t.settled) AS settled, sum(t.difference) AS difference"
                + " FROM office.settlements t JOIN office.sessions s ON s.store_id = t.store_id"
                + " AND s.terminal_id = t.terminal_id AND s.session_id = t.session_id"
                + " JOIN office.stores st ON st.store_id = s.store_id WHERE" + DAY
                + " GROUP BY t.store_id, t.method, t.currency"
                + " ORDER BY t.store_id, t.currency, min(t.position), t.method";
        List<SettlementLine> lines = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, day); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                Currency currency = Currency.getInstance(row.getString("currency"));
                lines.add(new SettlementLine(row.getString("store_id"), row.getString("method"),
                        row.getInt("sessions"), money(row, "expected", currency), money(row, "settled", currency),
                        money(row, "difference", currency)));
            }
        }
        return lines;
    }

    private static Money money(ResultSet row, String column, Currency currency) throws SQLException {
        return Money.of(row.getLong(column), currency);
    }

    /** The report as CSV lines (RFC 4180 quoting; a cell a spreadsheet would run kept as text), the header first. */
    public List<String> csvLines() {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        for (TerminalLine t : terminals) {
            lines.add(csv("terminal", t.store(), t.terminal(), "", "", Integer.toString(t.sessions()),
                    Integer.toString(t.open()), Integer.toString(t.orders()), t.opening().toPlainString(),
                    t.sales().toPlainString(), t.cashSales().toPlainString(), t.cashIn().toPlainString(),
                    t.cashOut().toPlainString(), t.cashExpected().toPlainString(), t.expected().toPlainString(),
                    t.counted().toPlainString(), t.difference().toPlainString(),
                    t.opening().currency().getCurrencyCode(), t.refunds().toPlainString(),
                    t.netSales().toPlainString(), t.cashRefunds().toPlainString(), ""));
        }
        for (MethodLine m : methods) {
            lines.add(csv("method", m.store(), "", "", text(m.method()), "", "", Integer.toString(m.payments()), "",
                    m.amount().toPlainString(), "", "", "", "", "", "", "", m.amount().currency().getCurrencyCode(), "",
                    "", "", ""));
        }
        for (CashierLine c : cashiers) {
            lines.add(csv("cashier_difference", String.join(" ", c.stores()), "", text(c.cashier()), "",
                    Integer.toString(c.sessions()), "", "", "", "", "", "", "", "", "", "",
                    c.difference().toPlainString(), c.difference().currency().getCurrencyCode(), "", "", "", ""));
        }
        for (SettlementLine t : settlements) {
            lines.add(csv("settlement", t.store(), "", "", text(t.method()), Integer.toString(t.sessions()), "", "",
                    "", "", "", "", "", "", t.expected().toPlainString(), "", t.difference().toPlainString(),
                    t.expected().currency().getCurrencyCode(), "", "", "", t.settled().toPlainString()));
        }
        return lines;
    }

    /** The report as a table for a terminal window: the terminals, each store's total, the cashiers. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append("Chain, ").append(day).append(" (each store's own day, in its time zone)\n\n");
        String format = "%-10s %-10s %8s %4s %6s %12s %12s %12s %10s %10s %12s %13s %12s %12s %12s %10s %12s %s%n";
        out.append(String.format(format, "Store", "Terminal", "Sessions", "Open", "Orders", "Opening", "Sales",
                "Cash sales", "Cash in", "Cash out", "Cash refunds", "Cash expected", "Expected", "Counted",
                "Difference", "Refunds", "Net sales", "")
                .stripTrailing()).append('\n');
        if (terminals.isEmpty()) {
            out.append("(no session opened this day)\n");
        }
        Map<String, List<TerminalLine>> byStore = new LinkedHashMap<>();
        for (TerminalLine t : terminals) {
            byStore.computeIfAbsent(t.store() + " " + t.opening().currency().getCurrencyCode(),
                    key -> new ArrayList<>()).add(t);
        }
        for (List<TerminalLine> store : byStore.values()) {
            for (TerminalLine t : store) {
                out.append(line(format, t.store(), t.terminal(), t));
            }
            if (store.size() > 1) {
                out.append(line(format, store.get(0).store(), "(total)", total(store)));
            }
        }
        out.append("\nPayment methods, by store\n");
        if (methods.isEmpty()) {
            out.append("(no payment)\n");
        }
        for (MethodLine m : methods) {
            out.append(String.format("%-10s %-24s %5d payments %12s %s%n", m.store(), m.method(), m.payments(),
                    m.amount().toPlainString(), m.amount().currency().getCurrencyCode()));
        }
        out.append("\nSettlements at closing (methods other than cash), by store\n");
        if (settlements.isEmpty()) {
            out.append("(none)\n");
        }
        for (SettlementLine t : settlements) {
            out.append(String.format("%-10s %-24s %5d sessions  expected %12s  settled %12s  difference %12s %s%n",
                    t.store(), t.method(), t.sessions(), t.expected().toPlainString(), t.settled().toPlainString(),
                    t.difference().toPlainString(), t.expected().currency().getCurrencyCode()));
        }
        out.append("\nDifferences by cashier (who closed), across the chain\n");
        if (cashiers.isEmpty()) {
            out.append("(no session closed)\n");
        }
        for (CashierLine c : cashiers) {
            out.append(String.format("%-14s %3d sessions %12s %s  (%s)%n", c.cashier(), c.sessions(),
                    c.difference().toPlainString(), c.difference().currency().getCurrencyCode(),
                    String.join(", ", c.stores())));
        }
        return out.toString();
    }

    private static String line(String format, String store, String terminal, TerminalLine t) {
        return String.format(format, store, terminal, t.sessions(), t.open(), t.orders(), t.opening().toPlainString(),
                t.sales().toPlainString(), t.cashSales().toPlainString(), t.cashIn().toPlainString(),
                t.cashOut().toPlainString(), t.cashRefunds().toPlainString(), t.cashExpected().toPlainString(),
                t.expected().toPlainString(),
                t.counted().toPlainString(), t.difference().toPlainString(), t.refunds().toPlainString(),
                t.netSales().toPlainString(), t.opening().currency().getCurrencyCode());
    }

    /** The store's terminals added up (one currency). */
    private static TerminalLine total(List<TerminalLine> lines) {
        TerminalLine sum = lines.get(0);
        for (TerminalLine t : lines.subList(1, lines.size())) {
            sum = new TerminalLine(sum.store(), "", sum.sessions() + t.sessions(), sum.open() + t.open(),
                    sum.orders() + t.orders(), sum.opening().plus(t.opening()), sum.sales().plus(t.sales()),
                    sum.cashSales().plus(t.cashSales()), sum.cashIn().plus(t.cashIn()), sum.cashOut().plus(t.cashOut()),
                    sum.cashRefunds().plus(t.cashRefunds()), sum.expected().plus(t.expected()),
                    sum.counted().plus(t.counted()),
                    sum.difference().plus(t.difference()), sum.refunds().plus(t.refunds()));
        }
        return sum;
    }

    /** A text cell as a spreadsheet keeps it as text: with an apostrophe before a leading =, +, -, @, tab or CR. */
    private static String text(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String csv(String... fields) {
        return Arrays.stream(fields).map(ChainReport::quote).collect(Collectors.joining(","));
    }

    private static String quote(String field) {
        boolean quote = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
        return quote ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }
}
