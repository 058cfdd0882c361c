package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.catalog.ScaleBarcode;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Discount;
import app.tillpoint.api.sale.Measure;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.sale.PriceOverride;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundRequest;
import app.tillpoint.api.sale.Refundable;
import app.tillpoint.api.sale.Sale;
import app.tillpoint.api.sale.Sales;
import app.tillpoint.api.sale.TaxLine;
import app.tillpoint.api.sale.TaxRate;
import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.sale.TaxSummary;
import app.tillpoint.api.sale.Tender;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.terminal.DiscountLimits;
import app.tillpoint.api.terminal.TerminalPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Sales in the terminal's open session, and refunds of the terminal's past orders ({@link RefundStore}). A sale stores
 * its payments (V15's {@code order_payments}, one row per method, written before the order's row, which the database
 * refuses unless they add up), its order, lines (name and price as sold), taxes by rate (V10's {@code order_taxes}) and
 * an audit row in one transaction, after checking each product is still on sale at the price and with the tax rates in
 * the cart, that the cart works out taxes by the terminal's rule, and that every method is one the terminal takes.
 * Since V16 a line sold at another price, with a discount or a share of the order discount has a row in
 * {@code order_line_changes}, and an order discount one in {@code order_discounts}; each over the policy's limit
 * carries the approval used for it in the same transaction.
 * Blocking: never on the event thread.
 */
public final class SqlSales implements Sales {

    private static final Logger LOG = LoggerFactory.getLogger(SqlSales.class);
    /** {@code order_lines.measure} (V12) of a weighed line and of a price-labelled one. */
    private static final String WEIGHT = "WEIGHT";
    private static final String PRICE = "PRICE";

    private final Database database;
    private final SqlSessions sessions;
    private final Currency currency;
    private final TaxRule taxRule;
    private final List<PaymentMethod> methods;
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
        this(database, sessions, currency, TaxRule.DEFAULT, clock, afterSale);
    }

    /** As above, for a terminal whose taxes follow {@code taxRule}: a cart made by another rule is refused. */
    public SqlSales(Database database, SqlSessions sessions, Currency currency, TaxRule taxRule, Clock clock,
                    BiConsumer<Session, Order> afterSale) {
        this(database, sessions, currency, taxRule, List.of(PaymentMethod.CASH), clock, afterSale, () -> { });
    }

    /** As above, for a terminal that takes {@code methods}: a payment in another one is refused. */
    public SqlSales(Database database, SqlSessions sessions, Currency currency, TaxRule taxRule,
                    List<PaymentMethod> methods, Clock clock, BiConsumer<Session, Order> afterSale) {
        this(database, sessions, currency, taxRule, methods, clock, afterSale, () -> { });
    }

    /** As above, with {@code beforeCommit} run inside each sale's transaction just before it commits: for tests. */
    SqlSales(Database database, SqlSessions sessions, Currency currency, TaxRule taxRule, List<PaymentMethod> methods,
             Clock clock, BiConsumer<Session, Order> afterSale, Runnable beforeCommit) {
        this.database = Objects.requireNonNull(database, "database");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.taxRule = Objects.requireNonNull(taxRule, "taxRule");
        this.methods = List.copyOf(methods);
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
        return sell(Sale.of(sale));
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException with a message for the cashier if a product is no longer on sale, its price
     *                                  changed, a method is not one the terminal takes (by name and kind), or the
     *                                  cart is not in the terminal's currency (nothing is stored)
     */
    @Override
    public Order sell(Sale sale) throws NoOpenSessionException {
        for (Tender tender : sale.tenders()) {
            if (!methods.contains(tender.method())) {
                throw new IllegalArgumentException(tender.method().name() + " is not a payment method of this "
                        + "terminal. Nothing was sold.");
            }
        }
        if (!sale.cart().currency().equals(currency)) {
            throw new IllegalArgumentException("This terminal sells in " + currency + ", not "
                    + sale.cart().currency());
        }
        if (!sale.cart().taxRule().equals(taxRule)) {
            throw new IllegalArgumentException("This terminal works out taxes with prices "
                    + taxRule.prices().name().toLowerCase(Locale.ROOT) + " of tax, rounded "
                    + taxRule.rounding().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "; the cart does not. "
                    + "Nothing was sold.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Sold sold;
        try {
            sold = database.inTransaction(connection -> {
                Session open = sessions.openSession(connection).orElseThrow(Refused::noOpenSession);
                checkPrices(connection, sale);
                useApprovals(connection, sale, now);
                Order order = insertOrder(connection, open.id(), sale, now);
                beforeCommit.run();
                CrashPoint.reached("sale.beforeCommit");
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

    private void checkPrices(Connection connection, Sale sale) throws SQLException {
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
            if (!now.get().taxes().equals(product.taxes())) {
                throw new IllegalArgumentException("The taxes of " + product.name() + " changed from "
                        + product.taxes() + " to " + now.get().taxes() + ": remove it and add it again. Nothing was "
                        + "sold.");
            }
        }
    }

    /**
     * Refuses a discount or lower price over the policy's limit without an approval, and uses each approval the cart
     * carries, once, in the sale's transaction: {@link TerminalPolicy#discountNeedsApproval} and
     * {@link TerminalPolicy#overrideNeedsApproval}, as the register asked them.
     */
    private void useApprovals(Connection connection, Sale sale, Instant now) throws SQLException {
        TerminalPolicy policy = sessions.policy();
        Cart cart = sale.cart();
        for (CartLine line : cart.lines()) {
            if (line.override().isPresent()) {
                PriceOverride override = line.override().get();
                Optional<Approval> approval = override.approval();
                if (approval.isEmpty() && policy.overrideNeedsApproval(line.product().price(), override.unitPrice())) {
                    throw new IllegalArgumentException("The price of " + line.product().name() + " is lowered from "
                            + line.product().price().toPlainString() + " to " + override.unitPrice().toPlainString()
                            + ", more than this terminal allows without a head cashier. Nothing was sold.");
                }
                if (approval.isPresent()) {
                    SqlApprovals.use(connection, approval.get(), ApprovalAction.PRICE_OVERRIDE,
                            Optional.of(override.unitPrice()), sale.cashier(), policy.selfApproval(), now);
                }
            }
            if (line.discount().isPresent()) {
                useApproval(connection, sale, line.discount().get(), line.discountAmount(), line.beforeDiscount(),
                        line.product().name(), policy, now);
            }
        }
        if (cart.orderDiscount().isPresent()) {
            useApproval(connection, sale, cart.orderDiscount().get(), cart.orderDiscountAmount(), cart.subtotal(),
                    "the order", policy, now);
        }
    }

    private static void useApproval(Connection connection, Sale sale, Discount discount, Money off, Money base,
                                    String what, TerminalPolicy policy, Instant now) throws SQLException {
        if (discount.approval().isEmpty() && policy.discountNeedsApproval(off, base)) {
            throw new IllegalArgumentException("The discount of " + off.toPlainString() + " on " + what + " ("
                    + base.toPlainString() + ") is more than this terminal allows without a head cashier. Nothing "
                    + "was sold.");
        }
        if (discount.approval().isPresent()) {
            SqlApprovals.use(connection, discount.approval().get(), ApprovalAction.DISCOUNT, Optional.of(off),
                    sale.cashier(), policy.selfApproval(), now);
        }
    }

    private Order insertOrder(Connection connection, long sessionId, Sale sale, Instant now) throws SQLException {
        Money total = sale.cart().total();
        Cashier cashier = sale.cashier();
        long orderId;
        try (PreparedStatement next = connection.prepareStatement("SELECT coalesce(max(id), 0) + 1 FROM orders");
             ResultSet row = next.executeQuery()) {
            row.next();
            orderId = row.getLong(1);
        }
        // The payments first: the order's row is refused by the database unless they add up (V15).
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO order_payments (order_id, position, "
                + "method, kind, amount, currency, approval_code, last_four, reference, vpa, payee) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Tender tender : sale.tenders()) {
                insert.setLong(1, orderId);
                insert.setInt(2, position++);
                insert.setString(3, tender.method().name());
                insert.setString(4, tender.method().kind().name());
                insert.setLong(5, tender.amount().minorUnits());
                insert.setString(6, currency.getCurrencyCode());
                insert.setString(7, emptyAsNull(tender.approvalCode()));
                insert.setString(8, emptyAsNull(tender.lastFour()));
                insert.setString(9, emptyAsNull(tender.reference()));
                insert.setString(10, emptyAsNull(tender.method().vpa()));
                insert.setString(11, emptyAsNull(tender.method().payee()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        CrashPoint.reached("sale.payments");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO orders (id, session_id, sold_at, "
                + "sold_by, total, tendered, change_given, currency, drawer_kick) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, orderId);
            insert.setLong(2, sessionId);
            insert.setLong(3, now.toEpochMilli());
            insert.setLong(4, cashier.id());
            insert.setLong(5, total.minorUnits());
            insert.setLong(6, sale.tendered().minorUnits());
            insert.setLong(7, sale.change().minorUnits());
            insert.setString(8, currency.getCurrencyCode());
            insert.setInt(9, sale.involvesCash() ? 1 : 0);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO order_lines (order_id, line_no, "
                + "product_id, name, unit_price, quantity, amount, measure, measured, list_price) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int number = 1;
            for (CartLine line : sale.cart().lines()) {
                insert.setLong(1, orderId);
                insert.setInt(2, number++);
                insert.setLong(3, line.product().id());
                insert.setString(4, line.product().name());
                // A measured line is sold once at its amount; its label and list price go beside it (V12). Otherwise
                // its unit price (an override's, V16) and the line before its discount, which order_line_changes holds.
                insert.setLong(5, Refundable.priceSold(line).minorUnits());
                insert.setInt(6, line.quantity());
                insert.setLong(7, line.beforeDiscount().minorUnits());
                if (line.isMeasured()) {
                    insert.setString(8, line.measure().isWeight() ? WEIGHT : PRICE);
                    insert.setLong(9, line.measure().value());
                    insert.setLong(10, line.product().price().minorUnits());
                } else {
                    insert.setNull(8, Types.VARCHAR);
                    insert.setNull(9, Types.INTEGER);
                    insert.setNull(10, Types.INTEGER);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO order_line_taxes (order_id, "
                + "line_no, position, name, rate_ppm) VALUES (?, ?, ?, ?, ?)")) {
            int number = 1;
            for (CartLine line : sale.cart().lines()) {
                List<TaxRate> rates = line.product().taxes();
                for (int i = 0; i < rates.size(); i++) {
                    insert.setLong(1, orderId);
                    insert.setInt(2, number);
                    insert.setInt(3, i);
                    insert.setString(4, rates.get(i).name());
                    insert.setLong(5, rates.get(i).partsPerMillion());
                    insert.addBatch();
                }
                number++;
            }
            insert.executeBatch();
        }
        insertChanges(connection, orderId, sale, now);
        TaxSummary taxes = sale.cart().taxes();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO order_taxes (order_id, position, "
                + "name, rate_ppm, basis, tax, prices) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (TaxLine line : taxes.lines()) {
                insert.setLong(1, orderId);
                insert.setInt(2, position++);
                insert.setString(3, line.rate().name());
                insert.setLong(4, line.rate().partsPerMillion());
                insert.setLong(5, line.basis().minorUnits());
                insert.setLong(6, line.tax().minorUnits());
                insert.setString(7, taxes.prices().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        database.audit(connection, now, sale.involvesCash() && sale.tenders().size() == 1 ? "sale.cash" : "sale",
                "Order " + orderId + " in session " + sessionId + " by " + cashier.name() + ": "
                + sale.cart().lines().size() + " lines, total " + total + ", paid " + paid(sale.tenders())
                + ", change " + sale.change() + (sale.involvesCash() ? ", drawer opened" : ", drawer not opened")
                + (taxes.isEmpty() ? "" : ", taxes " + taxes.lines()), cashier.id());
        return new Order(orderId, sessionId, now, cashier, asSold(sale.cart().lines()), total, sale.tendered(),
                sale.change(), taxes, sale.tenders(), sale.cart().orderDiscount());
    }

    /**
     * The lines as an order keeps them: a product's picture is the tile's, not the sale's, so the order handed back
     * is the one {@link #orders} reads later (and the outbox's listeners hear).
     */
    private static List<CartLine> asSold(List<CartLine> lines) {
        return lines.stream().map(line -> line.product().image() == null ? line : new CartLine(
                line.product().withImage(null), line.quantity(), line.measure(), line.override(), line.discount()))
                .toList();
    }

    /** The tenders as the audit writes them: "Cash INR 100.00, Card INR 50.00 (approval A1B2, card *4242)". */
    private static String paid(List<Tender> tenders) {
        List<String> parts = new ArrayList<>();
        for (Tender tender : tenders) {
            String details = tender.lastFour().isEmpty() ? "" : " (approval " + tender.approvalCode() + ", card *"
                    + tender.lastFour() + ")";
            details += tender.reference().isEmpty() ? "" : " (ref " + tender.reference() + ")";
            parts.add(tender.method().name() + " " + tender.amount() + details);
        }
        return String.join(", ", parts);
    }

    private static String emptyAsNull(String text) {
        return text.isEmpty() ? null : text;
    }

    @Override
    public Optional<Refundable> refundable(long orderId) {
        return database.read(connection -> RefundStore.refundable(connection, orderId, sessions.terminalId()));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Checked here with {@link Refundable#amountOf} and the terminal's {@link TerminalPolicy#refundNeedsApproval},
     * and again by V14's triggers (a line beyond what was sold, another terminal's order, a closed session); the
     * taxes it gives back ({@link Refundable#taxesOf}) are stored with it, and V20's triggers refuse more than the
     * order had.
     */
    @Override
    public Refund refund(RefundRequest request) throws NoOpenSessionException, ApprovalRequiredException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Refunded refunded;
        try {
            refunded = database.inTransaction(connection -> {
                Session open = sessions.openSession(connection).orElseThrow(Refused::noOpenSession);
                Optional<String> soldOn = RefundStore.terminalOf(connection, request.orderId());
                if (soldOn.isEmpty()) {
                    throw new IllegalArgumentException("There is no order " + request.orderId() + ". Nothing was "
                            + "refunded.");
                }
                if (!soldOn.get().equals(sessions.terminalId())) {
                    throw new IllegalArgumentException("Order " + request.orderId() + " was sold on " + soldOn.get()
                            + ": refund it there. Nothing was refunded.");
                }
                Refundable refundable = RefundStore.refundable(connection, request.orderId(), sessions.terminalId())
                        .orElseThrow();
                if (!refundable.methods().contains(request.method())) {
                    throw new IllegalArgumentException("Order " + request.orderId() + " can be refunded in "
                            + String.join(" or ", refundable.methods()) + ", not " + request.method()
                            + ". Nothing was refunded.");
                }
                Money amount = refundable.amountOf(request.lines());
                TerminalPolicy policy = sessions.policy();
                if (policy.refundNeedsApproval(amount) && request.approval().isEmpty()) {
                    throw new Refused(new ApprovalRequiredException("A refund above "
                            + policy.refundApprovalAbove().toPlainString() + " needs a head cashier",
                            ApprovalAction.REFUND, amount, policy.refundApprovalAbove(), amount));
                }
                if (request.approval().isPresent()) {
                    SqlApprovals.use(connection, request.approval().get(), ApprovalAction.REFUND,
                            Optional.of(amount), request.cashier(), policy.selfApproval(), now);
                }
                Refund refund = RefundStore.insert(database, connection, open.id(), request, refundable, amount,
                        refundable.taxesOf(request.lines()), now);
                beforeCommit.run();
                return new Refunded(open, refund);
            });
        } catch (Refused refused) {
            refused.rethrow();
            throw refused;
        }
        Refund refund = refunded.refund();
        LOG.info("Refund {} of order {}: {} in {} in session {} by {}", refund.id(), refund.orderId(),
                refund.amount(), refund.method(), refunded.session().id(), refund.refundedBy().name());
        return refund;
    }

    private record Refunded(Session session, Refund refund) {
    }

    @Override
    public List<Refund> refunds(long sessionId) {
        return database.read(connection -> RefundStore.refunds(connection, sessionId));
    }

    /**
     * V16's rows: each line sold at another price, with a discount or with a share of the order discount, then the
     * order discount; each with the policy's limit at the sale, and an audit row with who, who approved and why.
     */
    private void insertChanges(Connection connection, long orderId, Sale sale, Instant now) throws SQLException {
        Cart cart = sale.cart();
        DiscountLimits limits = sessions.policy().discounts();
        List<Money> shares = cart.orderDiscountShares();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO order_line_changes (order_id, "
                + "line_no, regular_price, override_reason, override_limit_bp, override_approved_by, "
                + "override_approval_token, discount, discount_bp, discount_reason, discount_limit_bp, "
                + "discount_approved_by, discount_approval_token, order_discount_share) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < cart.lines().size(); i++) {
                CartLine line = cart.lines().get(i);
                Money share = shares.get(i);
                if (line.override().isEmpty() && line.discount().isEmpty() && share.isZero()) {
                    continue;
                }
                insert.setLong(1, orderId);
                insert.setInt(2, i + 1);
                Optional<PriceOverride> override = line.override();
                setLong(insert, 3, override.map(o -> line.product().price().minorUnits()));
                insert.setString(4, override.map(PriceOverride::reason).orElse(null));
                setLong(insert, 5, override.map(o -> (long) limits.priceDropBasisPoints()));
                setLong(insert, 6, override.flatMap(PriceOverride::approval).map(a -> a.approver().id()));
                insert.setString(7, override.flatMap(PriceOverride::approval).map(Approval::token).orElse(null));
                Optional<Discount> discount = line.discount();
                insert.setLong(8, line.discountAmount().minorUnits());
                setLong(insert, 9, discount.filter(Discount::isPercent).map(d -> (long) d.basisPoints()));
                insert.setString(10, discount.map(Discount::reason).orElse(null));
                setLong(insert, 11, discount.map(d -> (long) limits.discountBasisPoints()));
                setLong(insert, 12, discount.flatMap(Discount::approval).map(a -> a.approver().id()));
                insert.setString(13, discount.flatMap(Discount::approval).map(Approval::token).orElse(null));
                insert.setLong(14, share.minorUnits());
                insert.executeUpdate();
                if (override.isPresent()) {
                    database.audit(connection, now, "sale.priceOverride", "Order " + orderId + " line " + (i + 1)
                            + " (" + line.product().name() + "): " + line.product().price().toPlainString() + " → "
                            + override.get().unitPrice().toPlainString() + " by " + sale.cashier().name()
                            + approvedBy(override.get().approval()) + ": " + override.get().reason(),
                            sale.cashier().id());
                }
                if (discount.isPresent()) {
                    database.audit(connection, now, "sale.discount", "Order " + orderId + " line " + (i + 1) + " ("
                            + line.product().name() + "): " + describe(discount.get()) + " of "
                            + line.beforeDiscount().toPlainString() + " = " + line.discountAmount().toPlainString()
                            + " off by " + sale.cashier().name() + approvedBy(discount.get().approval()) + ": "
                            + discount.get().reason(), sale.cashier().id());
                }
            }
        }
        if (cart.orderDiscount().isEmpty()) {
            return;
        }
        Discount discount = cart.orderDiscount().get();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO order_discounts (order_id, subtotal, "
                + "discount, discount_bp, reason, limit_bp, approved_by, approval_token) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, orderId);
            insert.setLong(2, cart.subtotal().minorUnits());
            insert.setLong(3, cart.orderDiscountAmount().minorUnits());
            setLong(insert, 4, Optional.of(discount).filter(Discount::isPercent).map(d -> (long) d.basisPoints()));
            insert.setString(5, discount.reason());
            insert.setLong(6, limits.discountBasisPoints());
            setLong(insert, 7, discount.approval().map(a -> a.approver().id()));
            insert.setString(8, discount.approval().map(Approval::token).orElse(null));
            insert.executeUpdate();
        }
        database.audit(connection, now, "sale.discount", "Order " + orderId + ": " + describe(discount) + " of "
                + cart.subtotal().toPlainString() + " = " + cart.orderDiscountAmount().toPlainString() + " off the order"
                + " by " + sale.cashier().name() + approvedBy(discount.approval()) + ": " + discount.reason(),
                sale.cashier().id());
    }

    private static void setLong(PreparedStatement statement, int index, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            statement.setLong(index, value.get());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    private static String approvedBy(Optional<Approval> approval) {
        return approval.map(a -> ", approved by " + a.approver().name()).orElse("");
    }

    /** "12.5 %" or "50.00": the discount as the cashier gave it. */
    private static String describe(Discount discount) {
        return discount.isPercent()
                ? java.math.BigDecimal.valueOf(discount.basisPoints(), 2).stripTrailingZeros().toPlainString() + " %"
                : discount.amount().orElseThrow().toPlainString();
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
        Map<String, List<TaxRate>> lineRates = lineRates(connection, column, value);
        try (PreparedStatement select = connection.prepareStatement("SELECT l.order_id, l.line_no, l.product_id, "
                + "l.name, l.unit_price, l.quantity, l.measure, l.measured, l.list_price, o.currency, p.category, "
                + "c.regular_price, c.override_reason, c.discount, c.discount_bp, c.discount_reason, "
                + Rows.cashierColumns("oa") + ", " + Rows.cashierColumns("da") + " FROM order_lines l "
                + "JOIN orders o ON o.id = l.order_id JOIN products p ON p.id = l.product_id "
                + "LEFT JOIN order_line_changes c ON c.order_id = l.order_id AND c.line_no = l.line_no "
                + "LEFT JOIN cashiers oa ON oa.id = c.override_approved_by "
                + "LEFT JOIN cashiers da ON da.id = c.discount_approved_by WHERE " + column + " = ?"
                + " ORDER BY l.order_id, l.line_no")) {
            select.setLong(1, value);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Currency money = Currency.getInstance(row.getString("currency"));
                    String measure = row.getString("measure");
                    Money unitPrice = Money.of(row.getLong("unit_price"), money);
                    long regular = row.getLong("regular_price");
                    boolean overridden = !row.wasNull();
                    // The product as it was sold: its name, price (per kilogram for a weighed line) and rates then,
                    // not the catalog's now.
                    Product sold = new Product(row.getLong("product_id"), row.getString("name"),
                            row.getString("category"), measure != null ? Money.of(row.getLong("list_price"), money)
                            : overridden ? Money.of(regular, money) : unitPrice,
                            lineRates.getOrDefault(row.getLong("order_id") + "/" + row.getInt("line_no"), List.of()));
                    Optional<PriceOverride> override = overridden ? Optional.of(new PriceOverride(unitPrice,
                            row.getString("override_reason"), approval(row, "oa", row.getString("override_reason"),
                            ApprovalAction.PRICE_OVERRIDE, unitPrice))) : Optional.empty();
                    String reason = row.getString("discount_reason");
                    Optional<Discount> discount = reason == null ? Optional.empty() : Optional.of(discount(row,
                            "discount", "discount_bp", reason, approval(row, "da", reason, ApprovalAction.DISCOUNT,
                                    Money.of(row.getLong("discount"), money)), money));
                    lines.computeIfAbsent(row.getLong("order_id"), id -> new ArrayList<>())
                            .add(measure != null ? new CartLine(sold, 1, new Measure(WEIGHT.equals(measure)
                                    ? ScaleBarcode.Content.WEIGHT_GRAMS : ScaleBarcode.Content.PRICE_MINOR_UNITS,
                                    row.getLong("measured")), Optional.empty(), discount)
                                    : new CartLine(sold, row.getInt("quantity"), override, discount));
                }
            }
        }
        Map<Long, TaxSummary> taxes = taxes(connection, column, value);
        Map<Long, List<Tender>> payments = payments(connection, column, value);
        Map<Long, Discount> orderDiscounts = orderDiscounts(connection, column, value);
        List<Order> result = new ArrayList<>();
        for (Order order : orders.values()) {
            result.add(new Order(order.id(), order.sessionId(), order.soldAt(), order.soldBy(),
                    lines.getOrDefault(order.id(), List.of()), order.total(), order.tendered(), order.change(),
                    taxes.getOrDefault(order.id(), TaxSummary.none(order.total().currency())),
                    payments.getOrDefault(order.id(), List.of()),
                    Optional.ofNullable(orderDiscounts.get(order.id()))));
        }
        return result;
    }

    /** The payments of each order whose {@code column} is {@code value}, in the order taken. */
    private static Map<Long, List<Tender>> payments(Connection connection, String column, long value)
            throws SQLException {
        Map<Long, List<Tender>> payments = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT p.order_id, p.method, p.kind, p.amount, "
                + "p.currency, p.approval_code, p.last_four, p.reference, p.vpa, p.payee FROM order_payments p "
                + "JOIN orders o ON o.id = p.order_id WHERE " + column + " = ? ORDER BY p.order_id, p.position")) {
            select.setLong(1, value);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    PaymentMethod method = new PaymentMethod(row.getString("method"),
                            PaymentMethod.Kind.valueOf(row.getString("kind")), row.getString("vpa"),
                            row.getString("payee"));
                    payments.computeIfAbsent(row.getLong("order_id"), id -> new ArrayList<>()).add(new Tender(method,
                            Money.of(row.getLong("amount"), Currency.getInstance(row.getString("currency"))),
                            row.getString("approval_code"), row.getString("last_four"), row.getString("reference")));
                }
            }
        }
        return payments;
    }

    /** A stored discount: its basis points when it was a percentage, else the amount it took off. */
    private static Discount discount(ResultSet row, String amountColumn, String basisPointsColumn, String reason,
                                     Optional<Approval> approval, Currency money) throws SQLException {
        long basisPoints = row.getLong(basisPointsColumn);
        Discount discount = row.wasNull() ? Discount.of(Money.of(row.getLong(amountColumn), money), reason)
                : Discount.percent(Math.toIntExact(basisPoints), reason);
        return approval.map(discount::approvedBy).orElse(discount);
    }

    /** The approval a stored change was made with, as the reports show it: the approver, not the used token. */
    private static Optional<Approval> approval(ResultSet row, String alias, String reason, ApprovalAction action,
                                               Money amount) throws SQLException {
        return Rows.cashier(row, alias).map(approver -> new Approval(approver, reason, action, Optional.of(amount),
                ""));
    }

    /** The order discounts of the orders whose {@code column} is {@code value}. */
    private static Map<Long, Discount> orderDiscounts(Connection connection, String column, long value)
            throws SQLException {
        Map<Long, Discount> discounts = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT d.order_id, d.discount, d.discount_bp, "
                + "d.reason, o.currency, " + Rows.cashierColumns("a") + " FROM order_discounts d "
                + "JOIN orders o ON o.id = d.order_id LEFT JOIN cashiers a ON a.id = d.approved_by WHERE " + column
                + " = ?")) {
            select.setLong(1, value);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Currency money = Currency.getInstance(row.getString("currency"));
                    String reason = row.getString("reason");
                    discounts.put(row.getLong("order_id"), discount(row, "discount", "discount_bp", reason,
                            approval(row, "a", reason, ApprovalAction.DISCOUNT, Money.of(row.getLong("discount"),
                                    money)), money));
                }
            }
        }
        return discounts;
    }

    /** The rates each line was sold with, by "order id/line number". */
    private static Map<String, List<TaxRate>> lineRates(Connection connection, String column, long value)
            throws SQLException {
        Map<String, List<TaxRate>> rates = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT t.order_id, t.line_no, t.name, t.rate_ppm "
                + "FROM order_line_taxes t JOIN orders o ON o.id = t.order_id WHERE " + column + " = ? "
                + "ORDER BY t.order_id, t.line_no, t.position")) {
            select.setLong(1, value);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rates.computeIfAbsent(row.getLong(1) + "/" + row.getInt(2), key -> new ArrayList<>())
                            .add(TaxRate.ofPartsPerMillion(row.getString(3), row.getLong(4)));
                }
            }
        }
        return rates;
    }

    /** The taxes stored with each order whose {@code column} is {@code value}; none for an order without. */
    private static Map<Long, TaxSummary> taxes(Connection connection, String column, long value) throws SQLException {
        Map<Long, List<TaxLine>> lines = new LinkedHashMap<>();
        Map<Long, TaxRule.Prices> prices = new HashMap<>();
        Map<Long, Currency> currencies = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT t.order_id, t.name, t.rate_ppm, t.basis, "
                + "t.tax, t.prices, o.currency FROM order_taxes t JOIN orders o ON o.id = t.order_id WHERE " + column
                + " = ? ORDER BY t.order_id, t.position")) {
            select.setLong(1, value);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    long orderId = row.getLong("order_id");
                    Currency money = Currency.getInstance(row.getString("currency"));
                    currencies.put(orderId, money);
                    prices.put(orderId, TaxRule.Prices.valueOf(row.getString("prices")));
                    lines.computeIfAbsent(orderId, id -> new ArrayList<>()).add(new TaxLine(
                            TaxRate.ofPartsPerMillion(row.getString("name"), row.getLong("rate_ppm")),
                            Money.of(row.getLong("basis"), money), Money.of(row.getLong("tax"), money)));
                }
            }
        }
        Map<Long, TaxSummary> taxes = new HashMap<>();
        lines.forEach((orderId, taxLines) -> taxes.put(orderId, new TaxSummary(currencies.get(orderId),
                prices.get(orderId), taxLines)));
        return taxes;
    }
}
