package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.CashCounter;
import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Cashiers;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.catalog.Catalog;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Sales;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.LastClosing;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionState;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.session.Sessions;
import app.tillpoint.api.terminal.Audit;
import app.tillpoint.api.terminal.BadgeScans;
import app.tillpoint.api.terminal.Navigator;
import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.terminal.TerminalInfo;
import app.tillpoint.api.terminal.TerminalPolicy;
import app.tillpoint.api.terminal.Till;
import org.pf4j.ExtensionPoint;

import javax.swing.JComponent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A kiosk for the closing tests: an INR terminal with one open session (₹1,340.00 opening, two orders, a cash in and
 * a cash out), recording what the plugin asks of the host and running background work at once. A closing difference
 * over ₹100.00 without an approval is refused as the host refuses it. The real host and database are driven by the
 * kiosk's end-to-end test.
 */
final class TestKiosk implements KioskContext {
    static final Currency INR = Currency.getInstance("INR");
    static final Locale EN_IN = Locale.forLanguageTag("en-IN");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final Cashier ASHA = new Cashier(7, "Asha", Role.CASHIER, false);
    static final Cashier RAVI = new Cashier(9, "Ravi", Role.HEAD_CASHIER, true);
    static final Instant OPENED = Instant.parse("2026-11-26T03:44:00Z");
    static final List<String> CLOSING_REASONS = List.of("Counting error", "Change given wrongly", "Theft suspected");

    final List<String> routes = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    final List<TestOverlay> overlays = new ArrayList<>();
    final List<String> audit = new ArrayList<>();
    final List<ClosingRequest> closings = new ArrayList<>();
    final List<CashierAuthenticator.Request> identifyRequests = new ArrayList<>();
    final List<CashCounter.CountRequest> countRequests = new ArrayList<>();
    final Map<Class<?>, List<Object>> extensions = new HashMap<>();
    Optional<Session> current = Optional.of(session());
    Optional<Cashier> atTill = Optional.of(ASHA);
    boolean blindClose;
    /** What the counter hands back next; null: the cashier cancels. */
    CashCount nextCount;
    private Optional<Closing> stored = Optional.empty();

    static Money rupees(long major) {
        return Money.ofMajor(major, INR);
    }

    static Session session() {
        return new Session(12, SessionState.OPEN, OPENED, ASHA, rupees(1_340), Optional.of(seedCount()),
                "2 x ₹500.00\n3 x ₹100.00\n4 x ₹10.00\nTotal ₹1,340.00", Optional.empty(), Optional.empty());
    }

    static CashCount emptyInr() {
        List<Denomination> list = new ArrayList<>();
        for (long major : new long[] {2000, 500, 200, 100, 50, 20, 10}) {
            list.add(Denomination.bill(rupees(major)));
        }
        for (long major : new long[] {20, 10, 5, 2, 1}) {
            list.add(Denomination.coin(rupees(major)));
        }
        return CashCount.empty(list);
    }

    static Denomination bill(long major) {
        return Denomination.bill(rupees(major));
    }

    /** 2 x ₹500, 3 x ₹100, 4 x ₹10: ₹1,340.00. */
    static CashCount seedCount() {
        return emptyInr().with(bill(500), 2).with(bill(100), 3).with(bill(10), 4);
    }

    /** Opening ₹1,340 + sales ₹560 + in ₹500 − out ₹200 = ₹2,200 expected. */
    static SessionSummary summary() {
        return new SessionSummary(session(), 2, rupees(560), rupees(560), rupees(500), rupees(200), rupees(2_200));
    }

    /** ₹2,200 counted: 4 x ₹500, 2 x ₹100. */
    static CashCount exactCount() {
        return emptyInr().with(bill(500), 4).with(bill(100), 2);
    }

    static List<Order> orders() {
        Product chai = new Product(1, "Masala Chai", "Drinks", rupees(20));
        Product thali = new Product(4, "Veg Thali", "Meals", rupees(180));
        return List.of(
                new Order(101, 12, Instant.parse("2026-11-26T04:05:00Z"), ASHA,
                        List.of(new CartLine(chai, 2), new CartLine(thali, 1)), rupees(220), rupees(500), rupees(280)),
                new Order(102, 12, Instant.parse("2026-11-26T05:30:00Z"), ASHA,
                        List.of(new CartLine(chai, 17)), rupees(340), rupees(340), rupees(0)));
    }

    static List<CashMove> moves() {
        return List.of(
                new CashMove(1, 12, Instant.parse("2026-11-26T04:00:00Z"), ASHA, CashMove.Direction.IN, rupees(500),
                        "Change float", Optional.empty()),
                new CashMove(2, 12, Instant.parse("2026-11-26T06:10:00Z"), ASHA, CashMove.Direction.OUT, rupees(200),
                        "Supplier paid: milk", Optional.of(new Approval(RAVI, "Supplier paid: milk"))));
    }

    TestKiosk identifying(Optional<Cashier> who) {
        extensions.computeIfAbsent(CashierAuthenticator.class, t -> new ArrayList<>())
                .add((CashierAuthenticator) (request, done) -> {
                    identifyRequests.add(request);
                    routes.add(Routes.LOCK);
                    done.accept(who);
                });
        return this;
    }

    TestKiosk counting(CashCount count) {
        nextCount = count;
        if (!extensions.containsKey(CashCounter.class)) {
            extensions.computeIfAbsent(CashCounter.class, t -> new ArrayList<>())
                    .add((CashCounter) (request, done) -> {
                        countRequests.add(request);
                        done.accept(Optional.ofNullable(nextCount));
                    });
        }
        return this;
    }

    TestOverlay lastOverlay() {
        return overlays.get(overlays.size() - 1);
    }

    @Override
    public TerminalInfo terminal() {
        return new TerminalInfo() {
            @Override
            public String name() {
                return "CHN LS Terminal 01";
            }

            @Override
            public Currency currency() {
                return INR;
            }

            @Override
            public List<Denomination> denominations() {
                return emptyInr().denominations();
            }

            @Override
            public Locale locale() {
                return EN_IN;
            }

            @Override
            public ZoneId zone() {
                return KOLKATA;
            }

            @Override
            public TerminalPolicy policy() {
                return new TerminalPolicy(rupees(100), blindClose, rupees(5_000), List.of(), CLOSING_REASONS);
            }
        };
    }

    @Override
    public Sessions sessions() {
        return new Sessions() {
            @Override
            public Optional<Session> current() {
                return current;
            }

            @Override
            public Optional<LastClosing> lastClosing() {
                return Optional.empty();
            }

            @Override
            public Session open(OpeningRequest request) {
                throw new UnsupportedOperationException("closing opens no session");
            }

            @Override
            public CashMove moveCash(CashMoveRequest request) {
                throw new UnsupportedOperationException("closing moves no cash");
            }

            @Override
            public List<CashMove> cashMoves(long sessionId) {
                return TestKiosk.moves();
            }

            @Override
            public SessionSummary summary(long sessionId) {
                return TestKiosk.summary();
            }

            @Override
            public Closing close(ClosingRequest request) throws NoOpenSessionException, ApprovalRequiredException {
                if (current.isEmpty()) {
                    throw new NoOpenSessionException();
                }
                Money counted = request.count().total();
                Money difference = counted.minus(TestKiosk.summary().expectedCash());
                Money size = difference.isNegative() ? rupees(0).minus(difference) : difference;
                if (size.compareTo(rupees(100)) > 0 && request.approval().isEmpty()) {
                    throw new ApprovalRequiredException("Difference over the limit", difference, rupees(100));
                }
                closings.add(request);
                Closing closing = new Closing(current.get().id(), Instant.parse("2026-11-26T12:32:00Z"),
                        request.closedBy(), request.count(), counted, TestKiosk.summary().expectedCash(), difference,
                        request.approval(), request.note());
                stored = Optional.of(closing);
                current = Optional.empty();
                return closing;
            }

            @Override
            public Optional<Closing> closing(long sessionId) {
                return stored;
            }
        };
    }

    @Override
    public Catalog catalog() {
        throw new UnsupportedOperationException("closing sells nothing");
    }

    @Override
    public Sales sales() {
        return new Sales() {
            @Override
            public Order sellForCash(app.tillpoint.api.sale.CashSale sale) {
                throw new UnsupportedOperationException("closing sells nothing");
            }

            @Override
            public List<Order> orders(long sessionId) {
                return TestKiosk.orders();
            }
        };
    }

    @Override
    public Cashiers cashiers() {
        throw new UnsupportedOperationException("closing does not look cashiers up itself");
    }

    @Override
    public CashDrawer drawer() {
        throw new UnsupportedOperationException("closing does not kick the drawer");
    }

    @Override
    public BadgeScans badgeScans() {
        throw new UnsupportedOperationException("closing reads no badges");
    }

    @Override
    public Navigator navigator() {
        return new Navigator() {
            @Override
            public void show(String route) {
                routes.add(route);
            }

            @Override
            public String currentRoute() {
                return routes.isEmpty() ? Routes.DASHBOARD : routes.get(routes.size() - 1);
            }

            @Override
            public Overlay overlay(JComponent content) {
                TestOverlay overlay = new TestOverlay(content);
                overlays.add(overlay);
                return overlay;
            }

            @Override
            public void message(String text) {
                messages.add(text);
            }
        };
    }

    @Override
    public Till till() {
        return new Till() {
            @Override
            public Optional<Cashier> cashier() {
                return atTill;
            }

            @Override
            public void signIn(Cashier cashier) {
                atTill = Optional.of(cashier);
            }

            @Override
            public void signOut() {
                atTill = Optional.empty();
            }
        };
    }

    @Override
    public Audit audit() {
        return (event, detail) -> audit.add(event + ": " + detail);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends ExtensionPoint> List<T> extensions(Class<T> type) {
        return extensions.getOrDefault(type, List.of()).stream().map(e -> (T) e).toList();
    }

    @Override
    public <T> void background(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    /** An overlay that only remembers its content and whether it was closed. */
    static final class TestOverlay implements Overlay {
        final JComponent content;
        private boolean open = true;

        TestOverlay(JComponent content) {
            this.content = content;
        }

        @Override
        public void close() {
            open = false;
        }

        @Override
        public boolean isOpen() {
            return open;
        }
    }
}
