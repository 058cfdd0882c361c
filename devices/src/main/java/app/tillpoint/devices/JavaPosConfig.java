package app.tillpoint.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A JavaPOS device named in {@code jpos.xml}.
 *
 * @param logicalName        the {@code logicalName} of its {@code JposEntry} in {@code jpos.xml}
 * @param category           for a badge reader, {@code MSR} or {@code Scanner} (default MSR); ignored for the drawer
 * @param jposXml            the path of {@code jpos.xml}; when absent, the JavaPOS system properties
 *                           ({@code jpos.config.populatorFile}, {@code jpos.config.regPopulatorClass}) decide
 * @param claimTimeoutMillis how long to wait to claim the device; default 1000
 */
public record JavaPosConfig(String logicalName, String category, String jposXml, Integer claimTimeoutMillis) {
    private static final Set<String> CATEGORIES = Set.of("MSR", "Scanner");

    public JavaPosConfig {
        category = category == null ? "MSR" : category;
        claimTimeoutMillis = claimTimeoutMillis == null ? 1000 : claimTimeoutMillis;
    }

    /** Problems as "field: what is wrong"; {@code badgeReader} says whether the category matters. */
    public List<String> problems(boolean badgeReader) {
        List<String> problems = new ArrayList<>();
        if (logicalName == null || logicalName.isBlank()) {
            problems.add("logicalName: missing");
        }
        if (badgeReader && !CATEGORIES.contains(category)) {
            problems.add("category: \"" + category + "\" is not one of " + CATEGORIES);
        }
        if (claimTimeoutMillis < 0) {
            problems.add("claimTimeoutMillis: " + claimTimeoutMillis + " is negative");
        }
        return problems;
    }
}
