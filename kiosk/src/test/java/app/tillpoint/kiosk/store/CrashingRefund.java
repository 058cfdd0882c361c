package app.tillpoint.kiosk.store;

import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.RefundRequest;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A child JVM for {@link RefundCrashTest}: opens the till in the folder {@code args[0]}, begins a refund of line 1 of
 * order {@code args[1]}, prints {@value #MARKER} from inside its transaction, then sleeps until the parent kills it.
 */
public final class CrashingRefund {
    static final String MARKER = "REFUND-IN-TRANSACTION";

    private CrashingRefund() {
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
        till.sales.refund(new RefundRequest(till.asha, Long.parseLong(args[1]), List.of(new RefundLine(1, 1)),
                Refund.CASH, Optional.empty()));
        System.out.println("COMMITTED (the parent should have killed this process)");
    }
}
