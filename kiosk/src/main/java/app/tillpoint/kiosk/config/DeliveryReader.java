package app.tillpoint.kiosk.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import static app.tillpoint.kiosk.config.Problems.describe;

/** Reads the delivery section: how patiently events are delivered to the plugins' listeners. */
final class DeliveryReader {

    private static final List<String> FIELDS = List.of("timeoutSeconds", "firstPauseMillis", "longestPauseSeconds",
            "parkAfter");

    private final Problems problems;
    private final JsonFields fields;

    DeliveryReader(Problems problems) {
        this.problems = problems;
        this.fields = new JsonFields(problems);
    }

    TerminalConfig.Delivery delivery(JsonNode root) {
        JsonNode node = JsonFields.optional(root, "delivery");
        TerminalConfig.Delivery defaults = TerminalConfig.Delivery.DEFAULT;
        if (node == null) {
            return defaults;
        }
        if (!node.isObject()) {
            problems.add("delivery", "must be an object such as {\"timeoutSeconds\": 30}, not " + describe(node));
            return null;
        }
        int before = problems.size();
        fields.rejectUnknownFields(node, "delivery", FIELDS);
        Integer timeout = fields.integer(node, "delivery", "timeoutSeconds", 1, 3600);
        Integer firstPause = fields.integer(node, "delivery", "firstPauseMillis", 0, 3_600_000);
        Integer longestPause = fields.integer(node, "delivery", "longestPauseSeconds", 1, 86_400);
        Integer parkAfter = fields.integer(node, "delivery", "parkAfter", 1, 1000);
        if (problems.size() > before) {
            return null;
        }
        int first = firstPause == null ? defaults.firstPauseMillis() : firstPause;
        int longest = longestPause == null ? defaults.longestPauseSeconds() : longestPause;
        if (longest * 1000L < first) {
            problems.add("delivery.longestPauseSeconds", "must be at least the first pause (" + first + " ms), not "
                    + longest + " s");
            return null;
        }
        return new TerminalConfig.Delivery(timeout == null ? defaults.timeoutSeconds() : timeout, first, longest,
                parkAfter == null ? defaults.parkAfter() : parkAfter);
    }
}
