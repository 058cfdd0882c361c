package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.OpeningRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office's CSV keeps a spreadsheet from running what a name, reason or note holds: every leading character
 * a spreadsheet reads as a formula gets an apostrophe in the text columns, and the amounts stay numbers.
 */
class SessionCsvTest {
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final String AT = "2026-11-26T14:30:00+05:30";

    @TempDir
    Path dir;

    @Test
    void textCellsStartingWithAFormulaCharacterGetAnApostropheAndAmountsStayNumbers() throws Exception {
        List<String> lines;
        long id;
        try (TestTill till = TestTill.in(dir).allowedDifference(1_000_000).open()) {
            till.catalog.replace(List.of(
                    new CatalogImport.Entry(2, "=1+2", "Drinks", rupees(20)),
                    new CatalogImport.Entry(3, "+SUM(A1:A9)", "Drinks", rupees(20)),
                    new CatalogImport.Entry(4, "-2+3", "Drinks", rupees(20)),
                    new CatalogImport.Entry(5, "@SUM(1)", "=Drinks", rupees(20))), "formulas.csv");
            Cashier zoe = till.cashiers.add("@Zoe", Role.CASHIER, Optional.of("1009"), Optional.empty());
            id = till.sessions.open(new OpeningRequest(till.asha, rupees(1_340), Optional.of(count(2, 1, 1, 0, 2)),
                    "\t=1+1")).id();
            Cart cart = Cart.empty(TestTill.INR);
            for (Product product : till.catalog.products()) {
                cart = cart.add(product);
            }
            till.sales.sellForCash(new CashSale(zoe, cart, rupees(100)));
            till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.OUT, rupees(200),
                    "=HYPERLINK(\"http://127.0.0.1:9/x\",\"paid\")", Optional.empty()));
            till.sessions.close(new ClosingRequest(till.asha, count(2, 0, 2, 0, 0), "\r=2", Optional.empty()));
            lines = SessionCsv.of(till.database, till.sessions, till.sales, id).orElseThrow().csvLines(KOLKATA);
        }

        String s = String.valueOf(id);
        assertThat(lines).contains(
                "opening," + s + ",," + AT + ",Asha,opening cash,,,1340.00,INR,'\t=1+1",
                "order," + s + ",1," + AT + ",'@Zoe,order 1,4,,80.00,INR,",
                "order_line," + s + ",1," + AT + ",'@Zoe,'=1+2,1,20.00,20.00,INR,Drinks",
                "order_line," + s + ",1," + AT + ",'@Zoe,'+SUM(A1:A9),1,20.00,20.00,INR,Drinks",
                "order_line," + s + ",1," + AT + ",'@Zoe,'-2+3,1,20.00,20.00,INR,Drinks",
                "order_line," + s + ",1," + AT + ",'@Zoe,'@SUM(1),1,20.00,20.00,INR,'=Drinks",
                "cash_out," + s + ",," + AT + ",Asha,cash out,,,200.00,INR,"
                        + "\"'=HYPERLINK(\"\"http://127.0.0.1:9/x\"\",\"\"paid\"\")\"",
                "closing," + s + ",," + AT + ",Asha,counted,,,1200.00,INR,\"'\r=2\"",
                "closing," + s + ",," + AT + ",Asha,difference,,,-20.00,INR,");
    }

    @Test
    void eachLeadingCharacterASpreadsheetWouldRunIsNeutralisedAndNothingElse() {
        for (String formula : List.of("=1+2", "+1", "-1", "@SUM(1)", "\t=1", "\r=1")) {
            assertThat(SessionCsv.neutralised(formula)).isEqualTo("'" + formula);
        }
        for (String text : List.of("", "Masala chai", "1340.00", " =1", "'=1", "₹20")) {
            assertThat(SessionCsv.neutralised(text)).isEqualTo(text);
        }
        assertThat(Money.of(-1_250, TestTill.INR).toPlainString()).isEqualTo("-12.50");
    }
}
