package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.ApprovalRequest;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.terminal.DiscountLimits;
import app.tillpoint.api.terminal.TerminalPolicy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A terminal's store on a real SQLite file in a temp folder, with Asha (cashier), Meera and Ravi (head cashiers) and
 * the demo catalog: {@code TestTill.in(dir).allowedDifference(5000).open()}. Records what the kiosk would be told.
 * Approvals are issued as the host issues them ({@link #approval}), so that the store's checks are walked for real.
 */
public final class TestTill implements AutoCloseable {
    public static final Currency INR = Currency.getInstance("INR");
    public static final String TERMINAL = "T01";
    /** The payment methods besides cash that the till takes. */
    public static final PaymentMethod CARD = PaymentMethod.of("Card", PaymentMethod.Kind.CARD);
    public static final PaymentMethod UPI = PaymentMethod.upi("UPI", "tillpoint.demo@okaxis", "Tillpoint Demo Store");
    public static final PaymentMethod VOUCHER = PaymentMethod.of("Voucher", PaymentMethod.Kind.OTHER);
    public static final List<PaymentMethod> METHODS = List.of(PaymentMethod.CASH, CARD, UPI, VOUCHER);

    public final TestDatabase test;
    public final TestClock clock;
    public final Database database;
    public final SqlAudit audit;
    public final SqlCashiers cashiers;
    public final SqlSessions sessions;
    public final SqlCatalog catalog;
    public final SqlSales sales;
    public final SqlApprovals approvals;
    public final TerminalPolicy policy;
    public final TaxRule taxRule;
    public final Cashier asha;
    public final Cashier meera;
    public final Cashier ravi;
    /** What the kiosk was told, in order: "opened 1", "sold 1", "cashMoved OUT", "closed 1". */
    public final List<String> told = new ArrayList<>();

    private TestTill(Builder builder) {
        test = TestDatabase.in(builder.dir).busyWait(builder.busyWait).atVersion(builder.version);
        clock = builder.clock;
        database = test.open();
        audit = new SqlAudit(database, clock);
        cashiers = new SqlCashiers(database, audit, clock, PinRules.DEFAULT);
        policy = new TerminalPolicy(Money.of(builder.allowedDifference, INR), builder.blindClose,
                Money.of(builder.cashOutLimit, INR), List.of("Change float", "Bank deposit"),
                List.of("Counting error", "Other"), Money.of(builder.sessionCashOutLimit, INR),
                Money.of(builder.allowedOpeningDifference, INR), builder.selfApproval, false, Duration.ZERO,
                Money.of(builder.refundLimit, INR), builder.discounts);
        sessions = new SqlSessions(database, TERMINAL, INR, policy, clock, new SqlSessions.Events() {
            @Override
            public void opened(Session session) {
                told.add("opened " + session.id());
            }

            @Override
            public void cashMoved(Session session, CashMove move) {
                told.add("cashMoved " + move.direction() + " " + move.amount().toPlainString());
            }

            @Override
            public void closed(Session session, Closing closing) {
                told.add("closed " + session.id());
            }
        });
        catalog = new SqlCatalog(database, INR, clock);
        taxRule = builder.taxRule;
        sales = new SqlSales(database, sessions, INR, taxRule, METHODS, clock, (session, order) -> told.add("sold "
                + order.id()), builder.beforeCommit);
        if (cashiers.all().stream().noneMatch(c -> c.cashier().name().equals("Asha"))) {
            cashiers.add("Asha", Role.CASHIER, Optional.of("1001"), Optional.empty());
        }
        if (cashiers.all().stream().noneMatch(c -> c.cashier().name().equals("Meera"))) {
            cashiers.add("Meera", Role.HEAD_CASHIER, Optional.of("9001"), Optional.of("1234"));
        }
        if (cashiers.all().stream().noneMatch(c -> c.cashier().name().equals("Ravi"))) {
            cashiers.add("Ravi", Role.HEAD_CASHIER, Optional.of("9002"), Optional.of("2468"));
        }
        if (catalog.isEmpty()) {
            catalog.replace(DemoData.catalog(INR), "the demo catalog");
        }
        approvals = new SqlApprovals(database, clock);
        asha = cashier("Asha");
        meera = cashier("Meera");
        ravi = cashier("Ravi");
    }

    private Cashier cashier(String name) {
        return cashiers.active().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * An approval of {@code action} for {@code amount} asked by {@code askedBy}, issued by the host's store as after
     * {@code approver} identified, with a reason.
     */
    public Approval approval(Cashier approver, Cashier askedBy, ApprovalAction action, Optional<Money> amount) {
        boolean self = approver.id() == askedBy.id();
        return approvals.issue(approver, new ApprovalRequest(action, "test", askedBy, amount, "Checked"), self);
    }

    public static Builder in(Path dir) {
        return new Builder(dir);
    }

    /** Builds a {@link TestTill}. */
    public static final class Builder {
        private final Path dir;
        private TestClock clock = TestClock.at("2026-11-26T09:00:00Z");
        private long allowedDifference;
        private long cashOutLimit = 500_000;
        private long sessionCashOutLimit = 1_000_000;
        private long allowedOpeningDifference;
        private long refundLimit = 200_000;
        private boolean blindClose;
        private boolean selfApproval;
        private Runnable beforeCommit = () -> { };
        private Duration busyWait = Database.BUSY_WAIT;
        private TaxRule taxRule = TaxRule.DEFAULT;
        private DiscountLimits discounts = DiscountLimits.NONE_ALONE;
        private int version = Migration.bundledCount();

        private Builder(Path dir) {
            this.dir = dir;
        }

        /** The allowed closing difference in paise. */
        public Builder allowedDifference(long paise) {
            allowedDifference = paise;
            return this;
        }

        /** A cash out above this many paise needs a head cashier. */
        public Builder cashOutLimit(long paise) {
            cashOutLimit = paise;
            return this;
        }

        /** Cash outs of one session above this many paise need a head cashier. */
        public Builder sessionCashOutLimit(long paise) {
            sessionCashOutLimit = paise;
            return this;
        }

        /** The allowed opening difference in paise. */
        public Builder allowedOpeningDifference(long paise) {
            allowedOpeningDifference = paise;
            return this;
        }

        /** A refund above this many paise needs a head cashier. */
        public Builder refundLimit(long paise) {
            refundLimit = paise;
            return this;
        }

        /** The cashier counts before seeing the expected cash; a recount then needs a head cashier. */
        public Builder blindClose() {
            blindClose = true;
            return this;
        }

        /** A head cashier may approve their own action. */
        public Builder selfApproval() {
            selfApproval = true;
            return this;
        }

        public Builder clock(TestClock clock) {
            this.clock = clock;
            return this;
        }

        /** Run inside every sale's and refund's transaction just before it commits. */
        public Builder beforeSaleCommits(Runnable hook) {
            beforeCommit = hook;
            return this;
        }

        /** Waits this long for another program's write lock, instead of the kiosk's {@link Database#BUSY_WAIT}. */
        public Builder busyWait(Duration wait) {
            busyWait = wait;
            return this;
        }

        /** The terminal's tax rule; {@link TaxRule#DEFAULT} otherwise. */
        public Builder taxRule(TaxRule rule) {
            taxRule = rule;
            return this;
        }

        /** How far a cashier may discount or lower a price alone; by default not at all. */
        public Builder discounts(DiscountLimits limits) {
            this.discounts = limits;
            return this;
        }

        /** Migrates only up to {@code version}: the till of an older Tillpoint, with today's code over it. */
        public Builder atVersion(int version) {
            this.version = version;
            return this;
        }

        public TestTill open() {
            return new TestTill(this);
        }
    }

    /**
     * The sessions of {@code terminal} under the old defaults (no closing difference, a head cashier for a cash out
     * above ₹5,000) and no check of openings or of the session's cash outs, telling {@code opened} of each opening.
     */
    public static SqlSessions sessions(Database database, String terminal, java.time.Clock clock,
                                       java.util.function.Consumer<Session> opened) {
        TerminalPolicy lenient = new TerminalPolicy(Money.zero(INR), false, Money.ofMajor(5000, INR), List.of("Other"),
                List.of("Other"), Money.ofMajor(1_000_000_000, INR), Money.ofMajor(1_000_000_000, INR), false, false,
                Duration.ZERO);
        return new SqlSessions(database, terminal, INR, lenient, clock, new SqlSessions.Events() {
            @Override
            public void opened(Session session) {
                opened.accept(session);
            }
        });
    }

    /** This till's cashiers as a terminal of an office store sees them: badges under the store's key too. */
    public SqlCashiers cashiersOfStore(Optional<byte[]> storeBadgeKey) {
        return new SqlCashiers(database, audit, clock, BootClock.system(), PinRules.DEFAULT, alert -> { },
                storeBadgeKey);
    }

    /** The demo product called {@code name}. */
    public Product product(String name) {
        return catalog.products().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** Opens a session counted as {@code count}. */
    public Session open(CashCount count) throws Exception {
        return sessions.open(new OpeningRequest(asha, count.total(), Optional.of(count), "Float ok"));
    }

    /** Sells {@code quantity} of each named product for cash, tendering {@code tenderedRupees}. */
    public Order sell(long tenderedRupees, Object... nameThenQuantity) throws Exception {
        Cart cart = Cart.empty(INR, taxRule);
        for (int i = 0; i < nameThenQuantity.length; i += 2) {
            Product product = product((String) nameThenQuantity[i]);
            cart = cart.add(product).withQuantity(product.id(), (Integer) nameThenQuantity[i + 1]);
        }
        return sales.sellForCash(new CashSale(asha, cart, Money.ofMajor(tenderedRupees, INR)));
    }

    /** A count of the INR bills 500, 200, 100, 50, 20, 10 and the coins 5, 2, 1, with these quantities of bills. */
    public static CashCount count(int... billsFrom500) {
        List<Denomination> denominations = new ArrayList<>();
        long[] bills = {500, 200, 100, 50, 20, 10};
        for (long value : bills) {
            denominations.add(Denomination.bill(Money.ofMajor(value, INR)));
        }
        for (long value : new long[] {5, 2, 1}) {
            denominations.add(Denomination.coin(Money.ofMajor(value, INR)));
        }
        CashCount count = CashCount.empty(denominations);
        for (int i = 0; i < billsFrom500.length; i++) {
            count = count.with(Denomination.bill(Money.ofMajor(bills[i], INR)), billsFrom500[i]);
        }
        return count;
    }

    public static Money rupees(long rupees) {
        return Money.ofMajor(rupees, INR);
    }

    @Override
    public void close() {
        audit.close();
        database.close();
    }
}
