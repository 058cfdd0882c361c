package app.tillpoint.kiosk.testkit;

import app.tillpoint.kiosk.Kiosk;
import app.tillpoint.kiosk.LaunchOptions;
import app.tillpoint.kiosk.trust.PluginTrust;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * A real kiosk for GUI tests, the Tillpoint test kit: the bundled plugins as built, the demo terminal with simulated
 * devices, a real SQLite file in a temp data folder, a 1024x768 window, driven through AssertJ-Swing by the component
 * names of {@code app.tillpoint.api.ui.Names}.
 *
 * <p>A plugin under test is put into the data folder's {@code plugins/} before the kiosk starts, with
 * {@link #installPlugin(Path, Path, Path)} (a plugin.properties and a classes folder, e.g. {@code target/classes})
 * or {@link #installPlugin(Path, Path)} (a built pf4j {@code .zip} or {@code .jar}); both trust it, as an
 * administrator's {@code tillpoint plugins trust} does, since the kiosk loads no untrusted plugin from there. The
 * bundled plugins travel in this kit's jar and are unpacked once per test run; the system property
 * {@value #BUNDLED_PLUGINS_PROPERTY} may name another folder of them.
 *
 * <pre>{@code
 * TestKiosk.installPlugin(dataDir, Path.of("plugin.properties"), Path.of("target/classes"));
 * try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
 *     kiosk.tap(Names.DASHBOARD_NEW_SESSION);
 *     kiosk.waitFor(Names.LOCK_SCAN_PROMPT);  // a badge scanned before the lock screen shows goes nowhere
 *     kiosk.scanBadge("1001");
 * }
 * }</pre>
 *
 * Run under a display with a window manager, with {@code FailOnThreadViolationRepaintManager} installed.
 */
public final class TestKiosk implements AutoCloseable {
    private final Kiosk kiosk;
    private final Robot robot;
    private final FrameFixture window;
    private final AtomicInteger exitCode = new AtomicInteger(Integer.MIN_VALUE);
    private final Path dataDir;
    private final TapLog taps = new TapLog();

    private TestKiosk(Path dataDir, boolean demo, List<String> extraArgs) throws Exception {
        this.dataDir = dataDir;
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--plugins-dir", bundledPlugins(),
                "--windowed", "--size", "1024x768"));
        if (demo) {
            args.add("--demo");
        }
        args.addAll(extraArgs);
        LaunchOptions options = LaunchOptions.parse(args.toArray(String[]::new), dataDir, Path.of(bundledPlugins()));
        try {
            kiosk = Kiosk.start(options, exitCode::set);
        } catch (Exception | Error e) {
            taps.close();
            throw e;
        }
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(15);
        window = new FrameFixture(robot, kiosk.frame());
        try {
            awaitInput();
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /**
     * Returns once the window takes a press: a window manager still managing a new window lets presses on it go
     * nowhere (openbox does, now and then, for the first few hundred milliseconds), and a test's first tap would be
     * lost without a trace. The press goes to the top left corner of the window's content, which no screen uses.
     */
    private void awaitInput() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        for (int attempt = 1; taps.pressesOn(kiosk.frame()) == 0; attempt++) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The kiosk window took no press in 10 s\n"
                        + taps.describe(kiosk.frame(), "first press"));
            }
            java.awt.Point corner = GuiActionRunner.execute(() -> {
                java.awt.Point at = kiosk.frame().getContentPane().getLocationOnScreen();
                at.translate(2, 2);
                return at;
            });
            robot.click(corner, org.assertj.swing.core.MouseButton.LEFT_BUTTON, 1);
            robot.waitForIdle();
            if (taps.pressesOn(kiosk.frame()) == 0) {
                System.out.println("TestKiosk: press " + attempt + " on the new window went nowhere; pressing again");
                org.assertj.swing.timing.Pause.pause(100);
            }
        }
    }

    /**
     * The system property that may name a folder of bundled plugins (each unpacked in a folder of its own, as in a
     * kiosk's {@code plugins/} beside its jar) to use instead of the ones in this kit's jar.
     */
    public static final String BUNDLED_PLUGINS_PROPERTY = "tillpoint.test.plugins";

    /** The bundled plugins in this kit's jar, a zip of their folders beside this class. */
    private static final String BUNDLED_PLUGINS_RESOURCE = "bundled-plugins.zip";

    /**
     * Starts a kiosk with {@code --demo} on {@code dataDir} (fresh or not: a fresh one gets the demo terminal, its
     * cashiers and catalog) and waits for its window. {@code extraArgs} are more launcher options. To restart,
     * {@link #close} the kiosk and start one again on the same folder: that is how a test sees a newer plugin zip
     * installed, or data kept across a restart.
     */
    public static TestKiosk start(Path dataDir, String... extraArgs) throws Exception {
        return new TestKiosk(dataDir, true, List.of(extraArgs));
    }

    /**
     * Starts a kiosk as a real terminal starts, without {@code --demo}: a fresh {@code dataDir} shows the first-run
     * screen, which asks for the first head cashier before anything else.
     */
    public static TestKiosk startReal(Path dataDir, String... extraArgs) throws Exception {
        return new TestKiosk(dataDir, false, List.of(extraArgs));
    }

    /**
     * The folder of the bundled plugins the kiosk loads: the one named by {@value #BUNDLED_PLUGINS_PROPERTY} if set,
     * else those in this kit's jar, unpacked into a temporary folder on the first call and removed when the tests end.
     */
    public static String bundledPlugins() {
        String dir = System.getProperty(BUNDLED_PLUGINS_PROPERTY);
        if (dir != null && !Files.isDirectory(Path.of(dir))) {
            throw new IllegalStateException("The bundled plugins were not found at " + dir + ", named by the system"
                    + " property " + BUNDLED_PLUGINS_PROPERTY + ": leave it unset to use the ones in the test kit");
        }
        return dir != null ? dir : BundledPlugins.folder().toString();
    }

    /** The bundled plugins of this kit's jar, unpacked once, when first asked for. */
    private static final class BundledPlugins {
        private static Path folder;

        static synchronized Path folder() {
            if (folder == null) {
                folder = unpack();
            }
            return folder;
        }

        private static Path unpack() {
            try (InputStream zip = TestKiosk.class.getResourceAsStream(BUNDLED_PLUGINS_RESOURCE)) {
                if (zip == null) {
                    throw new IllegalStateException("The test kit holds no " + BUNDLED_PLUGINS_RESOURCE + " beside "
                            + TestKiosk.class.getName() + ": set the system property " + BUNDLED_PLUGINS_PROPERTY
                            + " to a folder of bundled plugins (in Tillpoint's own build, kiosk/target/app/plugins)");
                }
                Path folder = Files.createTempDirectory("tillpoint-bundled-plugins-");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder)));
                try (ZipInputStream in = new ZipInputStream(zip)) {
                    for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                        Path target = folder.resolve(entry.getName()).normalize();
                        if (!target.startsWith(folder)) {
                            throw new IOException("Entry " + entry.getName() + " lies outside the plugins folder");
                        }
                        if (entry.isDirectory()) {
                            Files.createDirectories(target);
                        } else {
                            Files.createDirectories(target.getParent());
                            Files.copy(in, target);
                        }
                    }
                }
                return folder;
            } catch (IOException e) {
                throw new UncheckedIOException("The test kit's bundled plugins cannot be unpacked", e);
            }
        }

        private static void deleteTree(Path folder) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // A temporary folder left behind is no reason to fail the run.
            }
        }
    }

    /**
     * The data folder the kiosk gives the plugin {@code pluginId} ({@code KioskContext.pluginData()}):
     * {@code <dataDir>/plugin-data/<pluginId>/}, which installing, upgrading or disabling the plugin never touches.
     * A test may put the plugin's settings there before {@link #start}, and read its output there after.
     */
    public static Path pluginData(Path dataDir, String pluginId) {
        return dataDir.resolve("plugin-data").resolve(pluginId);
    }

    /**
     * Installs a plugin from its parts into {@code <dataDir>/plugins/<id>/}, laid out as pf4j's plugin loader expects:
     * {@code plugin.properties} and {@code classes/}, and trusts it. The id is the {@code plugin.id} of
     * {@code pluginProperties}. Call before {@link #start}.
     *
     * @param pluginProperties the plugin's plugin.properties
     * @param classesDir       its compiled classes with {@code META-INF/extensions.idx}, e.g. {@code target/classes}
     * @return the installed plugin's folder
     */
    public static Path installPlugin(Path dataDir, Path pluginProperties, Path classesDir) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(pluginProperties)) {
            properties.load(in);
        }
        String id = requireId(properties.getProperty("plugin.id"), pluginProperties);
        if (!Files.isRegularFile(classesDir.resolve("META-INF/extensions.idx"))) {
            throw new IllegalArgumentException(classesDir + " has no META-INF/extensions.idx: is it compiled, with"
                    + " pf4j's annotation processor?");
        }
        Path target = Files.createDirectories(dataDir.resolve("plugins").resolve(id));
        Files.copy(pluginProperties, target.resolve("plugin.properties"), StandardCopyOption.REPLACE_EXISTING);
        copyTree(classesDir, target.resolve("classes"));
        PluginTrust.trust(dataDir.resolve("plugins"), target);
        return target;
    }

    /**
     * Installs a built plugin, a pf4j {@code .zip} (plugin.properties at the top) or a {@code .jar} with the pf4j
     * manifest entries, into {@code <dataDir>/plugins/}, and trusts it; a zip is named after its plugin id and
     * unpacked into {@code plugins/<id>/}. Call before {@link #start}. Installing a newer zip of a plugin that a
     * kiosk on {@code dataDir} already ran is an upgrade: the next start unpacks it afresh into {@code plugins/<id>/}.
     *
     * @return the installed file
     */
    public static Path installPlugin(Path dataDir, Path jarOrZip) throws IOException {
        Path plugins = Files.createDirectories(dataDir.resolve("plugins"));
        String name = jarOrZip.getFileName().toString();
        String target;
        if (name.endsWith(".zip")) {
            try (ZipFile zip = new ZipFile(jarOrZip.toFile())) {
                var entry = zip.getEntry("plugin.properties");
                if (entry == null) {
                    throw new IllegalArgumentException(jarOrZip + " has no plugin.properties at the top");
                }
                Properties properties = new Properties();
                try (InputStream in = zip.getInputStream(entry)) {
                    properties.load(in);
                }
                target = requireId(properties.getProperty("plugin.id"), jarOrZip) + ".zip";
            }
        } else if (name.endsWith(".jar")) {
            try (JarFile jar = new JarFile(jarOrZip.toFile())) {
                var manifest = jar.getManifest();
                requireId(manifest == null ? null : manifest.getMainAttributes().getValue("Plugin-Id"), jarOrZip);
            }
            target = name;
        } else {
            throw new IllegalArgumentException(jarOrZip + " is neither a .zip nor a .jar");
        }
        Path installed = Files.copy(jarOrZip, plugins.resolve(target), StandardCopyOption.REPLACE_EXISTING);
        Path unpacked = plugins.resolve(target.substring(0, target.length() - ".zip".length()));
        if (name.endsWith(".zip") && Files.isDirectory(unpacked)) {
            // pf4j unpacks a zip again only if it is newer than the folder it unpacked before: make sure it is.
            FileTime folderTime = Files.getLastModifiedTime(unpacked);
            Files.setLastModifiedTime(installed, FileTime.fromMillis(folderTime.toMillis() + 1_000));
        }
        PluginTrust.trust(plugins, installed);
        return installed;
    }

    private static String requireId(String id, Path source) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(source + " names no plugin id");
        }
        return id.trim();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The kiosk's data folder: database, configuration, logs, the retailer's plugins. */
    public Path dataDir() {
        return dataDir;
    }

    /** The kiosk window, for AssertJ-Swing's own finders and assertions. */
    public FrameFixture window() {
        return window;
    }

    /** The running kiosk itself. */
    public Kiosk kiosk() {
        return kiosk;
    }

    /** The AssertJ-Swing robot driving the window. */
    public Robot robot() {
        return robot;
    }

    /** The code the kiosk exited with, or MIN_VALUE while it runs. */
    public int exitCode() {
        return exitCode.get();
    }

    /**
     * Paints the kiosk window, overlays included, into {@code <dir>/<name>.png}; dir is the system property
     * {@code tillpoint.screenshots} (docs/screenshots when refreshed by scripts/screenshots.sh), else
     * target/screenshots.
     */
    public void screenshot(String name) {
        robot.waitForIdle();
        BufferedImage image = GuiActionRunner.execute(() -> {
            var root = kiosk.frame().getRootPane();
            BufferedImage shot = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            var graphics = shot.createGraphics();
            root.paint(graphics);
            graphics.dispose();
            return shot;
        });
        Path dir = Path.of(System.getProperty("tillpoint.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (at most 10 s) until a component named {@code name} is showing: screens appear after background work. */
    public void waitFor(String name) {
        try {
            org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("showing: " + name) {
                @Override
                public boolean test() {
                    return !robot.finder().findAll(kiosk.frame(), c -> name.equals(c.getName()) && c.isShowing())
                            .isEmpty();
                }
            }, 10_000);
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            throw new AssertionError(e.getMessage() + "\n" + taps.describe(kiosk.frame(), name), e);
        }
    }

    /** Waits (at most 10 s) until the label, button or text component {@code name} shows {@code text}. */
    public void waitForText(String name, String text) {
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition(name + " = " + text) {
            @Override
            public boolean test() {
                var found = robot.finder().findAll(kiosk.frame(), c -> name.equals(c.getName()) && c.isShowing());
                return !found.isEmpty() && text.equals(textOf(find(name)));
            }
        }, 10_000);
    }

    /** Whether a component named {@code name} is showing now (no waiting). */
    public boolean showing(String name) {
        return GuiActionRunner.execute(() -> !robot.finder()
                .findAll(kiosk.frame(), c -> name.equals(c.getName()) && c.isShowing()).isEmpty());
    }

    /**
     * Fails unless the component named {@code name} lies wholly inside the kiosk window: on a 1024x768 terminal,
     * what does not fit cannot be tapped.
     */
    public void requireInsideWindow(String name) {
        waitFor(name);
        var component = find(name);
        var bounds = GuiActionRunner.execute(() -> javax.swing.SwingUtilities.convertRectangle(component.getParent(),
                component.getBounds(), kiosk.frame().getRootPane()));
        var window = GuiActionRunner.execute(() -> kiosk.frame().getRootPane().getBounds());
        if (!window.contains(bounds)) {
            throw new AssertionError(name + " at " + bounds + " does not fit the window " + window);
        }
    }

    /** Waits (at most 10 s) until the text of {@code name} satisfies {@code test}, then returns that text. */
    public String waitUntil(String name, java.util.function.Predicate<String> test) {
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition(name + " as expected") {
            @Override
            public boolean test() {
                return !robot.finder().findAll(kiosk.frame(), c -> name.equals(c.getName()) && c.isShowing()).isEmpty()
                        && test.test(textOf(find(name)));
            }
        }, 10_000);
        return text(name);
    }

    /** Taps the component named {@code name} once it is showing, scrolling it into view if it sits in a list. */
    public void tap(String name) {
        waitFor(name);
        var component = find(name);
        GuiActionRunner.execute(() -> {
            if (component instanceof javax.swing.JComponent jc) {
                jc.scrollRectToVisible(new java.awt.Rectangle(0, 0, jc.getWidth(), jc.getHeight()));
            }
        });
        taps.add(name, component);
        robot.click(component);
        robot.waitForIdle();
    }

    /**
     * The text of the showing label, button or text component {@code name}; for a tile whose lines are labels (a
     * product's, a cashier's), its accessible name: "Masala chai, ₹20.00".
     */
    public String text(String name) {
        waitFor(name);
        var component = find(name);
        return GuiActionRunner.execute(() -> textOf(component));
    }

    /**
     * The showing component named {@code name}; where dialogs are stacked (the counter over the opening dialog, each
     * with a keypad), the one in the topmost overlay, which is the one a cashier can touch.
     */
    public java.awt.Component find(String name) {
        return GuiActionRunner.execute(() -> robot.finder()
                .findAll(kiosk.frame(), c -> name.equals(c.getName()) && c.isShowing()).stream()
                .max(java.util.Comparator.comparingInt(TestKiosk::layerOf))
                .orElseThrow(() -> new AssertionError("Nothing named " + name + " is showing")));
    }

    private static int layerOf(java.awt.Component component) {
        java.awt.Component child = component;
        while (child.getParent() != null && !(child.getParent() instanceof javax.swing.JLayeredPane)) {
            child = child.getParent();
        }
        return child.getParent() instanceof javax.swing.JLayeredPane layers ? layers.getLayer(child) : 0;
    }

    private static String textOf(java.awt.Component c) {
        if (c instanceof javax.swing.JLabel label) {
            return label.getText();
        }
        if (c instanceof javax.swing.AbstractButton button) {
            // A tile built of labels (a product's, a cashier's) has no text of its own: what a screen reader hears.
            String text = button.getText();
            return text == null || text.isEmpty() ? button.getAccessibleContext().getAccessibleName() : text;
        }
        if (c instanceof javax.swing.text.JTextComponent field) {
            return field.getText();
        }
        return null;
    }

    /**
     * Scans a badge on the demo terminal's keyboard-wedge reader: the reader's burst of keys, 8 ms apart, ending in
     * Enter, as a USB badge reader types it.
     */
    public void scanBadge(String code) {
        wedgeBurst(code);
    }

    /**
     * Scans a product's barcode on the demo terminal, whose badge reader scans products too ({@code "productScanner":
     * {"type": "shared"}}): the same burst of keys as {@link #scanBadge}, which the register takes as a product.
     */
    public void scanProduct(String code) {
        wedgeBurst(code);
    }

    /** A keyboard wedge's burst of keys, 8 ms apart, ending in Enter. */
    private void wedgeBurst(String code) {
        var events = new ArrayList<java.awt.event.KeyEvent>();
        GuiActionRunner.execute(() -> {
            var frame = kiosk.frame();
            java.awt.Component target = frame.getFocusOwner() != null ? frame.getFocusOwner() : frame.getRootPane();
            long when = System.currentTimeMillis();
            for (char c : code.toCharArray()) {
                int key = java.awt.event.KeyEvent.getExtendedKeyCodeForChar(c);
                events.add(new java.awt.event.KeyEvent(target, java.awt.event.KeyEvent.KEY_PRESSED, when, 0, key, c));
                events.add(new java.awt.event.KeyEvent(target, java.awt.event.KeyEvent.KEY_TYPED, when, 0,
                        java.awt.event.KeyEvent.VK_UNDEFINED, c));
                events.add(new java.awt.event.KeyEvent(target, java.awt.event.KeyEvent.KEY_RELEASED, when + 2, 0, key, c));
                when += 8;
            }
            events.add(new java.awt.event.KeyEvent(target, java.awt.event.KeyEvent.KEY_PRESSED, when, 0,
                    java.awt.event.KeyEvent.VK_ENTER, '\n'));
            events.add(new java.awt.event.KeyEvent(target, java.awt.event.KeyEvent.KEY_TYPED, when, 0,
                    java.awt.event.KeyEvent.VK_UNDEFINED, '\n'));
            events.add(new java.awt.event.KeyEvent(target, java.awt.event.KeyEvent.KEY_RELEASED, when + 2, 0,
                    java.awt.event.KeyEvent.VK_ENTER, '\n'));
            return null;
        });
        var queue = java.awt.Toolkit.getDefaultToolkit().getSystemEventQueue();
        events.forEach(queue::postEvent);
        robot.waitForIdle();
    }

    /** A read-only connection to the kiosk's real database, to check what was stored. */
    public java.sql.Connection database() throws java.sql.SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + dataDir.resolve("tillpoint.db"));
    }

    /** The single number {@code sql} selects, from the real database. */
    public long count(String sql, Object... parameters) throws java.sql.SQLException {
        try (var connection = database(); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    /** Waits (at most 10 s) until {@code sql} counts {@code expected}: the audit is written in the background. */
    public void awaitCount(long expected, String sql, Object... parameters) {
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition(sql + " = " + expected) {
            @Override
            public boolean test() {
                try {
                    return count(sql, parameters) == expected;
                } catch (java.sql.SQLException e) {
                    return false;
                }
            }
        }, 10_000);
    }

    /**
     * The id of the demo cashier called {@code name}, waiting (at most 30 s) until it is stored: a fresh demo
     * terminal stores its cashiers beside the start (their PINs' hashes are slow on purpose), so a test that asks
     * right after the window showed can be there before them on a busy machine.
     */
    public long cashierId(String name) throws java.sql.SQLException {
        long[] id = {0};
        org.assertj.swing.timing.Pause.pause(new org.assertj.swing.timing.Condition("the cashier " + name + " stored") {
            @Override
            public boolean test() {
                try {
                    id[0] = count("SELECT id FROM cashiers WHERE name = ?", name);
                    return id[0] > 0;
                } catch (java.sql.SQLException e) {
                    return false;
                }
            }
        }, 30_000);
        return id[0];
    }

    /** Closes the window and stops the kiosk, as its exit does: the data folder stays, for a restart on it. */
    @Override
    public void close() {
        taps.close();
        window.cleanUp();
        kiosk.close();
    }
}
