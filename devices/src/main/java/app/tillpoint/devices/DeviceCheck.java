package app.tillpoint.devices;

import app.tillpoint.api.device.BadgeListener;
import app.tillpoint.api.device.BadgeReader;
import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.devices.javapos.VendorJars;
import app.tillpoint.devices.serial.SerialPorts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The report behind the launcher's {@code devices} command, for whoever installs a terminal: lists the serial ports
 * and, for JavaPOS devices, the vendor jars; opens the configured badge reader and cash drawer, checks the drawer is
 * closed, kicks it and reads its state again, waits a bounded time for one badge scan, and prints one line per step:
 * {@code [OK]}, {@code [FAIL]} or {@code [INFO]}. Blocks for the whole check. A keyboard-wedge reader types into this
 * console, so its scan is read from {@code in}.
 */
public final class DeviceCheck {
    private static final Duration CONNECT_WAIT = Duration.ofSeconds(3);
    private final DevicesConfig config;
    private final PrintStream out;
    private final InputStream in;
    private final Duration badgeWait;

    /**
     * @param config    the {@code devices} section to check
     * @param out       where the report goes
     * @param in        the console, for a keyboard-wedge reader's scan
     * @param badgeWait how long to wait for the badge scan
     */
    public DeviceCheck(DevicesConfig config, PrintStream out, InputStream in, Duration badgeWait) {
        this.config = config == null ? DevicesConfig.demo() : config;
        this.out = out;
        this.in = in;
        this.badgeWait = badgeWait;
    }

    /** Runs every step and returns whether all went well. */
    public boolean run() throws InterruptedException {
        boolean ok = true;
        List<String> problems = config.problems();
        if (problems.isEmpty()) {
            line("OK", "Configuration: valid");
        } else {
            problems.forEach(p -> line("FAIL", "Configuration: " + p));
            ok = false;
        }
        ok &= listPorts();
        describeJavaPos();
        // The drawer stays open until the end, so a kick still on its way is not cut off by closing the port.
        try (CashDrawer drawer = Devices.cashDrawer(config.cashDrawer())) {
            ok &= checkDrawer(drawer);
            ok &= checkReader();
        }
        line(ok ? "OK" : "FAIL", ok ? "All devices work" : "Some devices need attention (see above)");
        return ok;
    }

    private boolean listPorts() {
        try {
            List<String> ports = SerialPorts.list();
            line("OK", "Serial ports: " + (ports.isEmpty() ? "none found" : String.join(", ", ports)));
            return true;
        } catch (RuntimeException | LinkageError e) {
            line("FAIL", "Serial ports: cannot be listed (" + e + ")");
            return false;
        }
    }

    /** Where JavaPOS services come from, when a device is a JavaPOS one: the installer's first question. */
    private void describeJavaPos() {
        boolean reader = config.badgeReader() != null && "javapos".equals(config.badgeReader().type());
        boolean drawer = config.cashDrawer() != null && "javapos".equals(config.cashDrawer().type());
        if (!reader && !drawer) {
            return;
        }
        List<String> jars = VendorJars.jars().stream().map(jar -> jar.getFileName().toString()).toList();
        line("INFO", "JavaPOS vendor jars: " + (jars.isEmpty() ? "none" : String.join(", ", jars)) + " (in "
            + VendorJars.folders().stream().map(Object::toString).collect(Collectors.joining(", ")) + ")");
        VendorJars.jposXml().ifPresent(file -> line("INFO", "JavaPOS vendor jpos.xml: " + file
            + " (used where the configuration names none)"));
    }

    private boolean checkDrawer(CashDrawer drawer) throws InterruptedException {
        String name = "Cash drawer (" + Devices.describe(config.cashDrawer()) + ")";
        DeviceStatus status = awaitUsable(drawer::status);
        line(status.usable() ? "OK" : "FAIL", name + ": " + words(status));
        if (!status.usable()) {
            return false;
        }
        try {
            // A kick of a drawer that is already open shows nothing: the person checking must close it first.
            if (drawer.openState() == CashDrawer.OpenState.OPEN) {
                line("FAIL", name + ": open before the kick; close it and check again (if it is closed, check "
                    + "openLevel)");
                return false;
            }
            drawer.open();
            line("OK", name + ": kicked; did it open?");
            return switch (drawer.openState()) {
                case OPEN -> {
                    line("OK", name + ": reports open");
                    yield true;
                }
                case CLOSED -> {
                    line("FAIL", name + ": reports closed after the kick (did it open? If it did, check openLevel)");
                    yield false;
                }
                case UNKNOWN -> {
                    line("OK", name + ": reports no open/closed state (not supported or not configured)");
                    yield true;
                }
            };
        } catch (DeviceException e) {
            line("FAIL", name + ": " + e.getMessage());
            return false;
        }
    }

    private boolean checkReader() throws InterruptedException {
        BadgeReaderConfig readerConfig = config.badgeReader();
        String name = "Badge reader (" + Devices.describe(readerConfig) + ")";
        boolean wedge = readerConfig != null && "keyboard-wedge".equals(readerConfig.type());
        if (wedge) {
            line("OK", name + ": types like a keyboard; scan a badge into this window within "
                + badgeWait.toSeconds() + " s");
            Optional<String> code = readConsoleLine().flatMap(BadgeCleaner.of(readerConfig)::clean);
            return reportBadge(name, code.orElse(null));
        }
        BlockingQueue<String> badges = new ArrayBlockingQueue<>(8);
        try (BadgeReader reader = Devices.badgeReader(readerConfig)) {
            reader.start(new BadgeListener() {
                @Override
                public void badge(String code) {
                    badges.offer(code);
                }

                @Override
                public void status(DeviceStatus status) {
                    // The report reads the status once it settles; changes are logged by the driver.
                }
            });
            DeviceStatus status = awaitUsable(reader::status);
            line(status.usable() ? "OK" : "FAIL", name + ": " + words(status));
            if (!status.usable()) {
                return false;
            }
            line("OK", name + ": scan a badge now (waiting up to " + badgeWait.toSeconds() + " s)");
            String code = badges.poll(badgeWait.toMillis(), TimeUnit.MILLISECONDS);
            DeviceStatus after = reader.status();
            if (code == null && !after.usable()) {
                // The reader went away while it waited: that, not the missing scan, is the news.
                line("FAIL", name + ": " + words(after));
                return false;
            }
            return reportBadge(name, code);
        }
    }

    private boolean reportBadge(String name, String code) {
        if (code == null) {
            line("FAIL", name + ": nobody scanned a badge within " + badgeWait.toSeconds() + " s, so it is not checked");
            return false;
        }
        line("OK", name + ": badge read, " + code.length() + " characters, " + masked(code));
        return true;
    }

    /** One line from the console, or empty when none came in time; the reading thread is left to the JVM. */
    private Optional<String> readConsoleLine() throws InterruptedException {
        BlockingQueue<String> lines = new ArrayBlockingQueue<>(1);
        Thread reading = new Thread(() -> {
            try {
                String text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
                if (text != null) {
                    lines.offer(text);
                }
            } catch (IOException e) {
                line("FAIL", "Console: cannot be read (" + e.getMessage() + ")");
            }
        }, "device-check-console");
        reading.setDaemon(true);
        reading.start();
        return Optional.ofNullable(lines.poll(badgeWait.toMillis(), TimeUnit.MILLISECONDS));
    }

    private static DeviceStatus awaitUsable(Supplier<DeviceStatus> status) throws InterruptedException {
        long deadline = System.nanoTime() + CONNECT_WAIT.toNanos();
        while (!status.get().usable() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        return status.get();
    }

    private static String words(DeviceStatus status) {
        String text = status.describe();
        return text.substring(text.indexOf(": ") + 2);
    }

    /** Enough of a badge code to recognise it, not enough to copy it. */
    private static String masked(String code) {
        int shown = Math.min(2, code.length() / 4);
        return code.substring(0, shown) + "*".repeat(code.length() - shown);
    }

    private void line(String verdict, String text) {
        out.println("[" + verdict + "] " + text);
    }
}
