package app.tillpoint.devices;

import app.tillpoint.api.device.BadgeListener;
import app.tillpoint.api.device.BadgeReader;
import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.device.PrinterException;
import app.tillpoint.api.device.ReceiptPrinter;
import app.tillpoint.devices.escpos.EscPosPrinter;
import app.tillpoint.devices.escpos.PrinterDrawer;
import app.tillpoint.devices.javapos.JavaPosBadgeReader;
import app.tillpoint.devices.javapos.JavaPosDrawer;
import app.tillpoint.devices.javapos.JavaPosPrinter;
import app.tillpoint.devices.serial.EscPosSerialDrawer;
import app.tillpoint.devices.serial.SerialBadgeReader;
import app.tillpoint.devices.simulated.SimulatedBadgeReader;
import app.tillpoint.devices.simulated.SimulatedDrawer;
import app.tillpoint.devices.simulated.SimulatedPrinter;
import app.tillpoint.devices.wedge.KeyboardWedgeReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Builds the badge reader, the cash drawer and the receipt printer that the {@code devices} configuration names. Never throws: a device
 * that is absent gives a driver that says so in its status and keeps trying to reach it; a configuration that is
 * wrong, or a driver that cannot load, gives a stand-in whose status says what is wrong and whose drawer refuses to
 * open with that message.
 */
public final class Devices {
    private static final Logger LOG = LoggerFactory.getLogger(Devices.class);

    private Devices() {
    }

    /** The configured badge reader, not yet started. */
    public static BadgeReader badgeReader(BadgeReaderConfig config) {
        if (config == null) {
            return new Unavailable("Badge reader", "no badge reader configured");
        }
        if (!config.problems().isEmpty()) {
            return new Unavailable("Badge reader", "configuration: " + String.join("; ", config.problems()));
        }
        try {
            return switch (config.type()) {
                case "keyboard-wedge" -> new KeyboardWedgeReader(config);
                case "serial" -> new SerialBadgeReader(config);
                case "javapos" -> new JavaPosBadgeReader(config);
                default -> new SimulatedBadgeReader();
            };
        } catch (RuntimeException | LinkageError e) {
            LOG.error("The {} badge reader could not be created", config.type(), e);
            return new Unavailable("Badge reader", config.type() + " driver failed: " + e);
        }
    }

    /**
     * The configured product scanner's own device, not yet started; empty when there is none or it is the badge
     * reader's ({@link ProductScannerConfig#shared()}).
     */
    public static Optional<BadgeReader> productScanner(ProductScannerConfig config) {
        if (config == null || config.shared()) {
            return Optional.empty();
        }
        List<String> problems = config.problems(null);
        if (!problems.isEmpty()) {
            return Optional.of(new Unavailable(Reads.PRODUCTS.device(), "configuration: "
                    + String.join("; ", problems)));
        }
        BadgeReaderConfig reader = config.readerConfig();
        try {
            return Optional.of(switch (config.type()) {
                case "keyboard-wedge" -> new KeyboardWedgeReader(reader, Reads.PRODUCTS);
                case "serial" -> new SerialBadgeReader(reader, Reads.PRODUCTS);
                case "javapos" -> new JavaPosBadgeReader(reader, Reads.PRODUCTS);
                default -> new SimulatedBadgeReader(Reads.PRODUCTS);
            });
        } catch (RuntimeException | LinkageError e) {
            LOG.error("The {} product scanner could not be created", config.type(), e);
            return Optional.of(new Unavailable(Reads.PRODUCTS.device(), config.type() + " driver failed: "
                    + e));
        }
    }

    /**
     * The configured cash drawer, already connecting; {@code onStatusChange} hears each later change of its status
     * (see {@link StatusSource}), so that a drawer switched off or unplugged shows at once where the status is shown.
     */
    public static CashDrawer cashDrawer(CashDrawerConfig config, Consumer<DeviceStatus> onStatusChange) {
        CashDrawer drawer = cashDrawer(config);
        if (drawer instanceof StatusSource source) {
            source.onStatusChange(onStatusChange);
        }
        return drawer;
    }

    /**
     * The configured cash drawer, already connecting, kicked through {@code printer} when it hangs on the receipt
     * printer ({@code receipt-printer}); {@code onStatusChange} as above.
     */
    public static CashDrawer cashDrawer(CashDrawerConfig config, ReceiptPrinter printer,
                                        Consumer<DeviceStatus> onStatusChange) {
        if (config != null && config.problems().isEmpty() && "receipt-printer".equals(config.type())) {
            return printer instanceof EscPosPrinter escpos ? new PrinterDrawer(escpos, config)
                    : new Unavailable("Cash drawer", "the receipt printer is not an ESC/POS printer");
        }
        return cashDrawer(config, onStatusChange);
    }

    /**
     * The configured receipt printer; the simulated one writes into {@code printedFolder}. {@code onStatusChange}
     * hears each later change of its status where the driver tells it.
     */
    public static ReceiptPrinter receiptPrinter(ReceiptPrinterConfig config, Path printedFolder, Clock clock,
                                                Consumer<DeviceStatus> onStatusChange) {
        if (config == null || "none".equals(config.type())) {
            return new NoPrinter("no receipt printer configured");
        }
        if (!config.problems().isEmpty()) {
            return new NoPrinter("configuration: " + String.join("; ", config.problems()));
        }
        try {
            if ("simulated".equals(config.type())) {
                return new SimulatedPrinter(printedFolder, config.columns(), clock);
            }
            if ("javapos".equals(config.type())) {
                JavaPosPrinter printer = new JavaPosPrinter(config);
                printer.onStatusChange(onStatusChange);
                return printer;
            }
            EscPosPrinter printer = EscPosPrinter.of(config);
            printer.onStatusChange(onStatusChange);
            return printer;
        } catch (RuntimeException | LinkageError e) {
            LOG.error("The {} receipt printer could not be created", config.type(), e);
            return new NoPrinter(config.type() + " driver failed: " + e);
        }
    }

    /** Describes which printer a configuration picks, e.g. "ESC/POS on 192.168.1.50:9100", for reports. */
    public static String describe(ReceiptPrinterConfig config) {
        if (config == null) {
            return "none";
        }
        return switch (config.type()) {
            case "escpos-serial" -> "ESC/POS on " + (config.serial() == null ? "?" : config.serial().port());
            case "escpos-tcp" -> "ESC/POS on " + config.host() + ":" + config.port();
            case "escpos-usb" -> "ESC/POS on " + config.device();
            case "javapos" -> "JavaPOS POSPrinter " + (config.javapos() == null ? "?" : config.javapos().logicalName());
            default -> String.valueOf(config.type());
        } + ", " + config.paperWidth() + " mm";
    }

    /** The configured cash drawer, already connecting. */
    public static CashDrawer cashDrawer(CashDrawerConfig config) {
        if (config == null) {
            return new Unavailable("Cash drawer", "no cash drawer configured");
        }
        if (!config.problems().isEmpty()) {
            return new Unavailable("Cash drawer", "configuration: " + String.join("; ", config.problems()));
        }
        try {
            return switch (config.type()) {
                case "escpos-serial" -> new EscPosSerialDrawer(config);
                case "javapos" -> new JavaPosDrawer(config);
                default -> new SimulatedDrawer();
            };
        } catch (RuntimeException | LinkageError e) {
            LOG.error("The {} cash drawer could not be created", config.type(), e);
            return new Unavailable("Cash drawer", config.type() + " driver failed: " + e);
        }
    }

    /** Describes which driver a configuration picks, e.g. "serial /dev/ttyUSB0", for reports. */
    public static String describe(BadgeReaderConfig config) {
        if (config == null) {
            return "none";
        }
        if ("serial".equals(config.type()) && config.serial() != null) {
            return "serial " + config.serial().port();
        }
        if ("javapos".equals(config.type()) && config.javapos() != null) {
            return "JavaPOS " + config.javapos().category() + " " + config.javapos().logicalName();
        }
        return String.valueOf(config.type());
    }

    /** Describes which driver a configuration picks, e.g. "escpos-serial /dev/ttyS0", for reports. */
    public static String describe(CashDrawerConfig config) {
        if (config == null) {
            return "none";
        }
        if ("escpos-serial".equals(config.type()) && config.serial() != null) {
            return "ESC/POS printer on " + config.serial().port();
        }
        if ("javapos".equals(config.type()) && config.javapos() != null) {
            return "JavaPOS CashDrawer " + config.javapos().logicalName();
        }
        return String.valueOf(config.type());
    }

    /** No printer, or one that cannot work as configured: offline, and its status says why. */
    private static final class NoPrinter implements ReceiptPrinter {
        private final DeviceStatus status;

        NoPrinter(String why) {
            this.status = new DeviceStatus("Receipt printer", DeviceStatus.State.ERROR, why);
            LOG.warn("{}", status.describe());
        }

        @Override
        public int columns() {
            return 48;
        }

        @Override
        public State state() {
            return State.OFFLINE;
        }

        @Override
        public void print(PrintJob job) throws PrinterException {
            throw new PrinterException(State.OFFLINE, "No receipt printer: " + status.detail());
        }

        @Override
        public DeviceStatus status() {
            return status;
        }

        @Override
        public void close() {
            // Nothing was opened.
        }
    }

    /** A device that cannot work as configured; its status says why. */
    private static final class Unavailable implements BadgeReader, CashDrawer {
        private final DeviceStatus status;

        Unavailable(String device, String why) {
            this.status = new DeviceStatus(device, DeviceStatus.State.ERROR, why);
            LOG.error("{}", status.describe());
        }

        @Override
        public void start(BadgeListener listener) {
            listener.status(status);
        }

        @Override
        public void open() throws DeviceException {
            throw new DeviceException("Drawer did not open: " + status.detail());
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
            return status;
        }

        @Override
        public void close() {
            // Nothing was opened.
        }
    }
}
