package app.tillpoint.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which receipt printer the terminal has: {@code simulated} (each job a PNG and a text file in
 * {@code <data dir>/printed/}), {@code escpos-serial}, {@code escpos-tcp} (a network printer, usually port 9100),
 * {@code escpos-usb} (a USB printer's device file, e.g. {@code /dev/usb/lp0}), {@code javapos} (a JavaPOS
 * {@code POSPrinter} named in {@code jpos.xml}) or {@code none}. Optional fields take their defaults when absent.
 *
 * @param type          the kind of printer
 * @param paperWidth    the paper in millimetres, 58 (32 characters a line) or 80 (48); default 80
 * @param serial        for {@code escpos-serial}: the printer's port
 * @param host          for {@code escpos-tcp}: the printer's name or address
 * @param port          for {@code escpos-tcp}: its TCP port; default 9100
 * @param device        for {@code escpos-usb}: the device file
 * @param answerMillis  ESC/POS: how long to wait for an answer to a status request or a connection; default 1000
 * @param javapos       for {@code javapos}: the logical name of the POSPrinter; its {@code category} is ignored
 */
public record ReceiptPrinterConfig(String type, Integer paperWidth, SerialConfig serial, String host, Integer port,
                                   String device, Integer answerMillis, JavaPosConfig javapos) {
    private static final Set<String> TYPES = Set.of("simulated", "escpos-serial", "escpos-tcp", "escpos-usb", "javapos",
            "none");

    public ReceiptPrinterConfig {
        paperWidth = paperWidth == null ? 80 : paperWidth;
        port = port == null ? 9100 : port;
        answerMillis = answerMillis == null ? 1000 : answerMillis;
    }

    /** A printer that is not a JavaPOS one. */
    public ReceiptPrinterConfig(String type, Integer paperWidth, SerialConfig serial, String host, Integer port,
                                String device, Integer answerMillis) {
        this(type, paperWidth, serial, host, port, device, answerMillis, null);
    }

    /** Only the type, every other field at its default. */
    public static ReceiptPrinterConfig of(String type) {
        return new ReceiptPrinterConfig(type, null, null, null, null, null, null);
    }

    /** A JavaPOS POSPrinter; {@code paperWidth} only until the service says its line width. */
    public static ReceiptPrinterConfig javapos(JavaPosConfig javapos) {
        return new ReceiptPrinterConfig("javapos", null, null, null, null, null, null, javapos);
    }

    /** The demo terminal's printer: simulated, 80 mm. */
    public static ReceiptPrinterConfig simulated() {
        return of("simulated");
    }

    public static ReceiptPrinterConfig escPosSerial(SerialConfig serial, int paperWidth) {
        return new ReceiptPrinterConfig("escpos-serial", paperWidth, serial, null, null, null, null);
    }

    /** The characters of a line on this paper with the printer's usual font. */
    public int columns() {
        return paperWidth == 58 ? 32 : 48;
    }

    /** Problems as "field: what is wrong". */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (type == null || !TYPES.contains(type)) {
            problems.add("type: \"" + type + "\" is not one of " + TYPES);
        }
        if (paperWidth != 58 && paperWidth != 80) {
            problems.add("paperWidth: " + paperWidth + " is not 58 or 80 (millimetres)");
        }
        if (port < 1 || port > 65_535) {
            problems.add("port: " + port + " is not between 1 and 65535");
        }
        if (answerMillis < 50 || answerMillis > 30_000) {
            problems.add("answerMillis: " + answerMillis + " is not between 50 and 30000");
        }
        if ("escpos-serial".equals(type)) {
            if (serial == null) {
                problems.add("serial: missing");
            } else {
                serial.problems().forEach(p -> problems.add("serial." + p));
            }
        }
        if ("escpos-tcp".equals(type) && (host == null || host.isBlank())) {
            problems.add("host: missing (the printer's name or address)");
        }
        if ("escpos-usb".equals(type) && (device == null || device.isBlank())) {
            problems.add("device: missing (the printer's device file, e.g. /dev/usb/lp0)");
        }
        if ("javapos".equals(type)) {
            if (javapos == null) {
                problems.add("javapos: missing");
            } else {
                javapos.problems(false).forEach(p -> problems.add("javapos." + p));
            }
        }
        return problems;
    }
}
