package app.tillpoint.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How to reach a serial device (a badge reader, or the receipt printer that kicks the drawer). Every field but
 * {@code port} has a default.
 *
 * @param port                the port, e.g. {@code /dev/ttyUSB0} or {@code COM3}; a symbolic link is followed
 * @param baudRate            default 9600
 * @param dataBits            5 to 8, default 8
 * @param parity              {@code none}, {@code even}, {@code odd}, {@code mark} or {@code space}; default none
 * @param stopBits            1 or 2, default 1
 * @param lineTerminator      what ends a badge line: {@code CR}, {@code LF}, {@code CRLF} or {@code any} (CR or LF);
 *                            default any
 * @param lineTimeoutMillis   a line not finished within this time after its last byte is discarded; default 500
 * @param reconnectMaxMillis  the longest wait between two attempts to reach an absent device; default 10000
 */
public record SerialConfig(String port, Integer baudRate, Integer dataBits, String parity, Integer stopBits,
                           String lineTerminator, Integer lineTimeoutMillis, Integer reconnectMaxMillis) {
    private static final Set<String> PARITIES = Set.of("none", "even", "odd", "mark", "space");
    private static final Set<String> TERMINATORS = Set.of("CR", "LF", "CRLF", "any");

    public SerialConfig {
        baudRate = baudRate == null ? 9600 : baudRate;
        dataBits = dataBits == null ? 8 : dataBits;
        parity = parity == null ? "none" : parity;
        stopBits = stopBits == null ? 1 : stopBits;
        lineTerminator = lineTerminator == null ? "any" : lineTerminator;
        lineTimeoutMillis = lineTimeoutMillis == null ? 500 : lineTimeoutMillis;
        reconnectMaxMillis = reconnectMaxMillis == null ? 10_000 : reconnectMaxMillis;
    }

    /** A port with every other setting at its default. */
    public static SerialConfig of(String port) {
        return new SerialConfig(port, null, null, null, null, null, null, null);
    }

    /** Problems as "field: what is wrong". */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (port == null || port.isBlank()) {
            problems.add("port: missing");
        }
        if (baudRate <= 0) {
            problems.add("baudRate: " + baudRate + " is not a positive number");
        }
        if (dataBits < 5 || dataBits > 8) {
            problems.add("dataBits: " + dataBits + " is not between 5 and 8");
        }
        if (!PARITIES.contains(parity)) {
            problems.add("parity: \"" + parity + "\" is not one of " + PARITIES);
        }
        if (stopBits != 1 && stopBits != 2) {
            problems.add("stopBits: " + stopBits + " is not 1 or 2");
        }
        if (!TERMINATORS.contains(lineTerminator)) {
            problems.add("lineTerminator: \"" + lineTerminator + "\" is not one of " + TERMINATORS);
        }
        if (lineTimeoutMillis <= 0) {
            problems.add("lineTimeoutMillis: " + lineTimeoutMillis + " is not a positive number");
        }
        if (reconnectMaxMillis <= 0) {
            problems.add("reconnectMaxMillis: " + reconnectMaxMillis + " is not a positive number");
        }
        return problems;
    }
}
