package app.tillpoint.plugins.selling;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Cashiers;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.catalog.Catalog;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Sales;
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
import java.time.Duration;
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
 * A kiosk for the register's tests: an INR terminal with a small catalog, recording what the plugin asks of the host
 * (screens, overlays, messages, sales, cash moves, drawer kicks, audit rows) and running background work at once. A
 * cash out over ₹5,000 without an approval is refused as the host refuses it. The real host and database are driven
 * by the kiosk's end-to-end test.
 */
final class TestKiosk implements KioskContext {
    static final Currency INR = Currency.getInstance("INR");
    static final Locale EN_IN = Locale.forLanguageTag("en-IN");
    static final Cashier ASHA = new Cashier(7, "Asha", Role.CASHIER, false);
    static final Cashier RAVI = new Cashier(9, "Ravi", Role.HEAD_CASHIER, true);
    static final Product CHAI = new Product(1, "Masala Chai", "Drinks", paise(2_000));
    static final Product COFFEE = new Product(2, "Filter Coffee", "Drinks", paise(3_550));
    static final Product SAMOSA = new Product(3, "Samosa", "Snacks", paise(1_500));
    static final List<String> MOVE_REASONS = List.of("Change float", "Supplier paid", "Bank deposit");

    final List<String> routes = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    final List<TestOverlay> overlays = new ArrayList<>();
    final List<String> audit = new ArrayList<>();
    final List<CashSale> sales = new ArrayList<>();
    final List<CashMoveRequest> moves = new ArrayList<>();
    final List<CashierAuthenticator.Request> identifyRequests = new ArrayList<>();
    final Map<Class<?>, List<Object>> extensions = new HashMap<>();
    List<Product> products = List.of(CHAI, COFFEE, SAMOSA);
    Optional<Session> current = Optional.of(session(12));
    Optional<Cashier> atTill = Optional.of(ASHA);
    /** What sellForCash throws instead of selling, if set. */
    Exception saleFailure;
    DeviceException drawerFailure;
    int drawerKicks;

    static Money paise(long minor) {
        return Money.of(minor, INR);
    }

    static Money rupees(long major) {
        return Money.ofMajor(major, INR);
    }

    static Session session(long id) {
        return new Session(id, SessionState.OPEN, Instant.parse("2026-11-26T03:44:00Z"), ASHA, rupees(1_340),
                Optional.empty(), "", Optional.empty(), Optional.empty());
    }

    /** The head cashier (or nobody, for empty) who identifies when asked. */
    TestKiosk identifying(Optional<Cashier> who) {
        extensions.computeIfAbsent(CashierAuthenticator.class, t -> new ArrayList<>())
                .add((CashierAuthenticator) (request, done) -> {
                    identifyRequests.add(request);
                    routes.add(Routes.LOCK);
                    done.accept(who);
                });
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
                List<Denomination> list = new ArrayList<>();
                for (long major : new long[] {2000, 500, 200, 100, 50, 20, 10}) {
                    list.add(Denomination.bill(rupees(major)));
                }
                for (long major : new long[] {20, 10, 5, 2, 1}) {
                    list.add(Denomination.coin(rupees(major)));
                }
                return list;
            }

            @Override
            public Locale locale() {
                return EN_IN;
            }

            @Override
            public ZoneId zone() {
                return ZoneId.of("Asia/Kolkata");
            }

            @Override
            public TerminalPolicy policy() {
                return new TerminalPolicy(rupees(100), false, rupees(5_000), MOVE_REASONS, List.of("Counting error"));
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
                throw new UnsupportedOperationException("the register opens no session");
            }

            @Override
            public CashMove moveCash(CashMoveRequest request) throws NoOpenSessionException,
                    ApprovalRequiredException {
                if (current.isEmpty()) {
                    throw new NoOpenSessionException();
                }
                if (request.direction() == CashMove.Direction.OUT && request.approval().isEmpty()
                        && request.amount().compareTo(rupees(5_000)) > 0) {
                    throw new ApprovalRequiredException("Cash out over the limit", request.amount(), rupees(5_000));
                }
                moves.add(request);
                return new CashMove(moves.size(), current.get().id(), Instant.now(), request.cashier(),
                        request.direction(), request.amount(), request.reason(), request.approval());
            }

            @Override
            public List<CashMove> cashMoves(long sessionId) {
                throw new UnsupportedOperationException("the register lists no cash moves");
            }

            @Override
            public SessionSummary summary(long sessionId) {
                throw new UnsupportedOperationException("the register shows no summary");
            }

            @Override
            public Closing close(ClosingRequest request) {
                throw new UnsupportedOperationException("the register closes nothing");
            }

            @Override
            public Optional<Closing> closing(long sessionId) {
                throw new UnsupportedOperationException("the register closes nothing");
            }
        };
    }

    @Override
    public Catalog catalog() {
        return new Catalog() {
            @Override
            public List<Product> products() {
                return products;
            }

            @Override
            public List<String> categories() {
                return products.stream().map(Product::category).distinct().toList();
            }
        };
    }

    @Override
    public Sales sales() {
        return new Sales() {
            @Override
            public Order sellForCash(CashSale sale) throws NoOpenSessionException {
                if (saleFailure instanceof NoOpenSessionException none) {
                    throw none;
                }
                if (saleFailure instanceof RuntimeException failure) {
                    throw failure;
                }
                sales.add(sale);
                return new Order(sales.size(), current.orElseThrow().id(), Instant.now(), sale.cashier(),
                        sale.cart().lines(), sale.cart().total(), sale.tendered(), sale.change());
            }

            @Override
            public List<Order> orders(long sessionId) {
                throw new UnsupportedOperationException("the register lists no orders");
            }
        };
    }

    @Override
    public Cashiers cashiers() {
        throw new UnsupportedOperationException("the register does not look cashiers up itself");
    }

    @Override
    public CashDrawer drawer() {
        return new CashDrawer() {
            @Override
            public void open() throws DeviceException {
                drawerKicks++;
                if (drawerFailure != null) {
                    throw drawerFailure;
                }
            }

            @Override
            public OpenState openState() {
                return OpenState.UNKNOWN;
            }

            @Override
            public boolean waitForClose(Duration timeout) {
                return false;
            }

            @Override
            public DeviceStatus status() {
                return new DeviceStatus("Cash drawer", DeviceStatus.State.SIMULATED, "");
            }

            @Override
            public void close() {
                // Nothing to release.
            }
        };
    }

    @Override
    public BadgeScans badgeScans() {
        throw new UnsupportedOperationException("the register reads no badges");
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
