package app.tillpoint.kiosk.bench;

import app.tillpoint.api.cashier.Role;
import app.tillpoint.kiosk.store.Database;
import app.tillpoint.kiosk.store.PinRules;
import app.tillpoint.kiosk.store.SqlAudit;
import app.tillpoint.kiosk.store.SqlCashiers;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ten years of a demo terminal's history, for {@code scripts/benchmark-latency.sh}: cashiers up to 200 (badges
 * {@code 2001}…), 3,650 closed sessions, one a day, and 1,000,000 cash sales of one line each, spread over them.
 * Written with SQLite directly (the triggers of V4 and V6 still run: each order inside its open session, each writes
 * its event), in transactions of 100 sessions with {@code synchronous=OFF}: a benchmark's data, not a till's.
 *
 * <pre>java -cp kiosk/target/test-classes:kiosk/target/app/tillpoint-kiosk.jar:… HistoryGenerator DATA_DIR</pre>
 *
 * The folder must hold a demo terminal started once ({@code --demo}), and no session yet.
 */
public final class HistoryGenerator {
    static final int CASHIERS = 200;
    static final int SESSIONS = 3_650;
    static final int ORDERS = 1_000_000;

    private HistoryGenerator() {
    }

    public static void main(String[] args) throws SQLException {
        Path file = Path.of(args[0]).resolve(Database.FILE_NAME);
        long started = System.nanoTime();
        addCashiers(file);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement pragmas = connection.createStatement()) {
                pragmas.execute("PRAGMA synchronous=OFF");
                pragmas.execute("PRAGMA foreign_keys=ON");
            }
            history(connection);
        }
        System.out.printf("generated %d sessions, %d orders, %d cashiers in %d s%n", SESSIONS, ORDERS, CASHIERS,
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    /** Cashiers through the store itself, so their badges are hashed as the kiosk hashes them. */
    private static void addCashiers(Path file) {
        Clock clock = Clock.systemUTC();
        try (Database database = Database.open(file); SqlAudit audit = new SqlAudit(database, clock)) {
            SqlCashiers cashiers = new SqlCashiers(database, audit, clock, PinRules.DEFAULT);
            List<SqlCashiers.NewCashier> more = new ArrayList<>();
            for (int i = cashiers.count() + 1; i <= CASHIERS; i++) {
                more.add(cashiers.prepare("Cashier " + i, Role.CASHIER, Optional.of(Integer.toString(2000 + i)),
                        Optional.empty()));
            }
            cashiers.insertAll(more);
        }
    }

    private static void history(Connection connection) throws SQLException {
        long productId;
        long price;
        String currency;
        try (Statement select = connection.createStatement();
             ResultSet product = select.executeQuery("SELECT id, price, currency FROM products ORDER BY id LIMIT 1")) {
            product.next();
            productId = product.getLong(1);
            price = product.getLong(2);
            currency = product.getString(3);
        }
        long day = Duration.ofDays(1).toMillis();
        long first = Instant.now().toEpochMilli() - (SESSIONS + 1L) * day;
        connection.setAutoCommit(false);
        try (PreparedStatement open = connection.prepareStatement("INSERT INTO sessions (terminal_id, state, "
                + "opened_at, opened_by, opening_cash, opening_currency) VALUES ('T01', 'OPEN', ?, 1, 100000, ?)",
                Statement.RETURN_GENERATED_KEYS);
             // The payment first, as the kiosk stores it (V15): the order's row is refused unless its payments add up.
             PreparedStatement payment = connection.prepareStatement("INSERT INTO order_payments (order_id, position, "
                     + "method, kind, amount, currency) VALUES ((SELECT coalesce(max(id), 0) + 1 FROM orders), 0, "
                     + "'Cash', 'CASH', ?, ?)");
             PreparedStatement order = connection.prepareStatement("INSERT INTO orders (id, session_id, sold_at, "
                     + "sold_by, total, tendered, change_given, currency) VALUES ((SELECT coalesce(max(id), 0) + 1 "
                     + "FROM orders), ?, ?, 1, ?, ?, ?, ?)");
             PreparedStatement line = connection.prepareStatement("INSERT INTO order_lines (order_id, line_no, "
                     + "product_id, name, unit_price, quantity, amount) VALUES (last_insert_rowid(), 1, ?, 'Tea', ?, "
                     + "1, ?)");
             PreparedStatement close = connection.prepareStatement("UPDATE sessions SET state = 'CLOSED', "
                     + "closed_at = ?, closed_by = 1, closing_cash = ?, closing_currency = ?, expected_cash = ?, "
                     + "closing_difference = 0 WHERE id = ?")) {
            int sold = 0;
            for (int s = 0; s < SESSIONS; s++) {
                long openedAt = first + s * day;
                open.setLong(1, openedAt);
                open.setString(2, currency);
                open.executeUpdate();
                long session;
                try (ResultSet key = open.getGeneratedKeys()) {
                    key.next();
                    session = key.getLong(1);
                }
                int orders = (int) ((long) ORDERS * (s + 1) / SESSIONS) - sold;
                for (int o = 0; o < orders; o++) {
                    payment.setLong(1, price);
                    payment.setString(2, currency);
                    payment.executeUpdate();
                    order.setLong(1, session);
                    order.setLong(2, openedAt + o * 1000L);
                    order.setLong(3, price);
                    order.setLong(4, price);
                    order.setLong(5, 0);
                    order.setString(6, currency);
                    order.executeUpdate();
                    line.setLong(1, productId);
                    line.setLong(2, price);
                    line.setLong(3, price);
                    line.executeUpdate();
                }
                sold += orders;
                long expected = 100_000 + orders * price;
                close.setLong(1, openedAt + 12 * 3_600_000L);
                close.setLong(2, expected);
                close.setString(3, currency);
                close.setLong(4, expected);
                close.setLong(5, session);
                close.executeUpdate();
                if (s % 100 == 99) {
                    connection.commit();
                }
            }
            connection.commit();
        }
    }
}
