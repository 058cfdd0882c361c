package app.tillpoint.kiosk.host;

import app.tillpoint.api.ApiVersion;
import app.tillpoint.api.CashCounter;
import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.DashboardAction;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.MenuEntry;
import app.tillpoint.api.Screen;
import app.tillpoint.api.SessionListener;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DependencyResolver;
import org.pf4j.ExtensionFactory;
import org.pf4j.ExtensionPoint;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Loads the bundled plugins and the retailer's plugins folder with pf4j, creates their extensions with each plugin's
 * own {@link KioskContext}, and keeps the kiosk running whatever a plugin does: a plugin that fails to load, is built
 * for another API major, lacks a dependency, or throws from an extension is disabled for the rest of the run and
 * reported once (log, audit, dashboard notice) through the {@code reporter}. The core plugins ({@link #CORE}, when
 * bundled) are never disabled once started: their failures are reported each time, and the kiosk recovers the screen.
 * A {@link SessionListener}'s exception disables nothing: it goes back to whoever delivered the event.
 */
public final class PluginHost implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);

    /** The extension points of plugin-api that the host collects. */
    static final List<Class<? extends ExtensionPoint>> POINTS = List.of(DashboardAction.class, Screen.class,
            MenuEntry.class, CashCounter.class, CashierAuthenticator.class, SessionListener.class);

    /** The bundled plugins the till cannot work without: kept running through their failures. */
    static final Set<String> CORE = Set.of("badge-login", "selling", "session-closing", "session-opening");

    private final List<Path> roots;
    private final Path pluginDataRoot;
    private final Consumer<PluginProblem> reporter;
    private final Map<String, KioskContext> contexts = new ConcurrentHashMap<>();
    private final Map<String, PluginProblem> problems = new LinkedHashMap<>();
    private final Set<String> failed = ConcurrentHashMap.newKeySet();
    private final Set<String> core = ConcurrentHashMap.newKeySet();
    private final Map<Class<?>, List<Registered>> registry = new ConcurrentHashMap<>();
    private HostPluginManager manager;
    private final BackgroundTasks tasks;

    /**
     * @param roots          folders holding plugins (bundled first, then the retailer's, whose {@code disabled.txt}
     *                       lists the ids of plugins not to start); missing folders are skipped
     * @param pluginDataRoot {@code <data dir>/plugin-data}: each plugin's data folder is {@code <id>/} in it, made on
     *                       the plugin's first use and never touched by installing, upgrading or disabling it
     * @param reporter       told of each plugin problem once, on the thread where it happened
     */
    public PluginHost(List<Path> roots, Path pluginDataRoot, Consumer<PluginProblem> reporter) {
        this(roots, pluginDataRoot, reporter, null);
    }

    /**
     * As above, with each plugin's background work in a lane of its own of {@code tasks}: timed for a retailer's
     * plugin, untimed for a bundled one (its work is bounded by the database's and the drawer's time-outs).
     */
    public PluginHost(List<Path> roots, Path pluginDataRoot, Consumer<PluginProblem> reporter,
                      BackgroundTasks tasks) {
        this.roots = List.copyOf(roots);
        this.pluginDataRoot = pluginDataRoot;
        this.reporter = reporter;
        this.tasks = tasks;
    }

    /**
     * Loads, starts and creates the extensions of every plugin, each with its own context: {@code context}'s
     * services and the plugin's data folder. Call once, off the event thread.
     */
    public void start(HostContext context) {
        manager = new HostPluginManager(roots, new ContextExtensionFactory(type -> contextOf(type, context)));
        try {
            manager.loadPlugins();
        } catch (RuntimeException e) {
            log.error("Loading plugins failed", e);
            problem("plugins", "loading stopped: " + e.getMessage(), e);
        }
        manager.startPlugins();
        for (PluginWrapper plugin : manager.getPlugins()) {
            reportState(plugin);
            if (CORE.contains(plugin.getPluginId()) && isBundled(plugin.getPluginPath())) {
                core.add(plugin.getPluginId());
            }
        }
        // A copy: a plugin whose extension fails is stopped while we go through the list.
        for (PluginWrapper plugin : new ArrayList<>(manager.getStartedPlugins())) {
            collectExtensions(plugin.getPluginId());
        }
        log.info("Plugins started: {}; disabled: {}", manager.getStartedPlugins().stream()
                .map(PluginWrapper::getPluginId).toList(), failed);
    }

    /** The working extensions of {@code type}, by plugin id; calls into a failing plugin are contained. */
    public <T extends ExtensionPoint> List<T> extensions(Class<T> type) {
        List<T> working = new ArrayList<>();
        for (Registered registered : registry.getOrDefault(type, List.of())) {
            if (!failed.contains(registered.pluginId)) {
                working.add(type.cast(registered.guarded));
            }
        }
        return working;
    }

    /**
     * The started plugins' session listeners themselves, not guarded: {@link EventDelivery} calls them on threads of
     * their own and handles their failures, which never disable a plugin.
     */
    public List<EventDelivery.Listener> sessionListeners() {
        List<EventDelivery.Listener> listeners = new ArrayList<>();
        for (Registered registered : registry.getOrDefault(SessionListener.class, List.of())) {
            if (!failed.contains(registered.pluginId)) {
                listeners.add(new EventDelivery.Listener(registered.pluginId,
                        manager.getPlugin(registered.pluginId).getDescriptor().getVersion(),
                        (SessionListener) registered.extension));
            }
        }
        return listeners;
    }

    /** Every problem so far, oldest first. */
    public synchronized List<PluginProblem> problems() {
        return List.copyOf(problems.values());
    }

    /** The started plugins with their versions, e.g. "badge-login 0.1.0". */
    public List<String> startedPlugins() {
        return manager == null ? List.of() : manager.getStartedPlugins().stream()
                .filter(p -> !failed.contains(p.getPluginId()))
                .map(p -> p.getPluginId() + " " + p.getDescriptor().getVersion()).toList();
    }

    /**
     * A plugin as the plugins screen lists it.
     *
     * @param state              "started", "disabled" or "failed"
     * @param problem            why it failed, or empty
     * @param enabledAtNextStart whether it will be started at the next start of the kiosk
     */
    public record PluginInfo(String id, String version, String state, String problem, boolean enabledAtNextStart) {
    }

    /** Every plugin found, started or not, and the ones that could not even be read, by id. */
    public synchronized List<PluginInfo> plugins() {
        java.util.Map<String, PluginInfo> byId = new java.util.TreeMap<>();
        if (manager != null) {
            for (PluginWrapper plugin : manager.getPlugins()) {
                String id = plugin.getPluginId();
                PluginProblem problem = problems.get(id);
                String state = problem != null || failed.contains(id) ? "failed"
                        : plugin.getPluginState() == PluginState.STARTED ? "started" : "disabled";
                byId.put(id, new PluginInfo(id, plugin.getDescriptor().getVersion(), state,
                        problem == null ? "" : problem.reason(), !manager.isDisabled(id)));
            }
        }
        for (PluginProblem problem : problems.values()) {
            byId.putIfAbsent(problem.pluginId(), new PluginInfo(problem.pluginId(), "", "failed", problem.reason(),
                    manager == null || !manager.isDisabled(problem.pluginId())));
        }
        return List.copyOf(byId.values());
    }

    /**
     * Whether {@code pluginId} is started at the next start of the kiosk: written to {@code disabled.txt} in the
     * retailer's plugins folder. The running kiosk is left as it is.
     */
    public void setEnabledAtNextStart(String pluginId, boolean enabled) {
        if (enabled) {
            manager.statusProvider().enablePlugin(pluginId);
        } else {
            manager.statusProvider().disablePlugin(pluginId);
        }
        log.info("Plugin {} {} at the next start", pluginId, enabled ? "enabled" : "disabled");
    }

    /**
     * The plugin whose code threw {@code error}, judged by the classes on its stack: used for errors that escape to
     * the event thread from a plugin's own listeners.
     */
    public Optional<String> pluginOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            Optional<String> plugin = pluginOf(t.getStackTrace());
            if (plugin.isPresent()) {
                return plugin;
            }
        }
        return Optional.empty();
    }

    /** The plugin whose code is on {@code stack}, nearest the top first. */
    public Optional<String> pluginOf(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            for (List<Registered> list : registry.values()) {
                for (Registered registered : list) {
                    if (frame.getClassName().startsWith(registered.packagePrefix)) {
                        return Optional.of(registered.pluginId);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The plugin that owns {@code extension}, one of the extensions this host handed out.
     *
     * @return its plugin's id; empty for anything else (the host's own screens)
     */
    public Optional<String> pluginOfExtension(Object extension) {
        for (List<Registered> list : registry.values()) {
            for (Registered registered : list) {
                if (registered.guarded == extension) {
                    return Optional.of(registered.pluginId);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code pluginId} failed: a retailer's plugin is disabled for the rest of the run and reported once; a core
     * plugin is kept, and reported each time, for the kiosk to tell the cashier and recover the screen.
     */
    public void fail(String pluginId, String reason, Throwable cause) {
        if (core.contains(pluginId)) {
            log.error("Core plugin {} failed and is kept running: {}", pluginId, reason, cause);
            reporter.accept(new PluginProblem(pluginId, reason, PluginProblem.Outcome.RECOVERED));
            return;
        }
        disable(pluginId, reason, cause);
    }

    /** Disables {@code pluginId} for the rest of the run, core or not, and reports why, once. */
    private void disable(String pluginId, String reason, Throwable cause) {
        core.remove(pluginId);
        if (failed.add(pluginId)) {
            problem(pluginId, reason, cause);
            try {
                manager.stopPlugin(pluginId);
            } catch (RuntimeException e) {
                log.warn("Plugin {} could not be stopped cleanly", pluginId, e);
            }
        }
    }

    /**
     * {@code pluginId}'s code held the event thread for {@code heldFor} and still does: a retailer's plugin is
     * disabled; a core plugin is kept, and reported as slow.
     */
    public void heldEventThread(String pluginId, Duration heldFor) {
        if (!core.contains(pluginId)) {
            fail(pluginId, "it held the event thread for more than a second", null);
            return;
        }
        String reason = "it held the event thread for " + heldFor.toMillis() + " ms";
        log.warn("Core plugin {} is slow: {}", pluginId, reason);
        reporter.accept(new PluginProblem(pluginId, reason, PluginProblem.Outcome.SLOW));
    }

    /** Whether {@code pluginId} is a core plugin, loaded from the bundled folder: never disabled while running. */
    boolean isCore(String pluginId) {
        return core.contains(pluginId);
    }

    /** Stops the plugins, the last started first. */
    @Override
    public void close() {
        if (manager == null) {
            return;
        }
        // By id from a copy: pf4j's own stopPlugins() changes the list it walks and throws on that.
        List<PluginWrapper> started = new ArrayList<>(manager.getStartedPlugins());
        java.util.Collections.reverse(started);
        for (PluginWrapper plugin : started) {
            try {
                manager.stopPlugin(plugin.getPluginId());
            } catch (RuntimeException e) {
                log.warn("Plugin {} could not be stopped cleanly", plugin.getPluginId(), e);
            }
        }
    }

    private KioskContext contextOf(Class<?> extensionClass, HostContext kiosk) {
        PluginWrapper plugin = manager.whichPlugin(extensionClass);
        if (plugin == null) {
            // The host's own context is never handed out; a class the kiosk's own class loader found gets none.
            throw new PluginRuntimeException("Extension " + extensionClass.getName() + " belongs to no plugin");
        }
        return contexts.computeIfAbsent(plugin.getPluginId(), id -> new PluginContext(kiosk, pluginDataRoot, id,
                tasks == null ? null : tasks.lane(id, !isBundled(plugin))));
    }

    /** Whether {@code plugin} came with the kiosk (the first root), not from the retailer. */
    private boolean isBundled(PluginWrapper plugin) {
        return !roots.isEmpty() && plugin.getPluginPath().toAbsolutePath().normalize()
                .startsWith(roots.get(0).toAbsolutePath().normalize());
    }

    /** Whether {@code pluginPath} lies in a bundled folder: every root but the retailer's, the last. */
    private boolean isBundled(Path pluginPath) {
        Path path = pluginPath.toAbsolutePath().normalize();
        return roots.subList(0, roots.size() - 1).stream()
                .anyMatch(root -> path.startsWith(root.toAbsolutePath().normalize()));
    }

    private void reportState(PluginWrapper plugin) {
        PluginState state = plugin.getPluginState();
        Throwable error = plugin.getFailedException();
        if (state == PluginState.STARTED || (state == PluginState.DISABLED && error == null)) {
            return;
        }
        PluginDescriptor descriptor = plugin.getDescriptor();
        String reason;
        if (error != null && !manager.isCompatible(descriptor)) {
            reason = "it needs plugin API " + descriptor.getRequires() + ", this kiosk has " + ApiVersion.CURRENT;
            error = null; // an expected refusal: the one line says it all, a stack trace would only hide it
        } else if (error != null) {
            reason = "it failed to start: " + rootMessage(error);
        } else {
            reason = "it is " + state.toString().toLowerCase(Locale.ROOT);
        }
        failed.add(plugin.getPluginId());
        problem(plugin.getPluginId(), reason, error);
    }

    private void collectExtensions(String pluginId) {
        List<Registered> found = new ArrayList<>();
        try {
            for (Class<? extends ExtensionPoint> point : POINTS) {
                for (Class<? extends ExtensionPoint> type : manager.getExtensionClasses(point, pluginId)) {
                    Object extension = manager.getExtensionFactory().create(type);
                    found.add(new Registered(pluginId, point, extension, guard(point, pluginId, extension)));
                }
            }
        } catch (RuntimeException | LinkageError e) {
            // Even a core plugin: without its extensions there is nothing to keep.
            disable(pluginId, e instanceof PluginRuntimeException ? e.getMessage()
                    : "an extension could not be created: " + rootMessage(e), e);
            return;
        }
        found.sort(Comparator.comparing(r -> r.extension.getClass().getName()));
        for (Registered registered : found) {
            registry.computeIfAbsent(registered.point, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                    .add(registered);
        }
    }

    private Object guard(Class<?> point, String pluginId, Object extension) {
        InvocationHandler handler = (proxy, method, args) -> invoke(point, pluginId, extension, proxy, method, args);
        return Proxy.newProxyInstance(point.getClassLoader(), new Class<?>[] {point}, handler);
    }

    private Object invoke(Class<?> point, String pluginId, Object extension, Object proxy, Method method,
                          Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> pluginId + ":" + extension;
            };
        }
        if (failed.contains(pluginId)) {
            return refuse(method, pluginId, null);
        }
        try {
            return method.invoke(extension, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (point == SessionListener.class) {
                // Whoever delivers the event handles a listener's failure (again later); the plugin's other
                // extensions go on working.
                throw cause;
            }
            fail(pluginId, point.getSimpleName() + "." + method.getName() + " threw " + rootMessage(cause), cause);
            return refuse(method, pluginId, cause);
        }
    }

    /** A failed call: void methods return as if done; any other call fails, for the host to handle. */
    private Object refuse(Method method, String pluginId, Throwable cause) {
        if (method.getReturnType() == void.class) {
            return null;
        }
        throw new PluginFailedException("Plugin " + pluginId + (failed.contains(pluginId) ? " is disabled" : " failed"),
                cause);
    }

    private synchronized void problem(String pluginId, String reason, Throwable cause) {
        PluginProblem problem = new PluginProblem(pluginId, reason);
        if (problems.putIfAbsent(pluginId, problem) == null) {
            if (cause != null) {
                log.error(problem.describe(), cause);
            } else {
                log.error(problem.describe());
            }
            reporter.accept(problem);
        }
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static final class Registered {
        final String pluginId;
        final Class<?> point;
        final Object extension;
        final Object guarded;
        final String packagePrefix;

        Registered(String pluginId, Class<?> point, Object extension, Object guarded) {
            this.pluginId = pluginId;
            this.point = point;
            this.extension = extension;
            this.guarded = guarded;
            this.packagePrefix = extension.getClass().getPackageName() + ".";
        }
    }

    /** pf4j's manager, told our API version and made to report instead of hiding what it drops. */
    private final class HostPluginManager extends DefaultPluginManager {
        private final ExtensionFactory factory;

        HostPluginManager(List<Path> roots, ExtensionFactory factory) {
            super(roots.stream().filter(java.nio.file.Files::isDirectory).toList());
            this.factory = factory;
            // enabled.txt / disabled.txt live in the retailer's folder (the last root): the bundled one is read-only.
            this.pluginStatusProvider = new org.pf4j.DefaultPluginStatusProvider(roots.get(roots.size() - 1));
            setSystemVersion(ApiVersion.CURRENT);
            setResolveRecoveryStrategy(ResolveRecoveryStrategy.IGNORE_PLUGIN_AND_CONTINUE);
        }

        @Override
        protected ExtensionFactory createExtensionFactory() {
            return new DeferredFactory();
        }

        /** The retailer's plugins load only if trusted. Called by pf4j's constructor: it reads the host's fields. */
        @Override
        protected org.pf4j.PluginRepository createPluginRepository() {
            return new TrustingPluginRepository(roots, (name, reason) -> problem(name, reason, null));
        }

        @Override
        public ExtensionFactory getExtensionFactory() {
            return factory;
        }

        org.pf4j.PluginStatusProvider statusProvider() {
            return pluginStatusProvider;
        }

        boolean isDisabled(String pluginId) {
            return pluginStatusProvider.isPluginDisabled(pluginId);
        }

        boolean isCompatible(PluginDescriptor descriptor) {
            String requires = descriptor.getRequires().trim();
            return requires.isEmpty() || requires.equals("*")
                    || getVersionManager().checkVersionConstraint(ApiVersion.CURRENT, requires);
        }

        @Override
        protected PluginWrapper loadPluginFromPath(Path pluginPath) {
            try {
                return super.loadPluginFromPath(pluginPath);
            } catch (PluginRuntimeException e) {
                problem(String.valueOf(pluginPath.getFileName()), "it cannot be loaded: " + rootMessage(e), e);
                throw e;
            }
        }

        @Override
        protected DependencyResolver.Result resolveDependencies() {
            List<PluginDescriptor> descriptors = plugins.values().stream().map(PluginWrapper::getDescriptor).toList();
            DependencyResolver.Result result = dependencyResolver.resolve(descriptors);
            for (String missing : result.getNotFoundDependencies()) {
                for (String dependent : dependencyResolver.getDependents(missing)) {
                    failed.add(dependent);
                    problem(dependent, "it needs the plugin " + missing + ", which is not installed", null);
                }
            }
            for (DependencyResolver.WrongDependencyVersion wrong : result.getWrongVersionDependencies()) {
                failed.add(wrong.getDependentId());
                problem(wrong.getDependentId(), "it needs " + wrong.getDependencyId() + " "
                        + wrong.getRequiredVersion() + ", installed is " + wrong.getExistingVersion(), null);
            }
            return super.resolveDependencies();
        }

        /** Stands in while the superclass constructor runs, before our factory field is set. */
        private final class DeferredFactory implements ExtensionFactory {
            @Override
            public <T> T create(Class<T> extensionClass) {
                return factory.create(extensionClass);
            }
        }
    }
}
