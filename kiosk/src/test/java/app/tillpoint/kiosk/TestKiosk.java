package app.tillpoint.kiosk;

import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real kiosk for GUI tests: the bundled plugins as built, a real SQLite file in a temp data folder, a 1024x768
 * window, driven through AssertJ-Swing by component names.
 */
public final class TestKiosk implements AutoCloseable {
    private final Kiosk kiosk;
    private final Robot robot;
    private final FrameFixture window;
    private final AtomicInteger exitCode = new AtomicInteger(Integer.MIN_VALUE);

    private TestKiosk(Path dataDir, List<String> extraArgs) throws Exception {
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "--plugins-dir", bundledPlugins(),
                "--windowed", "--size", "1024x768"));
        args.addAll(extraArgs);
        LaunchOptions options = LaunchOptions.parse(args.toArray(String[]::new), dataDir, Path.of(bundledPlugins()));
        kiosk = Kiosk.start(options, exitCode::set);
        robot = BasicRobot.robotWithCurrentAwtHierarchy();
        robot.settings().delayBetweenEvents(15);
        window = new FrameFixture(robot, kiosk.frame());
    }

    /** Starts a kiosk on {@code dataDir} (fresh or not) and waits for its window. */
    public static TestKiosk start(Path dataDir, String... extraArgs) throws Exception {
        return new TestKiosk(dataDir, List.of(extraArgs));
    }

    /** The bundled plugins as the build unpacked them into the kiosk's app folder. */
    public static String bundledPlugins() {
        String dir = System.getProperty("tillpoint.test.plugins");
        if (dir == null || !Files.isDirectory(Path.of(dir))) {
            throw new IllegalStateException("The bundled plugins were not found at " + dir
                    + ": run the tests with ./mvnw verify, which packages the plugins first");
        }
        return dir;
    }

    public FrameFixture window() {
        return window;
    }

    public Kiosk kiosk() {
        return kiosk;
    }

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

    @Override
    public void close() {
        window.cleanUp();
        kiosk.close();
    }
}
