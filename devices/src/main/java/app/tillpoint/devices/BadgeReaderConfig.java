package app.tillpoint.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which badge reader the terminal has: {@code keyboard-wedge}, {@code serial}, {@code javapos} or {@code simulated},
 * and how its badge codes are cleaned. Optional fields take their defaults when absent.
 *
 * @param type            the kind of reader
 * @param prefix          text the reader puts before every code, removed; default none
 * @param suffix          text the reader puts after every code, removed; default none
 * @param minLength       the shortest badge code accepted; default 4
 * @param maxKeyGapMillis keyboard wedge: the longest pause between two keys of one badge; default 50
 * @param serial          for {@code serial}: the port and its settings
 * @param javapos         for {@code javapos}: the logical name and category
 */
public record BadgeReaderConfig(String type, String prefix, String suffix, Integer minLength, Integer maxKeyGapMillis,
                                SerialConfig serial, JavaPosConfig javapos) {
    private static final Set<String> TYPES = Set.of("keyboard-wedge", "serial", "javapos", "simulated");

    public BadgeReaderConfig {
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        minLength = minLength == null ? 4 : minLength;
        maxKeyGapMillis = maxKeyGapMillis == null ? 50 : maxKeyGapMillis;
    }

    /** Only the type, every other field at its default. */
    public static BadgeReaderConfig of(String type) {
        return new BadgeReaderConfig(type, null, null, null, null, null, null);
    }

    public static BadgeReaderConfig keyboardWedge() {
        return of("keyboard-wedge");
    }

    public static BadgeReaderConfig simulated() {
        return of("simulated");
    }

    public static BadgeReaderConfig serial(SerialConfig serial) {
        return new BadgeReaderConfig("serial", null, null, null, null, serial, null);
    }

    public static BadgeReaderConfig javapos(JavaPosConfig javapos) {
        return new BadgeReaderConfig("javapos", null, null, null, null, null, javapos);
    }

    /** Problems as "field: what is wrong". */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (type == null || !TYPES.contains(type)) {
            problems.add("type: \"" + type + "\" is not one of " + TYPES);
        }
        if (minLength < 1) {
            problems.add("minLength: " + minLength + " is less than 1");
        }
        if (maxKeyGapMillis < 1) {
            problems.add("maxKeyGapMillis: " + maxKeyGapMillis + " is less than 1");
        }
        if ("serial".equals(type)) {
            if (serial == null) {
                problems.add("serial: missing");
            } else {
                serial.problems().forEach(p -> problems.add("serial." + p));
            }
        }
        if ("javapos".equals(type)) {
            if (javapos == null) {
                problems.add("javapos: missing");
            } else {
                javapos.problems(true).forEach(p -> problems.add("javapos." + p));
            }
        }
        return problems;
    }
}
