package app.tillpoint.kiosk.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import static app.tillpoint.kiosk.config.Problems.describe;

/** Reads the look section: the theme the kiosk's screens wear. */
final class LookReader {

    private static final List<String> FIELDS = List.of("theme");
    private static final String EXAMPLE = "{\"theme\": \"dark\"}";

    private final Problems problems;
    private final JsonFields fields;

    LookReader(Problems problems) {
        this.problems = problems;
        this.fields = new JsonFields(problems);
    }

    /** The section, {@link TerminalConfig.Look#DEFAULT} when absent; null after a problem. */
    TerminalConfig.Look look(JsonNode root) {
        JsonNode node = JsonFields.optional(root, "look");
        if (node == null) {
            return TerminalConfig.Look.DEFAULT;
        }
        if (!node.isObject()) {
            problems.add("look", "must be an object such as " + EXAMPLE + ", not " + describe(node));
            return null;
        }
        int before = problems.size();
        fields.rejectUnknownFields(node, "look", FIELDS);
        JsonNode theme = JsonFields.optional(node, "theme");
        if (theme != null && (!theme.isTextual() || !TerminalConfig.Look.THEMES.contains(theme.textValue()))) {
            problems.add("look.theme", "must be one of " + String.join(", ", TerminalConfig.Look.THEMES)
                    + ", not " + describe(theme));
        }
        if (problems.size() > before) {
            return null;
        }
        return theme == null ? TerminalConfig.Look.DEFAULT : new TerminalConfig.Look(theme.textValue());
    }
}
