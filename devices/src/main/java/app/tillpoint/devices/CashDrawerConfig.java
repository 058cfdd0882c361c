package app.tillpoint.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Which cash drawer the terminal has: {@code escpos-serial}, {@code javapos} or {@code simulated}. */
public record CashDrawerConfig(String type) {
    private static final Set<String> TYPES = Set.of("escpos-serial", "javapos", "simulated");

    public static CashDrawerConfig simulated() {
        return new CashDrawerConfig("simulated");
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
