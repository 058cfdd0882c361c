package app.tillpoint.kiosk;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.kiosk.store.Database;
import app.tillpoint.kiosk.store.PinRules;
import app.tillpoint.kiosk.store.SqlAudit;
import app.tillpoint.kiosk.store.SqlCashiers;
import app.tillpoint.kiosk.store.SqlCatalog;
import app.tillpoint.kiosk.store.SqlSales;
import app.tillpoint.kiosk.store.SqlSessions;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.Optional;

/**
 * Opens a session for the demo cashier Asha on an initialised demo data folder, the way the kiosk's Open Session does,
 * through the real store. Run in a child JVM that a test then kills, or in the test's own JVM.
 */
public final class OpenSessionProcess {
    private OpenSessionProcess() {
    }

    /** Opens a session of ₹500.00 whose opening time is {@code openedAt}; returns its id. */
    public static long open(Path dataDir, Instant openedAt) throws Exception {
        try (Database database = Database.open(dataDir.resolve("tillpoint.db"));
             SqlAudit audit = new SqlAudit(database, Clock.systemUTC())) {
            Clock clock = Clock.fixed(openedAt, ZoneOffset.UTC);
            SqlCashiers cashiers = new SqlCashiers(database, audit, clock, PinRules.DEFAULT);
            SqlSessions sessions = app.tillpoint.kiosk.store.TestTill.sessions(database, "T01", clock, s -> { });
            var asha = cashiers.byBadge("1001").orElseThrow();
            return sessions.open(new OpeningRequest(asha, Money.ofMajor(500, Currency.getInstance("INR")),
                    Optional.empty(), "Opened by OpenSessionProcess")).id();
        }
    }

    /** Sells one Masala chai for ₹50 in the open session, as the register's Pay does; returns the order's id. */
    public static long sell(Path dataDir) throws Exception {
        try (Database database = Database.open(dataDir.resolve("tillpoint.db"));
             SqlAudit audit = new SqlAudit(database, Clock.systemUTC())) {
            Currency inr = Currency.getInstance("INR");
            Clock clock = Clock.systemUTC();
            SqlCashiers cashiers = new SqlCashiers(database, audit, clock, PinRules.DEFAULT);
            SqlSessions sessions = app.tillpoint.kiosk.store.TestTill.sessions(database, "T01", clock, s -> { });
            SqlSales sales = new SqlSales(database, sessions, inr, clock, (s, o) -> { });
            Product chai = new SqlCatalog(database, inr, clock).products().stream()
                    .filter(p -> p.name().equals("Masala chai")).findFirst().orElseThrow();
            var asha = cashiers.byBadge("1001").orElseThrow();
            return sales.sellForCash(new CashSale(asha, Cart.empty(inr).add(chai), Money.ofMajor(50, inr))).id();
        }
    }

    /**
     * A kiosk-like process: holds the data folder's lock, opens a session (and sells, with "sell"), says so, and
     * waits to be killed: what the kiosk stored before the screen could confirm it.
     */
    @SuppressWarnings("try") // the lock is held by the try, never read
    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        try (InstanceLock lock = InstanceLock.acquire(dataDir)) {
            long id = open(dataDir, Instant.now());
            System.out.println("OPENED " + id);
            if (args.length > 1 && args[1].equals("sell")) {
                System.out.println("SOLD " + sell(dataDir));
            }
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(2).toMillis());
        }
    }
}
