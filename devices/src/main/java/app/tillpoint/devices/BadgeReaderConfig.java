package app.tillpoint.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which badge reader the terminal has: {@code keyboard-wedge}, {@code serial}, {@code javapos} or {@code simulated}. */
public record BadgeReaderConfig(String type) {
    private static final Set<String> TYPES = Set.of("keyboard-wedge", "serial", "javapos", "simulated");

    public static BadgeReaderConfig keyboardWedge() {
        return new BadgeReaderConfig("keyboard-wedge");
    }

    /** Problems as "field: what is wrong". */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (type == null || !TYPES.contains(type)) {
            problems.add("type: \"" + type + "\" is not one of " + TYPES);
        }
        return problems;
    }
}
