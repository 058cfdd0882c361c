package app.tillpoint.kiosk;

import app.tillpoint.api.device.BadgeReader;
import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.ReceiptPrinter;
import app.tillpoint.devices.Devices;
import app.tillpoint.devices.javapos.VendorJars;
import app.tillpoint.kiosk.config.ConfiguredTerminal;
import app.tillpoint.kiosk.host.BadgeHub;
import app.tillpoint.kiosk.host.ProductHub;
import app.tillpoint.kiosk.host.TimedDrawer;
import app.tillpoint.kiosk.host.TimedPrinter;
import app.tillpoint.kiosk.store.SqlAudit;
import app.tillpoint.kiosk.ui.Texts;

import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The terminal's devices as the kiosk wires them at start ({@link #open}): the receipt printer, the drawer, the badge
 * reader and the product scanner's own device (none when shared), as configured, each closed with the kiosk; a status
 * change audited and shown on the dashboard; the hubs that hand scans to the screen shown; the drawer and printer
 * plugins are given, every call timed; the reader and scanner started last ({@link #start}), once the screens can hear
 * them; and the devices' part of the dashboard's status line.
 */
final class KioskDevices {
    /** How long a call to the drawer's driver may take before the cashier is told to use the key. */
    private static final Duration DRAWER_TIMEOUT = Duration.ofSeconds(3);
    /** How long a call to the printer's driver may take before the printer counts as offline (a job takes a while). */
    private static final Duration PRINTER_TIMEOUT = Duration.ofSeconds(10);
    private final BadgeReader reader;
    private final BadgeHub badges;
    private final Optional<BadgeReader> scanner;
    private final ProductHub products;
    private final CashDrawer timedDrawer;
    private final ReceiptPrinter timedPrinter;

    private KioskDevices(CashDrawer drawer, BadgeReader reader, BadgeHub badges, ReceiptPrinter printer,
                         Optional<BadgeReader> scanner, ProductHub products) {
        this.reader = reader;
        this.badges = badges;
        this.scanner = scanner;
        this.products = products;
        // Plugins get the drawer with a time-out on every call: a hanging driver holds up a flow for 3 s at most.
        this.timedDrawer = new TimedDrawer(drawer, DRAWER_TIMEOUT);
        this.timedPrinter = new TimedPrinter(printer, PRINTER_TIMEOUT);
    }

    /**
     * Opens the configured devices (a JavaPOS vendor's jars from the data folder), each added first to
     * {@code resources}, so closed before what was opened earlier.
     *
     * @param showChanges shows the devices' state on the dashboard; on the event thread
     */
    static KioskDevices open(ConfiguredTerminal terminal, Path dataDir, Clock clock, SqlAudit audit,
                             List<AutoCloseable> resources, Runnable showChanges) {
        VendorJars.use(AppFolder.javaPosVendorFolders(dataDir));
        // Heard on the driver's thread: a drawer switched off or unplugged shows on the dashboard at once.
        Consumer<DeviceStatus> changed = status -> {
            audit.record("device.status", status.describe());
            SwingUtilities.invokeLater(showChanges);
        };
        ReceiptPrinter printer = Devices.receiptPrinter(terminal.devices().receiptPrinter(),
                dataDir.resolve("printed"), clock, changed);
        resources.add(0, printer);
        CashDrawer drawer = Devices.cashDrawer(terminal.devices().cashDrawer(), printer, changed);
        resources.add(0, drawer);
        BadgeReader reader = Devices.badgeReader(terminal.devices().badgeReader());
        resources.add(0, reader);
        BadgeHub badges = new BadgeHub(reader.status(), audit, showChanges);
        Optional<BadgeReader> scanner = Devices.productScanner(terminal.devices().productScanner());
        scanner.ifPresent(device -> resources.add(0, device));
        ProductHub products = scanner.isPresent() ? new ProductHub(scanner.get()::status, audit,
                showChanges) : new ProductHub(badges::readerStatus, audit, () -> { });
        if (terminal.devices().productScanner() != null && terminal.devices().productScanner().shared()) {
            badges.shareWith(products);
        }
        for (DeviceStatus status : List.of(reader.status(), drawer.status())) {
            if (!status.usable()) {
                audit.record("device.status", "at start: " + status.describe());
            }
        }
        return new KioskDevices(drawer, reader, badges, printer, scanner, products);
    }

    /** Who hears the badges: the screen shown. */
    BadgeHub badges() {
        return badges;
    }

    /** Who hears the product scans: the screen shown. */
    ProductHub products() {
        return products;
    }

    /** The drawer as plugins get it: every call given up after 3 s. */
    CashDrawer drawer() {
        return timedDrawer;
    }

    /** The receipt printer as plugins get it: every call given up after 10 s. */
    ReceiptPrinter printer() {
        return timedPrinter;
    }

    /** The badge reader and the product scanner's own device start reading: the hubs hand on what they read. */
    void start() {
        reader.start(badges);
        scanner.ifPresent(device -> device.start(products));
    }

    /**
     * The devices' part of the dashboard's status line: the badge reader, the drawer, the receipt printer and a
     * product scanner of its own, in {@code texts}' language. Event thread.
     */
    List<String> statusLine(Texts texts) {
        List<String> line = new ArrayList<>(List.of(deviceText(texts, "device.badgeReader", badges.readerStatus()),
                deviceText(texts, "device.cashDrawer", timedDrawer.status()),
                deviceText(texts, "device.receiptPrinter", timedPrinter.status())));
        if (scanner.isPresent()) {
            line.add(deviceText(texts, "device.productScanner", products.scannerStatus()));
        }
        return line;
    }

    /** A device and its state in the terminal's language; the driver's detail (a port, an error) as it said it. */
    private static String deviceText(Texts texts, String deviceKey, DeviceStatus status) {
        String state = texts.get("device.state." + status.state().name());
        return status.detail().isEmpty() ? texts.get("device.status", texts.get(deviceKey), state)
                : texts.get("device.statusDetail", texts.get(deviceKey), state, status.detail());
    }
}
