package app.tillpoint.kiosk.office;

import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Sale;
import app.tillpoint.api.sale.Tender;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.SettlementCount;
import app.tillpoint.kiosk.store.TestTill;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.CARD;
import static app.tillpoint.kiosk.store.TestTill.INR;
import static app.tillpoint.kiosk.store.TestTill.UPI;
import static app.tillpoint.kiosk.store.TestTill.VOUCHER;
import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each payment reaches the office with its method as the till stored it (a split of card and cash, UPI, a voucher),
 * once even when sent twice; the day's and the chain's reports add them up per method and give each session's cash
 * expected from cash alone; the cash rows sent before version 5 are kept as the till's "Cash". Against a real
 * PostgreSQL.
 */
@Tag("office")
class OfficePaymentMethodsTest {
    private static final ZoneId CHENNAI = ZoneId.of("Asia/Kolkata");

    @TempDir
    Path dir;

    /** A payment as the office keeps it. */
    record OfficePayment(long order, int position, String method, String kind, long amount, Long tendered,
                         Long change, String approvalCode, String lastFour, String reference, String vpa) {
    }

    /** Five chai (₹100.00) paid with {@code tenders}. */
    private static Order sell(TestTill till, Tender... tenders) throws Exception {
        Cart cart = Cart.empty(INR, till.taxRule).add(till.product("Masala chai"))
                .withQuantity(till.product("Masala chai").id(), 5);
        assertThat(cart.total()).isEqualTo(rupees(100));
        return till.sales.sell(new Sale(till.asha, cart, List.of(tenders)));
    }

    /** A session of {@code till}: a split of card and cash, UPI, UPI and a voucher, cash; closed as expected. */
    private static List<Order> session(TestTill till) throws Exception {
        till.open(count(2));
        List<Order> sold = new ArrayList<>();
        // ₹60.00 on the card, ₹50.00 in cash: ₹10.00 back from the cash, which kept ₹40.00.
        sold.add(sell(till, Tender.card(CARD, rupees(60), "A1B2C3", "4242"), Tender.cash(rupees(50))));
        sold.add(sell(till, Tender.of(UPI, rupees(100), "412345678901")));
        sold.add(sell(till, Tender.of(UPI, rupees(70), ""), Tender.of(VOUCHER, rupees(30), "GV-2026-17")));
        sold.add(sell(till, Tender.cash(rupees(200))));
        long session = sold.get(0).sessionId();
        // ₹1,000 opening + ₹140 cash: counted ₹1,140 (2 × 500, 100, 20, 20); each other method settled as expected.
        List<SettlementCount> settled = List.of(new SettlementCount("Card", rupees(60), Optional.empty()),
                new SettlementCount("UPI", rupees(170), Optional.empty()),
                new SettlementCount("Voucher", rupees(30), Optional.empty()));
        till.sessions.close(new ClosingRequest(till.asha, count(2, 0, 1, 0, 2), "", Optional.empty(), settled));
        assertThat(till.sessions.closing(session).orElseThrow().difference().isZero()).isTrue();
        return sold;
    }

    private static List<OfficePayment> payments(OfficeAdmin office, String store) throws Exception {
        List<OfficePayment> payments = new ArrayList<>();
        try (Connection connection = office.connect(); PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM office.payments WHERE store_id = ? ORDER BY terminal_id, order_id, position")) {
            select.setString(1, store);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    payments.add(new OfficePayment(row.getLong("order_id"), row.getInt("position"),
                            row.getString("method"), row.getString("kind"), row.getLong("amount"),
                            (Long) row.getObject("tendered"), (Long) row.getObject("change"),
                            row.getString("approval_code"), row.getString("last_four"), row.getString("reference"),
                            row.getString("vpa")));
                }
            }
        }
        return payments;
    }

    @Test
    void eachPaymentReachesTheOfficeWithItsMethodOnceEvenWhenSentTwice() throws Exception {
        OfficeAdmin office = OfficeCluster.shared().newOffice();
        office.migrate();
        OfficeCredentials credentials = office.register("PAY", "Chennai", "Asia/Kolkata", "T01");
        try (OfficeTerminal terminal = new OfficeTerminal(dir, office.url(), credentials)) {
            List<Order> sold = session(terminal.till);
            terminal.catchUp();

            String vpa = UPI.vpa();
            List<OfficePayment> expected = List.of(
                    new OfficePayment(sold.get(0).id(), 0, "Card", "CARD", 6_000, null, null, "A1B2C3", "4242", null,
                            null),
                    new OfficePayment(sold.get(0).id(), 1, "Cash", "CASH", 4_000, 5_000L, 1_000L, null, null, null,
                            null),
                    new OfficePayment(sold.get(1).id(), 0, "UPI", "UPI", 10_000, null, null, null, null,
                            "412345678901", vpa),
                    new OfficePayment(sold.get(2).id(), 0, "UPI", "UPI", 7_000, null, null, null, null, null, vpa),
                    new OfficePayment(sold.get(2).id(), 1, "Voucher", "OTHER", 3_000, null, null, null, null,
                            "GV-2026-17", null),
                    new OfficePayment(sold.get(3).id(), 0, "Cash", "CASH", 10_000, 20_000L, 10_000L, null, null, null,
                            null));
            assertThat(payments(office, "PAY")).containsExactlyElementsOf(expected);
            // Each order's payments add up to its total.
            assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.orders o WHERE store_id = ?"
                    + " AND total <> (SELECT sum(amount) FROM office.payments p WHERE (p.store_id, p.terminal_id,"
                    + " p.order_id) = (o.store_id, o.terminal_id, o.order_id))", "PAY")).isZero();

            // Everything sent again (a mark lost): nothing is doubled.
            terminal.forgetMark();
            terminal.catchUp();
            assertThat(payments(office, "PAY")).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theDaysReportAddsUpEachMethodAndTheCashExpectedFromCashAlone() throws Exception {
        OfficeAdmin office = OfficeCluster.shared().newOffice();
        office.migrate();
        OfficeCredentials credentials = office.register("DAY", "Chennai", "Asia/Kolkata", "T01");
        LocalDate day;
        Closing closing;
        try (OfficeTerminal terminal = new OfficeTerminal(dir, office.url(), credentials)) {
            List<Order> sold = session(terminal.till);
            terminal.catchUp();
            day = LocalDate.ofInstant(sold.get(0).soldAt(), CHENNAI);
            closing = terminal.till.sessions.closing(sold.get(0).sessionId()).orElseThrow();
        }

        DayReport report;
        try (Connection connection = office.connect()) {
            report = DayReport.read(connection, "DAY", day).orElseThrow();
        }

        assertThat(report.methods()).containsExactly(
                new DayReport.MethodLine("T01", "Cash", 2, rupees(140)),
                new DayReport.MethodLine("T01", "Card", 1, rupees(60)),
                new DayReport.MethodLine("T01", "UPI", 2, rupees(170)),
                new DayReport.MethodLine("T01", "Voucher", 1, rupees(30)));
        DayReport.SessionLine session = report.sessions().get(0);
        assertThat(session.sales()).isEqualTo(rupees(400));
        assertThat(session.cashSales()).isEqualTo(rupees(140));
        // The office's cash expected is the till's own at closing: cash alone, never the card or UPI.
        assertThat(session.cashExpected()).isEqualTo(closing.expected()).isEqualTo(rupees(1_140));
        assertThat(report.csvLines())
                .anyMatch(line -> line.startsWith("sales,T01,1,") && line.endsWith(",Asha,sales,400.00,INR,4 orders"))
                .anyMatch(line -> line.startsWith("cash_sales,T01,1,") && line.endsWith(",cash sales,140.00,INR,"))
                .anyMatch(line -> line.startsWith("cash_expected,T01,1,")
                        && line.endsWith(",cash expected,1140.00,INR,"))
                .contains("method,T01,,,,Cash,140.00,INR,2 payments", "method,T01,,,,Card,60.00,INR,1 payments",
                        "method,T01,,,,UPI,170.00,INR,2 payments", "method,T01,,,,Voucher,30.00,INR,1 payments");
        assertThat(report.table()).contains("Payment methods", "Voucher", "Cash expected");
    }

    @Test
    void theChainsReportAddsUpEachMethodPerStore() throws Exception {
        OfficeAdmin office = OfficeCluster.shared().newOffice();
        office.migrate();
        OfficeCredentials one = office.register("CHA", "Chennai", "Asia/Kolkata", "T01");
        OfficeCredentials two = office.register("CHA", "Chennai", "Asia/Kolkata", "T02");
        OfficeCredentials three = office.register("CHB", "Chennai", "Asia/Kolkata", "T01");
        LocalDate day;
        try (OfficeTerminal t1 = new OfficeTerminal(dir.resolve("one"), office.url(), one);
             OfficeTerminal t2 = new OfficeTerminal(dir.resolve("two"), office.url(), two);
             OfficeTerminal t3 = new OfficeTerminal(dir.resolve("three"), office.url(), three)) {
            day = LocalDate.ofInstant(session(t1.till).get(0).soldAt(), CHENNAI);
            session(t2.till);
            t3.till.open(count(2));
            sell(t3.till, Tender.cash(rupees(100)));
            for (OfficeTerminal terminal : List.of(t1, t2, t3)) {
                terminal.catchUp();
            }
        }

        ChainReport report;
        try (Connection connection = office.connect()) {
            report = ChainReport.read(connection, day).orElseThrow();
        }

        assertThat(report.methods()).containsExactly(
                new ChainReport.MethodLine("CHA", "Cash", 4, rupees(280)),
                new ChainReport.MethodLine("CHA", "Card", 2, rupees(120)),
                new ChainReport.MethodLine("CHA", "UPI", 4, rupees(340)),
                new ChainReport.MethodLine("CHA", "Voucher", 2, rupees(60)),
                new ChainReport.MethodLine("CHB", "Cash", 1, rupees(100)));
        ChainReport.TerminalLine first = report.terminals().get(0);
        assertThat(first.sales()).isEqualTo(rupees(400));
        assertThat(first.cashSales()).isEqualTo(rupees(140));
        assertThat(first.cashExpected()).isEqualTo(first.expected()).isEqualTo(rupees(1_140));
        // Still open: its cash expected is the office's own sum, from the opening and its cash sale.
        assertThat(report.terminals().get(2).cashExpected()).isEqualTo(rupees(1_100));
        assertThat(report.csvLines()).contains("method,CHA,,,UPI,,,4,,340.00,,,,,,,,INR,,,,",
                "method,CHB,,,Cash,,,1,,100.00,,,,,,,,INR,,,,");
        assertThat(report.table()).contains("Payment methods, by store", "Voucher");
    }

    @Test
    void theOfficeRefusesAPaymentThatDoesNotHoldTogetherAndKeepsNothingOfIt() throws Exception {
        OfficeAdmin office = OfficeCluster.shared().newOffice();
        office.migrate();
        OfficeCredentials credentials = office.register("BAD", "Chennai", "Asia/Kolkata", "T01");
        try (OfficeTerminal terminal = new OfficeTerminal(dir, office.url(), credentials)) {
            terminal.till.open(count(2));
            sell(terminal.till, Tender.cash(rupees(100)));
            terminal.catchUp();
        }
        String insert = "INSERT INTO office.payments (store_id, terminal_id, order_id, position, method, kind, amount,"
                + " tendered, change, approval_code, last_four, reference, vpa) VALUES ('BAD', 'T01', 1, 1, ";
        // Even the office's owner, who is not walled by row-level security, cannot store one.
        try (Connection connection = office.connect(); Statement statement = connection.createStatement()) {
            for (String bad : List.of(
                    "'Card', 'CARD', 100, NULL, NULL, NULL, '4242', NULL, NULL)",
                    "'Card', 'CARD', 100, NULL, NULL, 'A1B2C3', '42', NULL, NULL)",
                    "'Card', 'CARD', 100, 100, 0, 'A1B2C3', '4242', NULL, NULL)",
                    "'UPI', 'UPI', 100, NULL, NULL, NULL, NULL, 'ref', NULL)",
                    "'Voucher', 'OTHER', 100, NULL, NULL, 'A1B2C3', NULL, NULL, NULL)",
                    "'Cash', 'CASH', 100, NULL, NULL, NULL, NULL, NULL, NULL)",
                    "'Cash', 'CASH', 100, 200, 50, NULL, NULL, NULL, NULL)",
                    "'Gift', 'GIFT', 100, NULL, NULL, NULL, NULL, NULL, NULL)",
                    "' Card', 'OTHER', 100, NULL, NULL, NULL, NULL, NULL, NULL)")) {
                assertThatThrownBy(() -> statement.execute(insert + bad))
                        .as(bad).hasMessageContaining("violates check constraint");
            }
        }
        assertThat(payments(office, "BAD")).hasSize(1);
    }

    @Test
    void cashRowsSentBeforeVersion5AreKeptAsTheTillsCash() throws Exception {
        OfficeAdmin office = OfficeCluster.shared().newOffice();
        Flyway.configure(getClass().getClassLoader()).dataSource(office.url(), office.user(), office.password())
                .schemas("office").locations("classpath:db/office").target("4").load().migrate();
        try (Connection connection = office.connect(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO office.stores VALUES ('OLD', 'Chennai', 'Asia/Kolkata')");
            statement.execute("INSERT INTO office.terminals (store_id, terminal_id, role_name) VALUES"
                    + " ('OLD', 'T01', 'old_t01')");
            statement.execute("INSERT INTO office.sessions (store_id, terminal_id, session_id, state, currency,"
                    + " opened_at, opened_by_id, opened_by, opening_cash, opening_note) VALUES"
                    + " ('OLD', 'T01', 1, 'OPEN', 'INR', now(), 1, 'Asha', 100000, '')");
            statement.execute("INSERT INTO office.orders VALUES ('OLD', 'T01', 1, 1, now(), 1, 'Asha', 'INR', 10000)");
            statement.execute("INSERT INTO office.payments VALUES ('OLD', 'T01', 1, 'CASH', 10000, 20000, 10000)");
        }

        office.migrate();

        assertThat(payments(office, "OLD")).containsExactly(new OfficePayment(1, 0, "Cash", "CASH", 10_000, 20_000L,
                10_000L, null, null, null, null));
    }
}
