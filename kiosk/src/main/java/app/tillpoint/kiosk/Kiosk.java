package app.tillpoint.kiosk;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.Screen;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Cashiers;
import app.tillpoint.api.cashier.Identification;
import app.tillpoint.api.flow.TakeTheTill;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.kiosk.config.ConfigLoader;
import app.tillpoint.kiosk.config.ConfiguredTerminal;
import app.tillpoint.kiosk.config.TerminalConfig;
import app.tillpoint.kiosk.host.BackgroundTasks;
import app.tillpoint.kiosk.host.BadgeHub;
import app.tillpoint.kiosk.host.EventDelivery;
import app.tillpoint.kiosk.host.EventThreadWatchdog;
import app.tillpoint.kiosk.host.GuardedSales;
import app.tillpoint.kiosk.host.GuardedSessions;
import app.tillpoint.kiosk.host.HostApprovals;
import app.tillpoint.kiosk.host.HostCashiers;
import app.tillpoint.kiosk.host.HostContext;
import app.tillpoint.kiosk.host.Identifications;
import app.tillpoint.kiosk.host.IdleLock;
import app.tillpoint.kiosk.host.PluginHost;
import app.tillpoint.kiosk.host.PluginProblem;
import app.tillpoint.kiosk.host.TillState;
import app.tillpoint.kiosk.store.BootClock;
import app.tillpoint.kiosk.store.CrashPoint;
import app.tillpoint.kiosk.store.Database;
import app.tillpoint.kiosk.store.DemoData;
import app.tillpoint.kiosk.store.PinRules;
import app.tillpoint.kiosk.store.SqlApprovals;
import app.tillpoint.kiosk.store.SqlAudit;
import app.tillpoint.kiosk.store.SqlCashiers;
import app.tillpoint.kiosk.store.SqlCatalog;
import app.tillpoint.kiosk.store.SqlEvents;
import app.tillpoint.kiosk.store.SqlSales;
import app.tillpoint.kiosk.store.SqlSessions;
import app.tillpoint.kiosk.store.TerminalSetup;
import app.tillpoint.kiosk.ui.DashboardScreen;
import app.tillpoint.kiosk.ui.FirstRunScreen;
import app.tillpoint.kiosk.ui.HostPinPad;
import app.tillpoint.kiosk.ui.OnScreenKeyboard;
import app.tillpoint.kiosk.ui.OutboxScreen;
import app.tillpoint.kiosk.ui.PluginsScreen;
import app.tillpoint.kiosk.ui.SwingNavigator;
import app.tillpoint.kiosk.ui.Texts;
import app.tillpoint.kiosk.ui.Theme;
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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The running kiosk: builds the terminal's services from its configuration and data folder, loads the plugins, and
 * shows the dashboard. The one place that wires store, devices, plugins and screens together: the devices through
 * {@link KioskDevices}, the back office through {@link KioskOffice}.
 */
public final class Kiosk implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Kiosk.class);

    private final LaunchOptions options;
    private final IntConsumer exit;
    private final Clock clock = Clock.systemUTC(); // instants only: times are shown in the terminal's zone
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch closedDone = new CountDownLatch(1);
    private ConfiguredTerminal terminal;
    private PluginHost plugins;
    private SwingNavigator navigator;
    private DashboardScreen dashboard;
    private HostContext context;
    private Identifications identifications;
    private TillState till;
    private FirstRunScreen firstRun;
    private Texts texts;
    private volatile EventDelivery delivery;
    /** The head cashier who last opened the Plugins screen, named in the audit of a retry there. */
    private volatile String pluginsOpenedBy = "";
    /** The back office: its link, started with the store, or nothing without an office. */
    private KioskOffice office;
    /** The head cashier who last opened the outbox screen, named in the audit of a retry there. */
    private volatile String outboxOpenedBy = "";
    private HostPinPad hostPinPad;
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
        TillpointLaf.startSoon(); // at once, if the launcher has not started it yet
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
        Store store = openStore(dataDir);
        long configured = System.nanoTime();
        KioskDevices devices = KioskDevices.open(terminal, dataDir, clock, store.audit(), resources,
                this::showDeviceChanges);
        long stored = System.nanoTime();
        startPlugins(store, devices);
        log.info("Started services in {} ms: configuration and database {} ms, devices {} ms, plugins {} ms",
                millis(started, System.nanoTime()), millis(started, configured), millis(configured, stored),
                millis(stored, System.nanoTime()));
        store.audit().record("kiosk.started", terminal.name() + " with plugins " + plugins.startedPlugins());
    }

    /** The configuration, the database and the services on it, and what this start must set up first. */
    private record Store(Database database, SqlAudit audit, BackgroundTasks tasks, SqlCashiers cashiers,
                         Cashiers cashierChecks, SqlSessions sessions, SqlSales sales, SqlCatalog catalog,
                         SqlApprovals approvals, EventDelivery delivery, TerminalSetup.Next next) {
    }

    private Store openStore(Path dataDir) throws Exception {
        // Jackson takes the longest to warm up; it reads the configuration while this thread opens the database.
        FutureTask<TerminalConfig> reading = new FutureTask<>(() -> new ConfigLoader().load(options.configFile()));
        new Thread(reading, "tillpoint-config").start();
        Database database = Database.open(dataDir.resolve(Database.FILE_NAME));
        resources.add(0, database);
        terminal = new ConfiguredTerminal(configuration(reading));
        CrashPoint.reached("configured");

        SqlAudit audit = new SqlAudit(database, clock);
        resources.add(0, audit);
        // A change taking longer than usual (the database busy, a device slow) says so at the top of the window.
        BackgroundTasks tasks = new BackgroundTasks(shown -> {
            if (navigator != null) {
                navigator.showWorking(shown);
            }
        }, BackgroundTasks.PLUGIN_TIMEOUT);
        resources.add(0, tasks);

        // The office's denominations and policy as it last sent them, before anything reads the terminal's.
        office = KioskOffice.prepare(terminal, database, clock);
        TerminalConfig.Policy policy = terminal.configPolicy();
        SqlCashiers cashiers = new SqlCashiers(database, audit, clock, BootClock.system(),
                new PinRules(policy.headCashierNeedsPin(), policy.maxWrongPins(),
                        Duration.ofSeconds(policy.lockoutSeconds()), Duration.ofSeconds(policy.maxLockoutSeconds()),
                        policy.wrongPinsPerHour()),
                alert -> SwingUtilities.invokeLater(() -> showAlert(alert)),
                office.badgeKey());
        SqlCatalog catalog = new SqlCatalog(database, terminal.currency(), clock);
        TerminalConfig.Delivery patience = terminal.config().delivery();
        EventDelivery delivery = new EventDelivery(new SqlEvents(database, terminal.id()), audit, clock,
                new EventDelivery.Settings(Duration.ofSeconds(patience.timeoutSeconds()),
                        Duration.ofMillis(patience.firstPauseMillis()),
                        Duration.ofSeconds(patience.longestPauseSeconds()), patience.parkAfter()),
                this::showParkedDeliveries);
        // The outbox is written by the database in each change's transaction; after the commit, the couriers look.
        SqlSessions sessions = new SqlSessions(database, terminal.id(), terminal.currency(), terminal::policy, clock,
                new SqlSessions.Events() {
                    @Override
                    public void opened(Session session) {
                        delivery.wake();
                    }

                    @Override
                    public void cashMoved(Session session, CashMove move) {
                        delivery.wake();
                    }

                    @Override
                    public void closed(Session session, Closing closing) {
                        delivery.wake();
                    }
                });
        SqlSales sales = new SqlSales(database, sessions, terminal.currency(), terminal.taxRule(),
                terminal.paymentMethods(), clock, (session, order) -> delivery.wake());
        office.start(database, sessions, clock, () -> SwingUtilities.invokeLater(this::showDeviceChanges), resources);
        TerminalSetup.Next next = TerminalSetup.next(database, options.demo());
        Cashiers cashierChecks = cashiers;
        if (next == TerminalSetup.Next.SEED_DEMO) {
            // Hashing the demo cashiers' badges and PINs is slow on purpose: done beside the start, not before it,
            // and stored with the catalog in one transaction, so that a start cut short leaves all or nothing.
            FutureTask<Boolean> seeding = new FutureTask<>(
                    () -> DemoData.seed(database, cashiers, catalog, terminal.currency()));
            new Thread(seeding, "tillpoint-demo-cashiers").start();
            // Closed before the database: a kiosk closed right after its first start still gets its demo data.
            resources.add(0, seeding::get);
            cashierChecks = new SeededCashiers(cashiers, seeding);
        } else if (options.demo() && TerminalSetup.of(database).filter(TerminalSetup.TERMINAL::equals).isPresent()) {
            log.warn("--demo ignored: {} is a real terminal's data folder, and gets no demo cashiers", dataDir);
        }
        return new Store(database, audit, tasks, cashiers, cashierChecks, sessions, sales, catalog,
                new SqlApprovals(database, clock), delivery, next);
    }

    /**
     * The dashboard's status line: the devices' ({@link KioskDevices#statusLine}) and, with an office, its link. Event
     * thread.
     */
    private List<String> deviceLine(KioskDevices devices) {
        List<String> line = devices.statusLine(texts);
        office.statusLine().ifPresent(line::add);
        return line;
    }

    private void startPlugins(Store store, KioskDevices devices) {
        SqlAudit audit = store.audit();
        BackgroundTasks tasks = store.tasks();
        Path dataDir = options.dataDir();
        // The host's own words follow the till: the language of the cashier identified there, else the terminal's.
        texts = Texts.following(() -> till == null ? terminal.locale() : till.shownLocale());
        List<Path> pluginRoots = List.of(options.pluginsDir(), dataDir.resolve("plugins"));
        plugins = new PluginHost(pluginRoots, dataDir.resolve("plugin-data"), problem -> {
            audit.record(problem.auditEvent(), problem.describe());
            SwingUtilities.invokeLater(() -> pluginProblem(problem, texts));
        }, tasks);
        resources.add(0, plugins);
        BadgeHub badges = devices.badges();
        dashboard = new DashboardScreen(terminal, store.sessions(), tasks, plugins, () -> deviceLine(devices),
                clock, this::exitAsked,
                this::pluginsAsked, this::outboxAsked);
        PluginsScreen pluginsScreen = new PluginsScreen(plugins, tasks, route -> navigator.show(route),
                new PluginsScreen.Deliveries() {
                    @Override
                    public Set<String> parkedPlugins() {
                        return store.delivery().parked().stream().map(EventDelivery.Parked::pluginId)
                                .collect(Collectors.toSet());
                    }

                    @Override
                    public int retry(String pluginId) {
                        return store.delivery().retry(pluginId, pluginsOpenedBy);
                    }
                }, texts);
        OutboxScreen outboxScreen = new OutboxScreen(tasks, route -> navigator.show(route), new OutboxScreen.Outbox() {
            @Override
            public List<OutboxScreen.Reader> readers() {
                return outboxReaders(store.delivery());
            }

            @Override
            public int retry(String pluginId) {
                return store.delivery().retry(pluginId, outboxOpenedBy);
            }
        }, texts, terminal.zone(), terminal.locale());
        identifications = new Identifications(clock);
        HostCashiers cashiers = new HostCashiers(store.cashierChecks(), store.cashiers(), identifications);
        hostPinPad = new HostPinPad(cashiers, badges, tasks, texts, route -> navigator.show(route));
        navigator = new SwingNavigator(dashboard, () -> Stream.concat(
                Stream.of(pluginsScreen, outboxScreen, hostPinPad),
                plugins.extensions(Screen.class).stream()).toList(), texts);
        // A badge goes to the screen shown: a plugin's screen's own subscriptions, or the host's.
        badges.deliverTo(() -> navigator.currentScreen().flatMap(plugins::pluginOfExtension));
        devices.products().deliverTo(() -> navigator.currentScreen().flatMap(plugins::pluginOfExtension));
        till = new TillState(identifications, audit, terminal.locale());
        // The cashier's language from their identification until the till is left (issue 17).
        till.onLocaleChange(this::speak);
        HostApprovals approvals = new HostApprovals(() -> context, identifications, store.approvals(),
                terminal.policy(), texts);
        context = new HostContext(terminal, new GuardedSessions(store.sessions(), till), cashiers, store.catalog(),
                new GuardedSales(store.sales(), till), devices.drawer(), badges, navigator, till, audit, approvals,
                plugins, tasks, devices.printer(), devices.products(), office.backOffice());
        IdleLock idleLock = new IdleLock(terminal.policy().idleLock(), () -> navigator.currentRoute(), till,
                this::idleLocked);
        resources.add(0, () -> SwingUtilities.invokeLater(idleLock::close));
        badges.onScan(idleLock::touched);
        devices.products().onScan(idleLock::touched);
        FirstRunScreen firstRun = store.next() == TerminalSetup.Next.FIRST_RUN ? new FirstRunScreen(badges, tasks,
                texts, (name, badge, pin) -> createFirstHeadCashier(store, name, badge, pin),
                this::firstRunDone) : null;
        // No physical keyboard: text is typed on the screen (terminal.json's "keyboard").
        TerminalConfig.Keyboard keys = terminal.config().keyboard();
        AtomicReference<OnScreenKeyboard> onScreen = new AtomicReference<>();
        resources.add(0, () -> SwingUtilities.invokeLater(() -> Optional.ofNullable(onScreen.get())
                .ifPresent(OnScreenKeyboard::close)));
        // The event thread builds the dashboard while the plugins load, and shows it once it has their actions.
        window.later(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> eventThreadError(error));
            TillpointLaf.useTheme(Theme.of(terminal.config().look().theme()).orElseThrow());
            TillpointLaf.useScriptFont(terminal.locale());
            JFrame frame = window.frame();
            frame.setTitle(texts.get("kiosk.title", terminal.name()));
            // Every component in the window speaks the terminal's language (plugin-api's widgets ask getLocale()).
            frame.setLocale(terminal.locale());
            navigator.attach(frame);
            if (keys.onScreen()) {
                onScreen.set(OnScreenKeyboard.attach(frame, keys.keyboardLayouts()));
            }
            frame.getRootPane().revalidate();
            idleLock.start();
        });
        plugins.start(context);
        // Before the dashboard offers anything: a new listener's mark is set before the first change it hears of.
        store.delivery().start(plugins.sessionListeners());
        // Closed before the plugins stop and before the database: a courier may be inside a listener or moving a mark.
        resources.add(0, store.delivery());
        this.delivery = store.delivery();
        showParkedDeliveries();
        EventThreadWatchdog watchdog = new EventThreadWatchdog(Duration.ofSeconds(1), plugins::pluginOf,
                plugins::heldEventThread);
        resources.add(0, watchdog);
        watchdog.start();
        devices.start();
        dashboard.preload();
        this.firstRun = firstRun;
    }

    /**
     * The screens speak {@code locale} from now on: the fonts that write its script for what is built next, the
     * window's locale (plugin-api's widgets ask it) and the screens built so far. On the event thread, where the till
     * is signed in and out.
     */
    private void speak(Locale locale) {
        if (!SwingUtilities.isEventDispatchThread()) {
            SwingUtilities.invokeLater(() -> speak(locale));
            return;
        }
        TillpointLaf.useScriptFont(locale);
        window.frame().setLocale(locale);
        navigator.localeChanged(locale);
    }

    /** The first-run screen's Create, on a background thread. */
    private void createFirstHeadCashier(Store store, String name, String badge, char[] pin) {
        store.cashiers().addFirstHeadCashier(name, badge, new String(pin));
        store.audit().record("setup.firstHeadCashier", "The terminal " + terminal.id() + " was set up with its first "
                + "head cashier, " + name.strip());
    }

    private void firstRunDone() {
        navigator.firstDone();
        firstRun = null;
        navigator.showDashboard();
    }

    /** The register was left alone for the policy's idle time: the till locks, the session stays open. */
    private void idleLocked() {
        till.cashier().ifPresent(cashier -> context.audit().record("till.idleLock", cashier.name()
                + " signed out after " + terminal.policy().idleLock().toSeconds() + " s without a touch"));
        navigator.closeOverlays();
        till.signOut();
        TakeTheTill.thenRegister(context, texts.get("kiosk.idleLocked",
                String.valueOf(terminal.policy().idleLock().toSeconds())));
    }

    /** Puts the dashboard into the window once the services are ready. */
    private void showDashboard() throws InterruptedException, InvocationTargetException {
        LatencyProbe.installIfAsked();
        if (options.startupProbe()) {
            Runnable probe = () -> {
                System.out.println("startup-ms " + ProcessClock.millisSinceStart());
                close();
            };
            // A real terminal's first start shows the first-run screen: its first paint is the start's end.
            if (firstRun != null) {
                firstRun.onFirstPaint(probe);
            } else {
                dashboard.onFirstPaint(probe);
            }
        }
        window.awaitQueued();
        SwingUtilities.invokeAndWait(() -> {
            if (firstRun != null) {
                navigator.showFirst(firstRun);
            } else {
                navigator.showDashboard();
            }
            window.reveal();
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
        asHeadCashier(texts.get("kiosk.exitPurpose"), texts.get("kiosk.exitWhat"), cashier -> {
            context.audit().record("kiosk.exit", "by " + cashier.name());
            close();
        });
    }

    /** The plugins screen is for head cashiers. */
    private void pluginsAsked() {
        asHeadCashier(texts.get("kiosk.pluginsPurpose"), texts.get("kiosk.pluginsWhat"), cashier -> {
            context.audit().record("plugins.screen", "opened by " + cashier.name());
            pluginsOpenedBy = cashier.name();
            navigator.show(PluginsScreen.ROUTE);
        });
    }

    /** The outbox screen is for head cashiers. */
    private void outboxAsked() {
        asHeadCashier(texts.get("kiosk.outboxPurpose"), texts.get("kiosk.outboxWhat"), cashier -> {
            context.audit().record("outbox.screen", "opened by " + cashier.name());
            outboxOpenedBy = cashier.name();
            navigator.show(OutboxScreen.ROUTE);
        });
    }

    /** The outbox's readers: the back office's sender when configured, then each listener. Blocking. */
    private List<OutboxScreen.Reader> outboxReaders(EventDelivery delivery) {
        List<OutboxScreen.Reader> readers = new ArrayList<>();
        office.outboxReader(texts).ifPresent(readers::add);
        for (EventDelivery.Standing listener : delivery.standings()) {
            String consumer = listener.standing().delivery().consumer();
            String listenerClass = consumer.substring(
                    Math.max(consumer.lastIndexOf('/'), consumer.lastIndexOf('.')) + 1);
            readers.add(new OutboxScreen.Reader(texts.get("outbox.listener", listener.pluginId(), listenerClass),
                    Optional.of(listener.pluginId()), listener.standing()));
        }
        return readers;
    }

    /**
     * Runs {@code then} once a head cashier has identified for {@code purpose} with an identification this host
     * issued; back to the dashboard otherwise.
     */
    private void asHeadCashier(String purpose, String what, Consumer<Cashier> then) {
        Consumer<Optional<Identification>> checked = identified -> {
            if (identified.isEmpty()) {
                navigator.showDashboard();
                return;
            }
            Identification head = identified.get();
            if (!identifications.take(head) || !head.cashier().isHeadCashier()) {
                context.audit().record("kiosk.headCashier.refused", what + ": an identification of "
                        + head.cashier().name() + " was not accepted");
                navigator.showDashboard();
                navigator.message(texts.get("kiosk.needsHeadCashier", what));
                return;
            }
            then.accept(head.cashier());
        };
        if (context.authenticator().isPresent()) {
            context.identify(CashierAuthenticator.Request.headCashier(purpose), checked);
        } else {
            hostPinPad.identify(purpose, checked); // the way out, even with badge-login gone
        }
    }

    /** A security alert (too many wrong PINs in an hour), on the dashboard until the kiosk restarts. */
    private void showAlert(String alert) {
        if (dashboard != null) {
            dashboard.showAlert(alert);
        }
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

    /**
     * Names the parked deliveries on the dashboard; on a courier's thread or at start (reads the database there, shows
     * on the event thread).
     */
    private void showParkedDeliveries() {
        EventDelivery delivery = this.delivery;
        if (delivery == null) {
            return;
        }
        List<String> notices = new ArrayList<>();
        for (EventDelivery.Parked parked : delivery.parked()) {
            notices.add(texts.get("dashboard.deliveryParked", parked.pluginId(), parked.waiting(), parked.lastError()));
        }
        SwingUtilities.invokeLater(() -> {
            if (dashboard != null) {
                dashboard.showDeliveryNotices(notices);
            }
        });
    }

    /**
     * A plugin's problem, already logged and audited: a disabled plugin's buttons leave the dashboard at once; a core
     * plugin that failed is kept, the cashier told, and the screen brought back to the dashboard.
     */
    private void pluginProblem(PluginProblem problem, Texts texts) {
        switch (problem.outcome()) {
            case DISABLED -> {
                if (dashboard != null) {
                    dashboard.pluginsChanged();
                }
            }
            case RECOVERED -> {
                if (navigator == null) {
                    return;
                }
                // On the dashboard already: leave it be, or a failing dashboard action would reset it without end.
                if (Routes.DASHBOARD.equals(navigator.currentRoute())) {
                    navigator.closeOverlays();
                } else {
                    navigator.reset();
                }
                navigator.message(texts.get("plugin.recovered", problem.pluginId(), problem.reason()));
            }
            case SLOW -> {
                // Logged and audited; its screen goes on once it lets go of the event thread.
            }
        }
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
            navigator.message(texts.get("kiosk.unexpected", String.valueOf(error.getMessage())));
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
