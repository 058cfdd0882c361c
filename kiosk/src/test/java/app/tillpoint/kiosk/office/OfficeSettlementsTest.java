package app.tillpoint.kiosk.office;

import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.RefundRequest;
import app.tillpoint.api.sale.Sale;
import app.tillpoint.api.sale.Tender;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.Settlement;
import app.tillpoint.api.session.SettlementCount;
import app.tillpoint.kiosk.store.TestTill;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.CARD;
import static app.tillpoint.kiosk.store.TestTill.INR;
import static app.tillpoint.kiosk.store.TestTill.UPI;
import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each closing's settlements of the methods other than cash reach the office (V8) as the till closed them, once even
 * when sent twice, and the office's cash expected takes off the refunds given in cash: a session with card and UPI
 * sales, a refund by UPI and one in cash, closed with a card difference a head cashier approved. A closing from
 * before the settlements still goes in, and the office refuses a settlement whose difference does not add up. Against
 * a real PostgreSQL.
 */
@Tag("office")
class OfficeSettlementsTest {
    private static final ZoneId CHENNAI = ZoneId.of("Asia/Kolkata");

    @TempDir
    Path dir;

    /** A settlement as the office keeps it. */
    record OfficeSettlement(long session, String method, String kind, int position, String currency, long expected,
                            long settled, long difference, String approvedBy, String approvalReason) {
        static OfficeSettlement of(long session, int position, Settlement settlement) {
            return new OfficeSettlement(session, settlement.method(), settlement.kind().name(), position,
                    settlement.settled().currency().getCurrencyCode(), settlement.expected().minorUnits(),
                    settlement.settled().minorUnits(), settlement.difference().minorUnits(),
                    settlement.approval().map(a -> a.approver().name()).orElse(null),
                    settlement.approval().map(a -> a.reason()).orElse(null));
        }
    }

    /** A terminal whose till wants a head cashier for a difference over ₹5. */
    private OfficeTerminal terminal(String name, OfficeAdmin office, OfficeCredentials credentials) throws Exception {
        return new OfficeTerminal(dir.resolve(name), office.url(), credentials, new OfficeSender.Hooks() { },
                till -> till.allowedDifference(500));
    }

    /** Five chai (₹100.00) paid with {@code tenders}. */
    private static Order sell(TestTill till, Tender... tenders) throws Exception {
        Cart cart = Cart.empty(INR, till.taxRule).add(till.product("Masala chai"))
                .withQuantity(till.product("Masala chai").id(), 5);
        return till.sales.sell(new Sale(till.asha, cart, List.of(tenders)));
    }

    /**
     * A session: ₹100 by card, ₹100 by UPI, ₹100 in cash; two chai of the UPI sale given back by UPI, one of the cash
     * sale in cash; the card settled ₹20 short, approved by Meera; UPI and the drawer as expected.
     */
    private static Closing session(TestTill till) throws Exception {
        till.open(count(2));
        sell(till, Tender.card(CARD, rupees(100), "A1B2C3", "4242"));
        Order upi = sell(till, Tender.of(UPI, rupees(100), "412345678901"));
        Order cash = sell(till, Tender.cash(rupees(100)));
        till.sales.refund(new RefundRequest(till.asha, upi.id(), List.of(new RefundLine(1, 2)), "UPI",
                Optional.empty()));
        till.sales.refund(new RefundRequest(till.asha, cash.id(), List.of(new RefundLine(1, 1)), Refund.CASH,
                Optional.empty()));
        var approval = till.approval(till.meera, till.asha, ApprovalAction.CLOSING_DIFFERENCE,
                Optional.of(rupees(-20)));
        // ₹1,000 opening + ₹100 cash − ₹20 given back in cash: ₹1,080 counted (2 × 500, 50, 20, 10).
        Closing closing = till.sessions.close(new ClosingRequest(till.asha, count(2, 0, 0, 1, 1, 1), "",
                Optional.empty(), List.of(new SettlementCount("Card", rupees(80), Optional.of(approval)),
                new SettlementCount("UPI", rupees(60), Optional.empty()))));
        assertThat(closing.expected()).isEqualTo(rupees(1_080));
        assertThat(closing.difference().isZero()).isTrue();
        return closing;
    }

    private static List<OfficeSettlement> settlements(OfficeAdmin office, String store) throws Exception {
        List<OfficeSettlement> settlements = new ArrayList<>();
        try (Connection connection = office.connect(); PreparedStatement select = connection.prepareStatement(
                "SELECT * FROM office.settlements WHERE store_id = ? ORDER BY terminal_id, session_id, position")) {
            select.setString(1, store);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    settlements.add(new OfficeSettlement(row.getLong("session_id"), row.getString("method"),
                            row.getString("kind"), row.getInt("position"), row.getString("currency"),
                            row.getLong("expected"), row.getLong("settled"), row.getLong("difference"),
                            row.getString("approved_by"), row.getString("approval_reason")));
                }
            }
        }
        return settlements;
    }

    @Test
    void theClosingsSettlementsAndCashExpectedInTheOfficeAreTheTillsOnceEvenSentTwice() throws Exception {
        OfficeAdmin office = OfficeCluster.shared().newOffice();
        office.migrate();
        OfficeCredentials credentials = office.register("STL", "Chennai", "Asia/Kolkata", "T01");
        Closing closing;
        List<OfficeSettlement> expected = new ArrayList<>();
        try (OfficeTerminal terminal = terminal("t01", office, credentials)) {
            closing = session(terminal.till);
            for (int i = 0; i < closing.settlements().size(); i++) {
                expected.add(OfficeSettlement.of(closing.sessionId(), i, closing.settlements().get(i)));
            }
            terminal.catchUp();
            assertThat(settlements(office, "STL")).containsExactlyElementsOf(expected);

            // Everything sent again (the office's mark lost): nothing is doubled.
            terminal.forgetMark();
            terminal.catchUp();
        }
        assertThat(settlements(office, "STL")).containsExactlyElementsOf(expected);
        assertThat(expected).extracting(OfficeSettlement::method, OfficeSettlement::expected,
                OfficeSettlement::settled, OfficeSettlement::difference, OfficeSettlement::approvedBy).containsExactly(
                tuple("Card", 10_000L, 8_000L, -2_000L, "Meera"),
                tuple("UPI", 6_000L, 6_000L, 0L, null));

        LocalDate day = LocalDate.ofInstant(closing.closedAt(), CHENNAI);
        try (Connection connection = office.connect()) {
            DayReport report = DayReport.read(connection, "STL", day).orElseThrow();
            DayReport.SessionLine session = report.sessions().get(0);
            assertThat(session.cashRefunds()).isEqualTo(rupees(20));
            // The office's cash expected is the till's at closing: the cash refund out of the drawer, the UPI one not.
            assertThat(session.cashExpected()).isEqualTo(closing.expected())
                    .isEqualTo(session.expected().orElseThrow());
            assertThat(report.settlements()).containsExactly(
                    new DayReport.SettlementLine("T01", closing.sessionId(), "Card", rupees(100), rupees(80),
                            rupees(-20), Optional.of("Meera")),
                    new DayReport.SettlementLine("T01", closing.sessionId(), "UPI", rupees(60), rupees(60),
                            rupees(0), Optional.empty()));
            String id = Long.toString(closing.sessionId());
            assertThat(report.csvLines()).contains(
                    "settlement_expected,T01," + id + ",,,Card,100.00,INR,",
                    "settlement_settled,T01," + id + ",,,Card,80.00,INR,",
                    "settlement_difference,T01," + id + ",,,Card,-20.00,INR,approved by Meera",
                    "settlement_expected,T01," + id + ",,,UPI,60.00,INR,",
                    "settlement_difference,T01," + id + ",,,UPI,0.00,INR,")
                    .anyMatch(line -> line.startsWith("cash_refunds,T01," + id + ",")
                            && line.endsWith(",cash refunds,20.00,INR,"))
                    .anyMatch(line -> line.startsWith("cash_expected,T01," + id + ",")
                            && line.endsWith(",cash expected,1080.00,INR,"));
            assertThat(report.table()).contains("Cash refunds", "Settlements at closing",
                    String.format("%-24s %12s %12s %12s INR  (approved by Meera)", "Card", "100.00", "80.00",
                            "-20.00"));

            ChainReport chain = ChainReport.read(connection, day).orElseThrow();
            assertThat(chain.terminals()).singleElement().satisfies(t -> {
                assertThat(t.cashRefunds()).isEqualTo(rupees(20));
                assertThat(t.cashExpected()).isEqualTo(closing.expected()).isEqualTo(t.expected());
            });
            assertThat(chain.settlements()).containsExactly(
                    new ChainReport.SettlementLine("STL", "Card", 1, rupees(100), rupees(80), rupees(-20)),
                    new ChainReport.SettlementLine("STL", "UPI", 1, rupees(60), rupees(60), rupees(0)));
            assertThat(chain.csvLines()).contains("settlement,STL,,,Card,1,,,,,,,,,100.00,,-20.00,INR,,,,80.00",
                    "settlement,STL,,,UPI,1,,,,,,,,,60.00,,0.00,INR,,,,60.00")
                    .anyMatch(line -> line.startsWith("terminal,STL,T01,") && line.endsWith(",20.00,"));
            assertThat(chain.table()).contains("Cash refunds", "Settlements at closing (methods other than cash)",
                    "difference       -20.00 INR");
        }
    }

    @Test
    void aClosingFromBeforeTheSettlementsStillGoesIn() throws Exception {
        OfficeAdmin office = OfficeCluster.shared().newOffice();
        office.migrate();
        OfficeCredentials credentials = office.register("STL-OLD", "Chennai", "Asia/Kolkata", "T01");
        Closing closing;
        try (OfficeTerminal terminal = terminal("t01", office, credentials)) {
            closing = session(terminal.till);
            // As a till from before 1.4 sends it: the closing without its settlements.
            Closing before = new Closing(closing.sessionId(), closing.closedAt(), closing.closedBy(), closing.count(),
                    closing.counted(), closing.expected(), closing.difference(), closing.approval(), closing.note());
            OfficeBatch batch = new OfficeBatch(credentials.store(), credentials.terminal(),
                    id -> id == closing.sessionId() ? Optional.of(before) : Optional.empty());
            try (Connection connection = terminal.link.open()) {
                batch.write(connection, terminal.all());
                connection.commit();
            }
        }

        assertThat(OfficeTerminal.officeCount(office, "SELECT count(*) FROM office.sessions WHERE store_id = ?"
                + " AND state = 'CLOSED'", "STL-OLD")).isEqualTo(1);
        assertThat(settlements(office, "STL-OLD")).isEmpty();
        try (Connection connection = office.connect()) {
            DayReport report = DayReport.read(connection, "STL-OLD",
                    LocalDate.ofInstant(closing.closedAt(), CHENNAI)).orElseThrow();
            assertThat(report.sessions().get(0).cashExpected()).isEqualTo(closing.expected());
            assertThat(report.sessions().get(0).counted()).contains(closing.counted());
            assertThat(report.settlements()).isEmpty();
            assertThat(report.csvLines()).noneMatch(line -> line.startsWith("settlement"));
            assertThat(report.table()).contains("Settlements at closing (methods other than cash)\n(none)");
        }
    }

    @Test
    void theOfficeRefusesASettlementWhoseDifferenceDoesNotAddUpAndKeepsNothingOfIt() throws Exception {
        OfficeAdmin office = OfficeCluster.shared().newOffice();
        office.migrate();
        OfficeCredentials credentials = office.register("STL-BAD", "Chennai", "Asia/Kolkata", "T01");
        office.register("STL-BAD", "Chennai", "Asia/Kolkata", "T02");
        Closing closing;
        try (OfficeTerminal terminal = terminal("t01", office, credentials)) {
            closing = session(terminal.till);
            terminal.catchUp();
            String insert = "INSERT INTO office.settlements (store_id, terminal_id, session_id, method, kind, position,"
                    + " currency, expected, settled, difference) VALUES ";
            long session = closing.sessionId();
            // The terminal's own login: another terminal's row, a change or a removal is refused.
            try (Connection connection = terminal.link.open(); Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate(insert + "('STL-BAD', 'T02', " + session
                        + ", 'Voucher', 'OTHER', 5, 'INR', 0, 0, 0)"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
                connection.rollback();
                assertThatThrownBy(() -> statement.executeUpdate("UPDATE office.settlements SET difference = 0,"
                        + " settled = expected")).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
                connection.rollback();
                assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM office.settlements"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                connection.rollback();
            }
        }
        String insert = "INSERT INTO office.settlements (store_id, terminal_id, session_id, method, kind, position,"
                + " currency, expected, settled, difference, approved_by, approval_reason)"
                + " VALUES ('STL-BAD', 'T01', " + closing.sessionId() + ", ";
        // Even the office's owner, who is not walled by row-level security, cannot store one.
        try (Connection connection = office.connect(); Statement statement = connection.createStatement()) {
            for (String bad : List.of(
                    "'Voucher', 'OTHER', 5, 'INR', 10000, 8000, 2000, NULL, NULL)",
                    "'Voucher', 'OTHER', 5, 'INR', -8000, 0, -8000, NULL, NULL)",
                    "'Cash', 'CASH', 5, 'INR', 10000, 10000, 0, NULL, NULL)",
                    "' Voucher', 'OTHER', 5, 'INR', 0, 0, 0, NULL, NULL)",
                    "'Voucher', 'OTHER', -1, 'INR', 0, 0, 0, NULL, NULL)",
                    "'Voucher', 'OTHER', 5, 'inr', 0, 0, 0, NULL, NULL)",
                    "'Voucher', 'OTHER', 5, 'INR', 0, 0, 0, NULL, 'no one approved')")) {
                assertThatThrownBy(() -> statement.execute(insert + bad))
                        .as(bad).hasMessageContaining("violates check constraint");
            }
            // A method that gave back more than it took: its expected below zero, as the till allows (terminal V18).
            statement.execute(insert + "'Voucher', 'OTHER', 5, 'INR', -8000, 0, 8000, 'Meera', 'Checked')");
        }
        assertThat(settlements(office, "STL-BAD")).extracting(OfficeSettlement::method)
                .containsExactly("Card", "UPI", "Voucher");
    }
}
