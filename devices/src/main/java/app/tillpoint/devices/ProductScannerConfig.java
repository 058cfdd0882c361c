package app.tillpoint.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which product scanner the terminal has: {@code shared} (the badge reader's own device: on a screen that takes
 * products, such as the register, a scan is a product; elsewhere a badge), or a device of its own,
 * {@code keyboard-wedge}, {@code serial}, {@code javapos} (a JavaPOS {@code Scanner}) or {@code simulated}. The
 * fields are the badge reader's ({@link BadgeReaderConfig}); a scan is kept as sent, prefix and suffix removed.
 *
 * @param type            the kind of scanner
 * @param prefix          text the scanner puts before every code, removed; default none
 * @param suffix          text the scanner puts after every code, removed; default none
 * @param minLength       the shortest code accepted; default 4
 * @param maxKeyGapMillis keyboard wedge: the longest pause between two keys of one scan; default 50
 * @param serial          for {@code serial}: the port and its settings
 * @param javapos         for {@code javapos}: the logical name of the {@code Scanner}
 */
public record ProductScannerConfig(String type, String prefix, String suffix, Integer minLength,
                                   Integer maxKeyGapMillis, SerialConfig serial, JavaPosConfig javapos) {
    /** The badge reader's device scans products too. */
    public static final String SHARED = "shared";
    private static final Set<String> TYPES = Set.of(SHARED, "keyboard-wedge", "serial", "javapos", "simulated");

    /** Only the type, every other field at its default. */
    public static ProductScannerConfig of(String type) {
        return new ProductScannerConfig(type, null, null, null, null, null, null);
    }

    /** Whether the badge reader's device scans the products. */
    public boolean shared() {
        return SHARED.equals(type);
    }

    /** The settings of the scanner's driver, which is a code reader like the badge reader's. */
    public BadgeReaderConfig readerConfig() {
        JavaPosConfig scanner = javapos == null ? null
                : new JavaPosConfig(javapos.logicalName(), "Scanner", javapos.jposXml(), javapos.claimTimeoutMillis());
        return new BadgeReaderConfig(type, prefix, suffix, minLength, maxKeyGapMillis, serial, scanner);
    }

    /**
     * Problems as "field: what is wrong".
     *
     * @param badgeReader the badge reader's configuration, which a second keyboard wedge cannot be told from
     */
    public List<String> problems(BadgeReaderConfig badgeReader) {
        List<String> problems = new ArrayList<>();
        if (type == null || !TYPES.contains(type)) {
            problems.add("type: \"" + type + "\" is not one of " + TYPES);
            return problems;
        }
        if (shared()) {
            return problems;
        }
        if ("keyboard-wedge".equals(type) && badgeReader != null && "keyboard-wedge".equals(badgeReader.type())) {
            problems.add("type: the badge reader is a keyboard wedge too, and two wedges type alike: use \""
                    + SHARED + "\"");
        }
        if (javapos != null && javapos.category() != null && !"Scanner".equals(javapos.category())) {
            problems.add("javapos.category: a product scanner is a JavaPOS Scanner, not " + javapos.category());
        }
        problems.addAll(readerConfig().problems());
        return problems;
    }
}
