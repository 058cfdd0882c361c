package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Sales;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Cash sales in the terminal's open session. A sale stores its order, lines (name and price as sold), cash payment
 * and an audit row in one transaction, after checking each product is still on sale at the price in the cart.
 * Blocking: never on the event thread.
 */
public final class SqlSales implements Sales {

    private static final Logger LOG = LoggerFactory.getLogger(SqlSales.class);

    private final Database database;
    private final SqlSessions sessions;
    private final Currency currency;
    private final Clock clock;
    private final BiConsumer<Session, Order> afterSale;
    private final Runnable beforeCommit;

    /**
     * @param sessions  the terminal's sessions, whose open one the sale goes into
     * @param currency  the terminal's currency; a cart in another one is refused
     * @param afterSale told of every sale after its commit, on the calling thread (the kiosk passes it on to the
     *                  {@link app.tillpoint.api.SessionListener}s); its exceptions are logged, not thrown
     */
    public SqlSales(Database database, SqlSessions sessions, Currency currency, Clock clock,
                    BiConsumer<Session, Order> afterSale) {
        this(database, sessions, currency, clock, afterSale, () -> { });
    }

    /** As above, with {@code beforeCommit} run inside each sale's transaction just before it commits: for tests. */
    SqlSales(Database database, SqlSessions sessions, Currency currency, Clock clock,
             BiConsumer<Session, Order> afterSale, Runnable beforeCommit) {
        this.database = Objects.requireNonNull(database, "database");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.afterSale = Objects.requireNonNull(afterSale, "afterSale");
        this.beforeCommit = Objects.requireNonNull(beforeCommit, "beforeCommit");
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException with a message for the cashier if a product is no longer on sale, its price
     *                                  changed, or the cart is not in the terminal's currency (nothing is stored)
     */
    @Override
    public Order sellForCash(CashSale sale) throws NoOpenSessionException {
        if (!sale.cart().currency().equals(currency) || !sale.tendered().currency().equals(currency)) {
            throw new IllegalArgumentException("This terminal sells in " + currency + ", not "
                    + sale.cart().currency());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Sold sold;
        try {
            sold = database.inTransaction(connection -> {
                Session open = sessions.openSession(connection).orElseThrow(Refused::noOpenSession);
                checkPrices(connection, sale);
                Order order = insertOrder(connection, open.id(), sale, now);
                beforeCommit.run();
                return new Sold(open, order);
            });
        } catch (Refused refused) {
            throw refused.noOpenSession;
        }
        Order order = sold.order();
        LOG.info("Order {} of {} in session {} by {}", order.id(), order.total(), sold.session().id(),
                order.soldBy().name());
        AfterCommit.tell("order " + order.id(), () -> afterSale.accept(sold.session(), order));
        return order;
    }

    private record Sold(Session session, Order order) {
    }

    private void checkPrices(Connection connection, CashSale sale) throws SQLException {
        for (CartLine line : sale.cart().lines()) {
            Product product = line.product();
            Optional<Product> now = SqlCatalog.onSale(connection, product.id(), currency);
            if (now.isEmpty()) {
                throw new IllegalArgumentException(product.name() + " is no longer on sale: remove it from the "
                        + "cart. Nothing was sold.");
            }
            if (!now.get().price().equals(product.price())) {
                throw new IllegalArgumentException("The price of " + product.name() + " changed from "
                        + product.price().toPlainString() + " to " + now.get().price().toPlainString()
                        + ": remove it and add it again. Nothing was sold.");
            }
        }
    }

    private Order insertOrder(Connection connection, long sessionId, CashSale sale, Instant now) throws SQLException {
        Money total = sale.cart().total();
        Cashier cashier = sale.cashier();
        long orderId;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO orders (session_id, sold_at, "
                + "sold_by, total, tendered, change_given, currency) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, sessionId);
            insert.setLong(2, now.toEpochMilli());
            insert.setLong(3, cashier.id());
            insert.setLong(4, total.minorUnits());
            insert.setLong(5, sale.tendered().minorUnits());
            insert.setLong(6, sale.change().minorUnits());
            insert.setString(7, currency.getCurrencyCode());
            insert.executeUpdate();
            orderId = Rows.lastId(connection);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO order_lines (order_id, line_no, "
                + "product_id, name, unit_price, quantity, amount) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int number = 1;
            for (CartLine line : sale.cart().lines()) {
                insert.setLong(1, orderId);
                insert.setInt(2, number++);
                insert.setLong(3, line.product().id());
                insert.setString(4, line.product().name());
                insert.setLong(5, line.product().price().minorUnits());
                insert.setInt(6, line.quantity());
                insert.setLong(7, line.amount().minorUnits());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO payments (order_id, method, amount, "
                + "tendered, currency) VALUES (?, 'CASH', ?, ?, ?)")) {
            insert.setLong(1, orderId);
            insert.setLong(2, total.minorUnits());
            insert.setLong(3, sale.tendered().minorUnits());
            insert.setString(4, currency.getCurrencyCode());
            insert.executeUpdate();
        }
        database.audit(connection, now, "sale.cash", "Order " + orderId + " in session " + sessionId + " by "
                + cashier.name() + ": " + sale.cart().lines().size() + " lines, total " + total + ", tendered "
                + sale.tendered() + ", change " + sale.change(), cashier.id());
        return new Order(orderId, sessionId, now, cashier, sale.cart().lines(), total, sale.tendered(),
                sale.change());
    }

    @Override
    public List<Order> orders(long sessionId) {
        return database.read(connection -> orders(connection, sessionId));
    }

    /** The orders of a session with their lines as sold, oldest first, read in the caller's transaction. */
    static List<Order> orders(Connection connection, long sessionId) throws SQLException {
        return orders(connection, "o.session_id", sessionId);
    }

    /** The order {@code orderId} with its lines as sold, read in the caller's transaction. */
    static Optional<Order> order(Connection connection, long orderId) throws SQLException {
        return orders(connection, "o.id", orderId).stream().findFirst();
    }

    /** The orders whose {@code column} ("o.session_id" or "o.id") is {@code value}, oldest first. */
    private static List<Order> orders(Connection connection, String column, long value) throws SQLException {
        Map<Long, Order> orders = new LinkedHashMap<>();
        // In the order stored (by id): a clock set back must not reorder them.
        try (PreparedStatement select = connection.prepareStatement("SELECT o.id, o.session_id, o.sold_at, o.total, "
                + "o.tendered, o.change_given, o.currency, " + Rows.cashierColumns("c")
                + " FROM orders o JOIN cashiers c ON c.id = o.sold_by WHERE " + column + " = ?"
                + " ORDER BY o.id")) {
            select.setLong(1, value);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Currency money = Currency.getInstance(row.getString("currency"));
                    long id = row.getLong("id");
                    orders.put(id, new Order(id, row.getLong("session_id"), Instant.ofEpochMilli(row.getLong("sold_at")),
                            Rows.cashier(row, "c").orElseThrow(), List.of(), Money.of(row.getLong("total"), money),
                            Money.of(row.getLong("tendered"), money), Money.of(row.getLong("change_given"), money)));
                }
            }
        }
        Map<Long, List<CartLine>> lines = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT l.order_id, l.product_id, l.name, "
                + "l.unit_price, l.quantity, o.currency, p.category FROM order_lines l "
                + "JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id WHERE " + column + " = ?"
                + " ORDER BY l.order_id, l.line_no")) {
            select.setLong(1, value);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    // The product as it was sold: its name and price then, not the catalog's now.
                    Product sold = new Product(row.getLong("product_id"), row.getString("name"),
                            row.getString("category"), Money.of(row.getLong("unit_price"),
                            Currency.getInstance(row.getString("currency"))));
                    lines.computeIfAbsent(row.getLong("order_id"), id -> new ArrayList<>())
                            .add(new CartLine(sold, row.getInt("quantity")));
                }
            }
        }
        List<Order> result = new ArrayList<>();
        for (Order order : orders.values()) {
            result.add(new Order(order.id(), order.sessionId(), order.soldAt(), order.soldBy(),
                    lines.getOrDefault(order.id(), List.of()), order.total(), order.tendered(), order.change()));
        }
        return result;
    }
}
