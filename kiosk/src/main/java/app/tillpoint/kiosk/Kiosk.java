package app.tillpoint.kiosk;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.Screen;
import app.tillpoint.api.SessionListener;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Cashiers;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.device.BadgeReader;
import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.Session;
import app.tillpoint.devices.Devices;
import app.tillpoint.kiosk.config.ConfigLoader;
import app.tillpoint.kiosk.config.ConfiguredTerminal;
import app.tillpoint.kiosk.config.TerminalConfig;
import app.tillpoint.kiosk.host.BackgroundTasks;
import app.tillpoint.kiosk.host.BadgeHub;
import app.tillpoint.kiosk.host.EventThreadWatchdog;
import app.tillpoint.kiosk.host.HostContext;
import app.tillpoint.kiosk.host.PluginHost;
import app.tillpoint.kiosk.host.PluginProblem;
import app.tillpoint.kiosk.host.TillState;
import app.tillpoint.kiosk.store.Database;
import app.tillpoint.kiosk.store.DemoData;
import app.tillpoint.kiosk.store.PinRules;
import app.tillpoint.kiosk.store.SqlAudit;
import app.tillpoint.kiosk.store.SqlCashiers;
import app.tillpoint.kiosk.store.SqlCatalog;
import app.tillpoint.kiosk.store.SqlSales;
import app.tillpoint.kiosk.store.SqlSessions;
import app.tillpoint.kiosk.ui.DashboardScreen;
import app.tillpoint.kiosk.ui.PluginsScreen;
import app.tillpoint.kiosk.ui.SwingNavigator;
import app.tillpoint.kiosk.ui.TillpointLaf;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * The running kiosk: builds the terminal's services from its configuration and data folder, loads the plugins, and
 * shows the dashboard. The one place that wires store, devices, plugins and screens together.
 */
public final class Kiosk implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Kiosk.class);

    private final LaunchOptions options;
    private final IntConsumer exit;
    private final Clock clock = Clock.systemDefaultZone();
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final java.util.concurrent.CountDownLatch closedDone = new java.util.concurrent.CountDownLatch(1);
    private ConfiguredTerminal terminal;
    private PluginHost plugins;
    private SwingNavigator navigator;
    private DashboardScreen dashboard;
    private HostContext context;
    private final KioskWindow window;

    private Kiosk(LaunchOptions options, IntConsumer exit) {
        this.options = options;
        this.exit = exit;
        this.window = new KioskWindow(options, this::close);
    }

    /**
     * Starts a kiosk and returns once its window shows the dashboard. {@code exit} is called with the exit code when
     * the kiosk has closed (Exit on the dashboard, the window closed, the start-up probe done).
     *
     * @throws Exception with a message for the person at the terminal if the kiosk cannot start (another kiosk runs
     *                   on the data folder, a broken configuration); nothing is changed then
     */
    public static Kiosk start(LaunchOptions options, IntConsumer exit) throws Exception {
        Kiosk kiosk = new Kiosk(options, exit);
        TillpointLaf.setupSoon(); // at once, if the launcher has not started it yet
        try {
            kiosk.startServices();
            kiosk.showDashboard();
            return kiosk;
        } catch (Exception | Error e) {
            kiosk.closeResources();
            kiosk.window.later(() -> {
                if (kiosk.frame() != null) {
                    kiosk.frame().dispose();
                }
            });
            throw e;
        }
    }

    private void startServices() throws Exception {
        Path dataDir = options.dataDir();
        resources.add(InstanceLock.acquire(dataDir));
        // The retailer's plugins folder, with its disabled.txt: there from the first start.
        Files.createDirectories(dataDir.resolve("plugins"));
        Logging.configure(dataDir);
        window.open();

        long started = System.nanoTime();
        // No database is a first start too: the Linux package writes the configuration, so that it is the admins'.
        boolean firstStart = Files.notExists(options.configFile()) || Files.notExists(dataDir.resolve("tillpoint.db"));
        // Jackson takes the longest to warm up; it reads the configuration while this thread opens the database.
        FutureTask<TerminalConfig> reading = new FutureTask<>(() -> new ConfigLoader().load(options.configFile()));
        new Thread(reading, "tillpoint-config").start();
        Database database = Database.open(dataDir.resolve("tillpoint.db"));
        resources.add(0, database);
        terminal = new ConfiguredTerminal(configuration(reading));
        long configured = System.nanoTime();

        SqlAudit audit = new SqlAudit(database, clock);
        resources.add(0, audit);
        BackgroundTasks tasks = new BackgroundTasks();
        resources.add(0, tasks);

        TerminalConfig.Policy policy = terminal.configPolicy();
        SqlCashiers cashiers = new SqlCashiers(database, audit, clock, new PinRules(policy.headCashierNeedsPin(),
                policy.maxWrongPins(), Duration.ofSeconds(policy.lockoutSeconds())));
        Cashiers cashierService = cashiers;
        if (firstStart) {
            // Hashing the demo cashiers' badges and PINs is slow on purpose: done beside the start, not before it.
            FutureTask<Boolean> seeding = new FutureTask<>(() -> DemoData.addIfNoCashiers(cashiers));
            new Thread(seeding, "tillpoint-demo-cashiers").start();
            // Closed before the database: a kiosk closed right after its first start still gets its demo cashiers.
            resources.add(0, () -> seeding.get());
            cashierService = new SeededCashiers(cashiers, seeding);
        }
        SqlSessions sessions = new SqlSessions(database, terminal.id(), terminal.currency(), terminal.policy(), clock,
                new SqlSessions.Events() {
                    @Override
                    public void opened(Session session) {
                        tell(tasks, audit, "opened", listener -> listener.opened(session));
                    }

                    @Override
                    public void cashMoved(Session session, CashMove move) {
                        tell(tasks, audit, "cashMoved", listener -> listener.cashMoved(session, move));
                    }

                    @Override
                    public void closed(Session session, Closing closing) {
                        tell(tasks, audit, "closed", listener -> listener.closed(session));
                    }
                });
        SqlCatalog catalog = new SqlCatalog(database, terminal.currency(), clock);
        if (firstStart && DemoData.addCatalogIfEmpty(catalog, terminal.currency())) {
            log.info("First start: demo catalog added");
        }
        SqlSales sales = new SqlSales(database, sessions, terminal.currency(), clock,
                (session, order) -> tell(tasks, audit, "sold", listener -> listener.sold(session, order)));

        CashDrawer drawer = Devices.cashDrawer(terminal.devices().cashDrawer());
        resources.add(0, drawer);
        BadgeReader reader = Devices.badgeReader(terminal.devices().badgeReader());
        resources.add(0, reader);
        BadgeHub badges = new BadgeHub(reader.status(), audit, this::showDeviceChanges);
        for (DeviceStatus status : List.of(reader.status(), drawer.status())) {
            if (!status.usable()) {
                audit.record("device.status", "at start: " + status.describe());
            }
        }

        plugins = new PluginHost(List.of(options.pluginsDir(), dataDir.resolve("plugins")), problem -> {
            audit.record("plugin.failed", problem.describe());
            SwingUtilities.invokeLater(this::showDeviceChanges);
        });
        resources.add(0, plugins);
        dashboard = new DashboardScreen(terminal, sessions, tasks, plugins,
                () -> List.of(badges.readerStatus().describe(), drawer.status().describe()), clock, this::exitAsked,
                this::pluginsAsked);
        PluginsScreen pluginsScreen = new PluginsScreen(plugins, tasks, route -> navigator.show(route));
        navigator = new SwingNavigator(dashboard, () -> Stream.concat(Stream.of((Screen) pluginsScreen),
                plugins.extensions(Screen.class).stream()).toList());
        context = new HostContext(terminal, sessions, cashierService, catalog, sales, drawer, badges, navigator,
                new TillState(audit), audit, plugins, tasks);
        long stored = System.nanoTime();
        // The event thread builds the dashboard while the plugins load, and shows it once it has their actions.
        window.later(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> eventThreadError(error));
            JFrame frame = window.frame();
            frame.setTitle("Tillpoint \u00b7 " + terminal.name());
            navigator.attach(frame);
            frame.getRootPane().revalidate();
        });
        plugins.start(context);
        EventThreadWatchdog watchdog = new EventThreadWatchdog(Duration.ofSeconds(1), plugins::pluginOf,
                (plugin, heldFor) -> plugins.fail(plugin, "it held the event thread for more than a second", null));
        resources.add(0, watchdog);
        watchdog.start();
        reader.start(badges);
        dashboard.preload();
        log.info("Started services in {} ms: configuration and database {} ms, devices {} ms, plugins {} ms",
                millis(started, System.nanoTime()), millis(started, configured), millis(configured, stored),
                millis(stored, System.nanoTime()));
        audit.record("kiosk.started", terminal.name() + " with plugins " + plugins.startedPlugins());
    }

    /** Puts the dashboard into the window once the services are ready. */
    private void showDashboard() throws InterruptedException, InvocationTargetException {
        if (options.startupProbe()) {
            dashboard.onFirstPaint(() -> {
                System.out.println("startup-ms " + ProcessClock.millisSinceStart());
                close();
            });
        }
        window.awaitQueued();
        SwingUtilities.invokeAndWait(() -> {
            navigator.showDashboard();
        });
    }

    /** The kiosk window, for tests and automation. */
    public JFrame frame() {
        return window.frame();
    }

    public PluginHost plugins() {
        return plugins;
    }

    /** Leaving the kiosk needs a head cashier; a development window may simply be closed. */
    private void exitAsked() {
        asHeadCashier("Leave the kiosk", "Leaving the kiosk", cashier -> {
            context.audit().record("kiosk.exit", "by " + cashier.name());
            close();
        });
    }

    /** The plugins screen is for head cashiers. */
    private void pluginsAsked() {
        asHeadCashier("Plugins", "The plugins screen", cashier -> {
            context.audit().record("plugins.screen", "opened by " + cashier.name());
            navigator.show(PluginsScreen.ROUTE);
        });
    }

    /** Runs {@code then} once a head cashier has identified for {@code purpose}; back to the dashboard on cancel. */
    private void asHeadCashier(String purpose, String what, Consumer<Cashier> then) {
        List<CashierAuthenticator> authenticators = plugins.extensions(CashierAuthenticator.class);
        if (authenticators.isEmpty()) {
            navigator.message(what + " needs a head cashier, but no plugin can identify one.");
            return;
        }
        authenticators.get(0).identify(new CashierAuthenticator.Request(purpose, Set.of(Role.HEAD_CASHIER)),
                cashier -> cashier.ifPresentOrElse(then, navigator::showDashboard));
    }

    /** The configuration read in the background, or its {@link app.tillpoint.kiosk.config.ConfigException}. */
    private static TerminalConfig configuration(FutureTask<TerminalConfig> reading) throws Exception {
        try {
            return reading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    /** Tells every {@link SessionListener}, on the background thread, after the commit; one failing is audited. */
    private void tell(BackgroundTasks tasks, SqlAudit audit, String event, Consumer<SessionListener> call) {
        tasks.run(() -> {
            for (SessionListener listener : plugins.extensions(SessionListener.class)) {
                try {
                    call.accept(listener);
                } catch (RuntimeException e) {
                    // The change is committed; a listener's failure is reported, never undoes it.
                    log.error("The session listener {} failed on {}", listener.getClass().getName(), event, e);
                    audit.record("listener.failed", listener.getClass().getName() + " on " + event + ": " + e);
                }
            }
        });
    }

    private void showDeviceChanges() {
        if (dashboard != null) {
            dashboard.showNoticesAndDevices();
        }
    }

    /** An error escaped to the event thread: blame the plugin whose code threw, or tell the cashier. */
    private void eventThreadError(Throwable error) {
        String plugin = plugins.pluginOf(error).orElse(null);
        if (plugin != null) {
            plugins.fail(plugin, "it threw " + error, error);
            navigator.reset();
        } else {
            log.error("Unexpected error on the event thread", error);
            navigator.message("Something went wrong: " + error.getMessage() + ". Nothing was lost; try again.");
        }
    }

    /**
     * Closes the window and every resource, then calls the exit callback with 0. Safe to call twice: a second call
     * returns once the first has released everything (the data folder's lock included).
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            if (!SwingUtilities.isEventDispatchThread()) {
                try {
                    closedDone.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return;
        }
        Runnable dispose = () -> {
            JFrame frame = window.frame();
            if (frame != null) {
                frame.dispose();
            }
        };
        if (SwingUtilities.isEventDispatchThread()) {
            dispose.run();
        } else {
            SwingUtilities.invokeLater(dispose);
        }
        closeResources();
        closedDone.countDown();
        exit.accept(0);
    }

    private void closeResources() {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("Closing {} failed", resource, e);
            }
        }
        resources.clear();
    }
}
