package app.tillpoint.kiosk.host;

import app.tillpoint.api.DashboardAction;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.Screen;
import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.device.ReceiptPrinter;
import app.tillpoint.devices.simulated.SimulatedDrawer;
import app.tillpoint.devices.simulated.SimulatedPrinter;
import app.tillpoint.kiosk.config.ConfiguredTerminal;
import app.tillpoint.kiosk.config.TerminalConfig;
import app.tillpoint.kiosk.store.Database;
import app.tillpoint.kiosk.store.SqlApprovals;
import app.tillpoint.kiosk.store.SqlAudit;
import app.tillpoint.kiosk.store.SqlCashiers;
import app.tillpoint.kiosk.store.SqlCatalog;
import app.tillpoint.kiosk.store.SqlSales;
import app.tillpoint.kiosk.store.SqlSessions;
import app.tillpoint.kiosk.store.TestTill;
import app.tillpoint.kiosk.ui.SwingNavigator;
import app.tillpoint.kiosk.ui.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JComponent;
import javax.swing.JPanel;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** "Plugins get only what they are given": what a plugin's context hands out, and what a cast makes of it. */
class PluginWallsTest {
    /** What a plugin must never hold: the store, the devices' drivers, the host's own classes. */
    private static final Class<?>[] HOST_CLASSES = {HostContext.class, PluginHost.class, BackgroundTasks.class,
        HostCashiers.class, GuardedSessions.class, GuardedSales.class, TillState.class, HostApprovals.class,
        BadgeHub.class, ProductHub.class, Identifications.class, SwingNavigator.class, ConfiguredTerminal.class,
        SqlCashiers.class, SqlSessions.class, SqlSales.class, SqlCatalog.class, SqlAudit.class, SqlApprovals.class,
        Database.class, SimulatedDrawer.class, SimulatedPrinter.class, TimedPrinter.class};

    @TempDir
    Path dir;

    private TestTill store;
    private PluginHost plugins;
    private BackgroundTasks tasks;
    private HostContext host;
    private final SimulatedDrawer device = new SimulatedDrawer();
    private final List<String> drawerCalls = new ArrayList<>();
    /** The kiosk's printer, as plugins get it: timed, over a driver that tells the test who released it. */
    private final ReceiptPrinter printer = new TimedPrinter(new ReceiptPrinter() {
        @Override
        public int columns() {
            return 48;
        }

        @Override
        public State state() {
            return State.READY;
        }

        @Override
        public void print(PrintJob job) {
        }

        @Override
        public DeviceStatus status() {
            return new DeviceStatus("Receipt printer", DeviceStatus.State.SIMULATED, "");
        }

        @Override
        public void close() {
            drawerCalls.add("printer closed");
        }
    }, java.time.Duration.ofSeconds(1));
    /** The kiosk's drawer, which tells the test who released it. */
    private final CashDrawer drawer = new CashDrawer() {
        @Override
        public void open() throws DeviceException {
            device.open();
        }

        @Override
        public OpenState openState() throws DeviceException {
            return device.openState();
        }

        @Override
        public boolean waitForClose(java.time.Duration timeout) throws DeviceException, InterruptedException {
            return device.waitForClose(timeout);
        }

        @Override
        public DeviceStatus status() {
            return device.status();
        }

        @Override
        public void close() {
            drawerCalls.add("close");
        }
    };

    @BeforeEach
    void kiosk() throws Exception {
        store = TestTill.in(dir.resolve("store")).open();
        Identifications identifications = new Identifications(store.clock);
        TillState till = new TillState(identifications, store.audit);
        plugins = new PluginHost(List.of(dir.resolve("plugins")), dir.resolve("plugin-data"), problem -> { });
        tasks = new BackgroundTasks();
        Screen dashboard = new Screen() {
            @Override
            public String route() {
                return "dashboard";
            }

            @Override
            public JComponent component() {
                return new JPanel();
            }
        };
        host = new HostContext(new ConfiguredTerminal(TerminalConfig.demo()), new GuardedSessions(store.sessions, till),
                new HostCashiers(store.cashiers, store.cashiers, identifications), store.catalog,
                new GuardedSales(store.sales, till), drawer,
                new BadgeHub(new DeviceStatus("Badge reader", DeviceStatus.State.SIMULATED, ""), store.audit, () -> { }),
                new SwingNavigator(dashboard, List::of), till, store.audit,
                new HostApprovals(() -> host, identifications, store.approvals, store.policy,
                        new Texts(Locale.ENGLISH)), plugins, tasks, printer,
                new ProductHub(() -> new DeviceStatus("Product scanner", DeviceStatus.State.SIMULATED, ""),
                        store.audit, () -> { }));
    }

    @AfterEach
    void stop() throws Exception {
        plugins.close();
        tasks.close();
        store.close();
    }

    @Test
    void everyServiceOfAPluginsContextIsAViewOfItsInterfaceAndNothingMore() throws Exception {
        KioskContext context = new PluginContext(host, dir.resolve("plugin-data"), "prober");

        assertThat(context).isNotInstanceOfAny(HOST_CLASSES);
        assertThat(Modifier.isPublic(context.getClass().getModifiers())).as("a class a plugin can name").isFalse();
        assertOffersOnly(KioskContext.class, context);
        List<String> services = new ArrayList<>();
        for (Method accessor : KioskContext.class.getMethods()) {
            if (accessor.getParameterCount() > 0 || !accessor.getReturnType().isInterface()
                    || !accessor.getReturnType().getName().startsWith("app.tillpoint.api.")) {
                continue;
            }
            Object service = accessor.invoke(context);
            services.add(accessor.getName());
            assertThat(service).as(accessor.getName()).isNotInstanceOfAny(HOST_CLASSES);
            Class<?> type = service.getClass();
            assertThat(type.getName()).as(accessor.getName()).doesNotStartWith("app.tillpoint.kiosk.store.")
                    .doesNotStartWith("app.tillpoint.devices.");
            if (type.getName().startsWith("app.tillpoint.kiosk.")) {
                assertThat(type).as(accessor.getName() + ": one of the narrow views, which no plugin can name")
                        .isIn(PluginDrawer.class, PluginPrinter.class,
                                Class.forName(BadgeHub.class.getName() + "$PluginScans"),
                                Class.forName(ProductHub.class.getName() + "$PluginScans"));
                assertThat(Modifier.isPublic(type.getModifiers())).isFalse();
            } else {
                assertThat(Proxy.isProxyClass(type)).as(accessor.getName() + " is " + type).isTrue();
                assertThat(type.getInterfaces()).containsExactly(accessor.getReturnType());
            }
            assertOffersOnly(accessor.getReturnType(), service);
        }
        assertThat(services).contains("terminal", "sessions", "cashiers", "catalog", "sales", "drawer", "badgeScans",
                "productScans", "navigator", "till", "audit", "approvals", "printer");
    }

    @Test
    void aPluginsCastsToTheStoreOrTheHostFailAndItCannotCloseTheDrawer() throws Exception {
        TestPlugin.builder("prober").source("Prober", """
                import app.tillpoint.api.*;
                import java.util.Optional;
                @org.pf4j.Extension
                public class Prober implements DashboardAction {
                    private final KioskContext ctx;
                    public Prober(KioskContext ctx) { this.ctx = ctx; }
                    public String id() { return "prober"; }
                    public boolean offeredFor(Optional<app.tillpoint.api.session.Session> s) { return true; }
                    public String label() {
                        StringBuilder reached = new StringBuilder();
                        attempt(reached, "SqlCashiers", () -> ((app.tillpoint.kiosk.store.SqlCashiers) ctx.cashiers())
                                .add("Mallory", app.tillpoint.api.cashier.Role.HEAD_CASHIER, Optional.of("666"),
                                        Optional.of("0000")));
                        attempt(reached, "HostCashiers", () -> ((app.tillpoint.kiosk.host.HostCashiers) ctx.cashiers())
                                .active());
                        attempt(reached, "SqlCatalog", () -> ((app.tillpoint.kiosk.store.SqlCatalog) ctx.catalog())
                                .products());
                        attempt(reached, "GuardedSessions",
                                () -> ((app.tillpoint.kiosk.host.GuardedSessions) ctx.sessions()).current());
                        attempt(reached, "GuardedSales", () -> ((app.tillpoint.kiosk.host.GuardedSales) ctx.sales())
                                .orders(1));
                        attempt(reached, "SqlAudit", () -> ((app.tillpoint.kiosk.store.SqlAudit) ctx.audit()).close());
                        attempt(reached, "TillState", () -> ((app.tillpoint.kiosk.host.TillState) ctx.till()).cashier());
                        attempt(reached, "SwingNavigator",
                                () -> ((app.tillpoint.kiosk.ui.SwingNavigator) ctx.navigator()).firstDone());
                        attempt(reached, "BadgeHub", () -> ((app.tillpoint.kiosk.host.BadgeHub) ctx.badgeScans())
                                .badge("9001"));
                        attempt(reached, "ConfiguredTerminal",
                                () -> ((app.tillpoint.kiosk.config.ConfiguredTerminal) ctx.terminal()).configPolicy());
                        attempt(reached, "HostApprovals",
                                () -> ((app.tillpoint.kiosk.host.HostApprovals) ctx.approvals()).toString());
                        attempt(reached, "SimulatedDrawer",
                                () -> ((app.tillpoint.devices.simulated.SimulatedDrawer) ctx.drawer()).close());
                        attempt(reached, "TimedPrinter",
                                () -> ((app.tillpoint.kiosk.host.TimedPrinter) ctx.printer()).close());
                        attempt(reached, "SimulatedPrinter",
                                () -> ((app.tillpoint.devices.simulated.SimulatedPrinter) ctx.printer()).close());
                        attempt(reached, "HostContext", () -> ((app.tillpoint.kiosk.host.HostContext) (Object) ctx)
                                .toString());
                        try {
                            // Past the cast: the view's own handler, asked to run a method of the store's class.
                            Object catalog = ctx.catalog();
                            java.lang.reflect.Method replace = app.tillpoint.kiosk.store.SqlCatalog.class
                                    .getMethod("replace", java.util.List.class, String.class);
                            java.lang.reflect.Proxy.getInvocationHandler(catalog).invoke(catalog, replace,
                                    new Object[] {java.util.List.of(), "mallory.csv"});
                            reached.append("SqlCatalog.replace through the view's handler ");
                        } catch (Throwable refused) {
                            if (!String.valueOf(refused.getMessage()).contains("is not a method of")) {
                                reached.append("handler: ").append(refused).append(' ');
                            }
                        }
                        ctx.drawer().close(); // the kiosk's device, not the plugin's to release
                        ctx.printer().close();
                        return reached.length() == 0 ? "nothing" : reached.toString().trim();
                    }
                    private static void attempt(StringBuilder reached, String what, Runnable cast) {
                        try {
                            cast.run();
                            reached.append(what).append(' ');
                        } catch (ClassCastException expected) {
                            // the wall
                        }
                    }
                    public void perform() { }
                }
                """).build(dir.resolve("plugins"));
        plugins.start(host);

        DashboardAction prober = plugins.extensions(DashboardAction.class).get(0);

        assertThat(prober.label()).isEqualTo("nothing");
        assertThat(store.cashiers.active()).extracting(c -> c.name()).doesNotContain("Mallory");
        assertThat(store.catalog.products()).as("the catalog, not emptied through the view's handler").isNotEmpty();
        assertThat(drawerCalls).as("the kiosk's drawer and printer, released by a plugin").isEmpty();
        // Not vacuous: the host itself holds the real things.
        assertThat(host.cashiers()).isInstanceOf(HostCashiers.class);
        assertThat(host.catalog()).isInstanceOf(SqlCatalog.class);
    }

    @Test
    void noTypeAPluginCanReachAddsCashiersSetsPinsOrManagesPlugins() {
        Set<Class<?>> reachable = reachableFrom(KioskContext.class);
        // What changes cashiers or plugins: the store's and the host's own methods for it.
        Set<String> administration = Set.of("addFirstHeadCashier", "insertAll", "setPin", "setBadge",
                "disable", "setEnabledAtNextStart", "fail", "heldEventThread", "startedPlugins", "problems");
        Set<String> theirs = new HashSet<>(publicMethods(SqlCashiers.class));
        theirs.addAll(publicMethods(PluginHost.class));

        assertThat(theirs).containsAll(administration).contains("add");
        assertThat(publicMethods(app.tillpoint.api.cashier.Cashiers.class)).as("a plugin's cashiers")
                .containsOnly("active", "byBadge", "checkBadge", "needsPin", "checkPin", "lockedUntil");
        assertThat(reachable).allSatisfy(type -> assertThat(type.getName()).as("reachable type")
                .doesNotStartWith("app.tillpoint.kiosk").doesNotStartWith("app.tillpoint.devices"));
        for (Class<?> type : reachable) {
            if (type.getName().startsWith("app.tillpoint.api")) {
                assertThat(Arrays.stream(type.getMethods()).map(Method::getName))
                        .as("methods of " + type.getName()).doesNotContainAnyElementsOf(administration);
            }
        }
    }

    /** Fails if {@code service} has a public method its interface does not declare (nor Object). */
    private static void assertOffersOnly(Class<?> type, Object service) {
        for (Method method : service.getClass().getMethods()) {
            if (Modifier.isStatic(method.getModifiers())) {
                continue; // Proxy's own: the handler they give away is walled too (aPluginsCasts…)
            }
            boolean declared = Arrays.stream(type.getMethods()).anyMatch(m -> sameSignature(m, method))
                    || Arrays.stream(Object.class.getMethods()).anyMatch(m -> sameSignature(m, method));
            assertThat(declared).as(type.getSimpleName() + "'s view offers " + method).isTrue();
        }
    }

    private static boolean sameSignature(Method one, Method other) {
        return one.getName().equals(other.getName())
                && Arrays.equals(one.getParameterTypes(), other.getParameterTypes());
    }

    private static Set<String> publicMethods(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        for (Method method : type.getMethods()) {
            names.add(method.getName());
        }
        return names;
    }

    /** Every type of ours that the methods of {@code start} lead to: returns, parameters, type arguments. */
    private static Set<Class<?>> reachableFrom(Class<?> start) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (!seen.add(type)) {
                continue;
            }
            for (Method method : type.getMethods()) {
                List<Type> types = new ArrayList<>(List.of(method.getGenericReturnType()));
                types.addAll(List.of(method.getGenericParameterTypes()));
                for (Type t : types) {
                    collect(t, todo);
                }
            }
        }
        seen.removeIf(type -> !type.getName().startsWith("app.tillpoint"));
        return seen;
    }

    private static void collect(Type type, Deque<Class<?>> todo) {
        if (type instanceof Class<?> c) {
            Class<?> element = c.isArray() ? c.getComponentType() : c;
            if (element.getName().startsWith("app.tillpoint")) {
                todo.add(element);
            }
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), todo);
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, todo);
            }
        } else if (type instanceof java.lang.reflect.WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                collect(bound, todo);
            }
            for (Type bound : w.getLowerBounds()) {
                collect(bound, todo);
            }
        }
    }
}
