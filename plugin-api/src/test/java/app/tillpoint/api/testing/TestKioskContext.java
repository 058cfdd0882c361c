package app.tillpoint.api.testing;

import app.tillpoint.api.CashCounter;
import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.DatabaseFaultException;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.Screen;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Cashiers;
import app.tillpoint.api.cashier.Identification;
import app.tillpoint.api.catalog.Catalog;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.catalog.ScaleBarcode;
import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.ReceiptPrinter;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.CashSale;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.sale.Sale;
import app.tillpoint.api.sale.Sales;
import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.sale.Tender;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.ApprovalRequest;
import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.Approvals;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingCount;
import app.tillpoint.api.session.ClosingCountRequest;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.LastClosing;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.session.OpeningCheck;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionAlreadyOpenException;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.session.Sessions;
import app.tillpoint.api.terminal.Audit;
import app.tillpoint.api.terminal.BadgeScans;
import app.tillpoint.api.terminal.Navigator;
import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.terminal.ProductScans;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.terminal.TerminalInfo;
import app.tillpoint.api.terminal.TerminalPolicy;
import app.tillpoint.api.terminal.Till;
import org.pf4j.ExtensionPoint;

import javax.swing.JComponent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

import static app.tillpoint.api.testing.TestTerminal.INR;
import static app.tillpoint.api.testing.TestTerminal.rupees;

/**
 * The kiosk as the plugins' tests see it, without a host or database: an INR terminal ("CHN LS Terminal 01") whose
 * services record what a plugin asks of them (screens, overlays, messages, sign-ins, audit rows, openings, sales,
 * cash moves, counts, closings, approvals asked, drawer kicks, badge listeners) and answer as the test sets them up.
 * What needs a head cashier under the terminal's policy (an opening difference, a cash out, a closing difference, a
 * blind recount) is refused without an approval, decided by the same {@link TerminalPolicy} and
 * {@link OpeningCheck} methods the host uses. Background work runs at once unless {@link #countingBackground()}.
 * Cashier lookup, and the session summary unless a test sets {@link #summary}, throw. Settings are public fields or
 * {@code withXxx} builders; per-plugin data (a catalog, a shift to close) belongs in the plugin's tests. The real host
 * and database are driven by the kiosk's end-to-end test. Event thread only.
 */
public class TestKioskContext implements KioskContext {
    /** How {@link #background} treats work. */
    public enum Background {
        /** Run the work and its callback on the caller's thread, at once. */
        AT_ONCE,
        /** Only count the work: it is the database's, which the end-to-end test drives. */
        COUNTED
    }

    /** Every route shown, in order; the last is the current one. */
    public final List<String> routes = new ArrayList<>();
    public final List<String> messages = new ArrayList<>();
    public final List<TestOverlay> overlays = new ArrayList<>();
    /** Audit rows as "event: detail". */
    public final List<String> audit = new ArrayList<>();
    /** Every cashier signed in, in order. */
    public final List<Cashier> signedIn = new ArrayList<>();
    public final List<OpeningRequest> openings = new ArrayList<>();
    public final List<CashSale> sales = new ArrayList<>();
    /** Every sale stored through Sales.sell (1.4), in order, whatever its methods; a cash sale also in {@link #sales}. */
    public final List<Sale> paidSales = new ArrayList<>();
    /** The terminal's payment methods, cash first. */
    public List<PaymentMethod> paymentMethods = List.of(PaymentMethod.CASH);
    public final List<CashMoveRequest> moves = new ArrayList<>();
    public final List<ClosingRequest> closings = new ArrayList<>();
    public final List<CashierAuthenticator.Request> identifyRequests = new ArrayList<>();
    /** Every approval asked for, in order. */
    public final List<ApprovalRequest> approvalRequests = new ArrayList<>();
    /** Every count of the drawer recorded at closing, in order. */
    public final List<ClosingCountRequest> countsRecorded = new ArrayList<>();
    public final List<CashCounter.CountRequest> countRequests = new ArrayList<>();
    public final TestBadgeScans badges = new TestBadgeScans();

    public Optional<Cashier> atTill = Optional.empty();
    public Optional<Session> current = Optional.empty();
    public Optional<LastClosing> lastClosing = Optional.empty();
    public List<Denomination> denominations = TestTerminal.emptyInrWithTwoThousand().denominations();
    public TerminalPolicy policy = new TerminalPolicy(rupees(100), false, rupees(5_000), List.of(), List.of());
    public List<Product> products = List.of();
    /** The terminal's tax rule (1.3). */
    public TaxRule taxRule = TaxRule.DEFAULT;
    /** The store's weight and price barcodes (since 1.4); none by default. */
    public List<ScaleBarcode.Rule> scaleBarcodes = List.of();
    /** The catalog's barcodes: the code a scanner sends, and the product's id (since 1.3). */
    public Map<String, Long> barcodes = Map.of();
    /** The product scanner: scan on it to deliver a barcode (since 1.3). */
    public final TestProductScans scans = new TestProductScans();
    /** What the session's summary is; null: asking for it fails. */
    public SessionSummary summary;
    public List<Order> orders = List.of();
    public List<CashMove> cashMoves = List.of();
    /** What Sessions.open throws instead of opening, if set. */
    public Exception openFailure;
    /** What Sales.sellForCash throws instead of selling, if set. */
    public Exception saleFailure;
    /** What Sessions.moveCash throws instead of storing, if set. */
    public RuntimeException moveFailure;
    /** What Sessions.recordClosingCount throws instead of recording, if set. */
    public RuntimeException countFailure;
    /** What Sessions.close throws instead of closing, if set. */
    public RuntimeException closeFailure;
    public DeviceException drawerFailure;
    /** The receipt printer plugins get: it keeps what it printed; set its state to make it fail. */
    public final TestPrinter printer = new TestPrinter();
    public int drawerKicks;
    /** Background tasks handed in, run or not. */
    public int backgroundTasks;
    /** What the counter hands back next; null: the cashier cancels. */
    public CashCount nextCount;
    /** The cashiers' checks, if the test gives them ({@link #withCashiers}); else looking cashiers up throws. */
    public Cashiers cashiers;
    /** The head cashier who approves what is asked; empty: nobody approves. */
    public Optional<Cashier> approver = Optional.empty();
    /** The plugin's data folder, made on first use as the host makes it; null: asking for it fails. */
    public Path pluginData;

    private final Map<Class<?>, List<Object>> extensions = new HashMap<>();
    private final Map<String, Screen> screens = new HashMap<>();
    private Background background = Background.AT_ONCE;
    private boolean refuseMessages;
    private Optional<Closing> stored = Optional.empty();

    /**
     * What the host throws when its database is faulted (another program holds it, read-only, full, its disk gone):
     * a {@link DatabaseFaultException} wrapped in an unchecked exception, as the host's store wraps it. For
     * {@link #saleFailure}, {@link #openFailure}, {@link #moveFailure}, {@link #countFailure}, {@link #closeFailure}.
     */
    public static RuntimeException databaseFault(DatabaseFaultException.Fault fault) {
        return new IllegalStateException(fault.message(), new DatabaseFaultException(fault));
    }

    /** Adds a working extension, as a started plugin's. */
    public <T extends ExtensionPoint> TestKioskContext with(Class<T> type, T extension) {
        extensions.computeIfAbsent(type, t -> new ArrayList<>()).add(extension);
        return this;
    }

    /** Adds an authenticator that goes to the lock screen and answers {@code who} (empty: they cancel). */
    public TestKioskContext identifying(Optional<Cashier> who) {
        return with(CashierAuthenticator.class, new CashierAuthenticator() {
            @Override
            public void authenticate(Request request, Consumer<Optional<Identification>> done) {
                identifyRequests.add(request);
                routes.add(Routes.LOCK);
                done.accept(who.map(TestTerminal::identification));
            }
        });
    }

    /** Head cashier {@code head} approves whatever is asked (empty: nobody approves). */
    public TestKioskContext approving(Optional<Cashier> head) {
        approver = head;
        return this;
    }

    /** Adds a cash counter (once) that hands back {@link #nextCount}, set here to {@code count}. */
    public TestKioskContext counting(CashCount count) {
        nextCount = count;
        if (!extensions.containsKey(CashCounter.class)) {
            with(CashCounter.class, (request, done) -> {
                countRequests.add(request);
                done.accept(Optional.ofNullable(nextCount));
            });
        }
        return this;
    }

    public TestKioskContext withAtTill(Cashier cashier) {
        atTill = Optional.of(cashier);
        return this;
    }

    public TestKioskContext withCurrent(Session session) {
        current = Optional.of(session);
        return this;
    }

    /** The terminal's policy; see {@link #policy}. */
    public TestKioskContext withPolicy(TerminalPolicy terminalPolicy) {
        policy = terminalPolicy;
        return this;
    }

    public TestKioskContext withDenominations(List<Denomination> list) {
        denominations = list;
        return this;
    }

    /** The plugin's data folder is {@code folder}, e.g. a {@code @TempDir}. */
    public TestKioskContext withPluginData(Path folder) {
        pluginData = folder;
        return this;
    }

    /** Background work is counted in {@link #backgroundTasks}, never run. */
    public TestKioskContext countingBackground() {
        background = Background.COUNTED;
        return this;
    }

    /** A message to the cashier fails the test. */
    public TestKioskContext refusingMessages() {
        refuseMessages = true;
        return this;
    }

    /**
     * Installs {@code screen} at {@code route}: the navigator shows and hides it as it goes to and from the route,
     * as the host does; a screen that is also a CashierAuthenticator becomes the kiosk's authenticator.
     */
    public TestKioskContext install(String route, Screen screen) {
        screens.put(route, screen);
        if (screen instanceof CashierAuthenticator authenticator) {
            with(CashierAuthenticator.class, authenticator);
        }
        return this;
    }

    public TestOverlay lastOverlay() {
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
                return denominations;
            }

            @Override
            public Locale locale() {
                return TestTerminal.EN_IN;
            }

            @Override
            public ZoneId zone() {
                return TestTerminal.KOLKATA;
            }

            @Override
            public TerminalPolicy policy() {
                return policy;
            }

            @Override
            public List<PaymentMethod> paymentMethods() {
                return paymentMethods;
            }

            @Override
            public TaxRule taxRule() {
                return taxRule;
            }

            @Override
            public List<ScaleBarcode.Rule> scaleBarcodes() {
                return scaleBarcodes;
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
                return lastClosing;
            }

            @Override
            public Session open(OpeningRequest request) throws SessionAlreadyOpenException,
                    ApprovalRequiredException {
                if (openFailure instanceof SessionAlreadyOpenException already) {
                    throw already;
                }
                if (openFailure instanceof RuntimeException failure) {
                    throw failure;
                }
                OpeningCheck check = new OpeningCheck(lastClosing.map(LastClosing::amount), request.openingCash(),
                        request.count());
                if (check.needsApproval(policy) && request.approval().isEmpty()) {
                    throw new ApprovalRequiredException("Opening difference", ApprovalAction.OPENING_DIFFERENCE,
                            check.carriedDifference(), policy.allowedOpeningDifference(), check.base());
                }
                openings.add(request);
                return TestTerminal.session(openings.size(), request.cashier(), rupees(0));
            }

            @Override
            public CashMove moveCash(CashMoveRequest request) throws NoOpenSessionException,
                    ApprovalRequiredException {
                if (current.isEmpty()) {
                    throw new NoOpenSessionException();
                }
                if (moveFailure != null) {
                    throw moveFailure;
                }
                if (request.approval().isEmpty() && policy.cashMoveNeedsApproval(request.direction(),
                        request.amount(), summarySoFar())) {
                    throw new ApprovalRequiredException("Cash out over the limit", ApprovalAction.CASH_OUT,
                            request.amount(), policy.cashOutApprovalAbove(), request.amount());
                }
                moves.add(request);
                return new CashMove(moves.size(), current.get().id(), Instant.now(), request.cashier(),
                        request.direction(), request.amount(), request.reason(), request.approval());
            }

            @Override
            public List<CashMove> cashMoves(long sessionId) {
                return cashMoves;
            }

            @Override
            public SessionSummary summary(long sessionId) {
                if (summary == null) {
                    throw new UnsupportedOperationException("this test sets no session summary");
                }
                return summary;
            }

            @Override
            public ClosingCount recordClosingCount(ClosingCountRequest request) throws NoOpenSessionException,
                    ApprovalRequiredException {
                if (current.isEmpty()) {
                    throw new NoOpenSessionException();
                }
                if (countFailure != null) {
                    throw countFailure;
                }
                if (policy.blindClose() && !countsRecorded.isEmpty() && request.recount().isEmpty()) {
                    throw new ApprovalRequiredException("A recount needs a head cashier", ApprovalAction.RECOUNT,
                            null, null, null);
                }
                countsRecorded.add(request);
                SessionSummary sums = summary(current.get().id());
                return new ClosingCount(current.get().id(), countsRecorded.size(), Instant.now(),
                        request.countedBy(), request.count(), sums.expectedCash(), sums.differenceFor(request.count()),
                        request.recount());
            }

            @Override
            public Closing close(ClosingRequest request) throws NoOpenSessionException, ApprovalRequiredException {
                if (current.isEmpty()) {
                    throw new NoOpenSessionException();
                }
                if (closeFailure != null) {
                    throw closeFailure;
                }
                SessionSummary sums = summary(current.get().id());
                Money expected = sums.expectedCash();
                Money counted = request.count().total();
                Money difference = sums.differenceFor(request.count());
                Money allowed = policy.allowedClosingDifference();
                if (policy.closingNeedsApproval(difference) && request.approval().isEmpty()) {
                    throw new ApprovalRequiredException("Difference over the limit",
                            ApprovalAction.CLOSING_DIFFERENCE, difference, allowed, difference);
                }
                closings.add(request);
                Closing closing = new Closing(current.get().id(), Instant.parse("2026-11-26T12:32:00Z"),
                        request.closedBy(), request.count(), counted, expected, difference, request.approval(),
                        request.note());
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
    public Cashiers cashiers() {
        if (cashiers == null) {
            throw new UnsupportedOperationException("this test looks no cashiers up");
        }
        return cashiers;
    }

    /** Cashier look-ups and checks answer as {@code service} does (a test's own stand-in of the host's). */
    public TestKioskContext withCashiers(Cashiers service) {
        cashiers = service;
        return this;
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

            @Override
            public Optional<Product> byBarcode(String scanned) {
                Long id = barcodes.get(scanned);
                return products.stream().filter(product -> id != null && product.id() == id).findFirst();
            }
        };
    }

    @Override
    public ProductScans productScans() {
        return scans;
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
                paidSales.add(Sale.of(sale));
                return new Order(paidSales.size(), current.orElseThrow().id(), Instant.now(), sale.cashier(),
                        sale.cart().lines(), sale.cart().total(), sale.tendered(), sale.change());
            }

            @Override
            public Order sell(Sale sale) throws NoOpenSessionException {
                if (sale.tenders().size() == 1 && sale.tenders().get(0).isCash()) {
                    return sellForCash(new CashSale(sale.cashier(), sale.cart(), sale.tenders().get(0).amount()));
                }
                if (saleFailure instanceof NoOpenSessionException none) {
                    throw none;
                }
                if (saleFailure instanceof RuntimeException failure) {
                    throw failure;
                }
                for (Tender tender : sale.tenders()) {
                    if (!paymentMethods.contains(tender.method())) {
                        throw new IllegalArgumentException(tender.method().name() + " is not a payment method of "
                                + "this terminal. Nothing was sold.");
                    }
                }
                paidSales.add(sale);
                return new Order(paidSales.size(), current.orElseThrow().id(), Instant.now(), sale.cashier(),
                        sale.cart().lines(), sale.cart().total(), sale.tendered(), sale.change(), sale.cart().taxes(),
                        sale.tenders());
            }

            @Override
            public List<Order> orders(long sessionId) {
                return orders;
            }
        };
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
    public ReceiptPrinter printer() {
        return printer;
    }

    @Override
    public BadgeScans badgeScans() {
        return badges;
    }

    @Override
    public Navigator navigator() {
        return new Navigator() {
            @Override
            public void show(String route) {
                String from = currentRoute();
                routes.add(route);
                Screen leaving = screens.get(from);
                if (leaving != null) {
                    leaving.hidden();
                }
                Screen arriving = screens.get(route);
                if (arriving != null) {
                    arriving.component();
                    arriving.shown();
                }
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
                if (refuseMessages) {
                    throw new AssertionError("unexpected message: " + text);
                }
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
            public void signIn(Identification identification) {
                signedIn.add(identification.cashier());
                atTill = Optional.of(identification.cashier());
            }

            @Override
            @Deprecated
            public void signIn(Cashier cashier) {
                signedIn.add(cashier);
                atTill = Optional.of(cashier);
            }

            @Override
            public void signOut() {
                atTill = Optional.empty();
            }
        };
    }

    @Override
    public Approvals approvals() {
        return (request, done) -> {
            approvalRequests.add(request);
            routes.add(Routes.LOCK);
            done.accept(approver.map(head -> new Approval(head, request.reason(), request.action(), request.amount(),
                    "test-approval-" + approvalRequests.size())));
        };
    }

    /** The session's sums from what the test set, or from the cash moves made so far. */
    private SessionSummary summarySoFar() {
        if (summary != null) {
            return summary;
        }
        Session open = current.orElseThrow();
        Money in = rupees(0);
        Money out = rupees(0);
        for (CashMoveRequest move : moves) {
            if (move.direction() == CashMove.Direction.IN) {
                in = in.plus(move.amount());
            } else {
                out = out.plus(move.amount());
            }
        }
        return SessionSummary.of(open, 0, rupees(0), rupees(0), in, out);
    }

    @Override
    public Audit audit() {
        return (event, detail) -> audit.add(event + ": " + detail);
    }

    @Override
    public Path pluginData() {
        if (pluginData == null) {
            throw new UnsupportedOperationException("this test sets no plugin data folder: withPluginData(folder)");
        }
        try {
            return Files.createDirectories(pluginData);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends ExtensionPoint> List<T> extensions(Class<T> type) {
        return extensions.getOrDefault(type, List.of()).stream().map(e -> (T) e).toList();
    }

    @Override
    public <T> void background(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Exception> onFailure) {
        backgroundTasks++;
        if (background == Background.COUNTED) {
            return;
        }
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
