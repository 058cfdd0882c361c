package app.tillpoint.kiosk.store;

import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.Sale;
import app.tillpoint.api.sale.Tender;

import java.nio.file.Path;
import java.util.List;

/**
 * A child JVM for {@link SaleCrashTest}: opens the till in the folder {@code args[0]}, begins a sale of one samosa,
 * prints {@value #MARKER} from inside its transaction, then sleeps until the parent kills it.
 */
public final class CrashingSale {
    static final String MARKER = "SALE-IN-TRANSACTION";

    private CrashingSale() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("split")) {
            // Dies at the crash point the parent named (-Dtillpoint.crashAt), inside the sale's transaction.
            TestTill till = TestTill.in(Path.of(args[0])).open();
            Cart cart = Cart.empty(TestTill.INR).add(till.product("Samosa")).withQuantity(till.product("Samosa").id(), 4);
            till.sales.sell(new Sale(till.asha, cart, List.of(Tender.card(TestTill.CARD, TestTill.rupees(50), "A1B2C3",
                    "4242"), Tender.cash(TestTill.rupees(20)))));
            System.out.println("COMMITTED (the crash point should have stopped this process)");
            return;
        }
        TestTill till = TestTill.in(Path.of(args[0])).beforeSaleCommits(() -> {
            System.out.println(MARKER);
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).open();
        till.sell(15, "Samosa", 1);
        System.out.println("COMMITTED (the parent should have killed this process)");
    }
}
