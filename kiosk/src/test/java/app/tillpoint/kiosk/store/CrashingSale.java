package app.tillpoint.kiosk.store;

import java.nio.file.Path;

/**
 * A child JVM for {@link SaleCrashTest}: opens the till in the folder {@code args[0]}, begins a sale of one samosa,
 * prints {@value #MARKER} from inside its transaction, then sleeps until the parent kills it.
 */
public final class CrashingSale {
    static final String MARKER = "SALE-IN-TRANSACTION";

    private CrashingSale() {
    }

    public static void main(String[] args) throws Exception {
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
