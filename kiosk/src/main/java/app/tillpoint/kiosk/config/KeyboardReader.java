package app.tillpoint.kiosk.config;

import app.tillpoint.api.ui.KeyboardLayout;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static app.tillpoint.kiosk.config.Problems.describe;
import static app.tillpoint.kiosk.config.Problems.quote;

/** Reads the keyboard section: whether the kiosk shows its on-screen keyboard, and in which layouts. */
final class KeyboardReader {

    private static final List<String> FIELDS = List.of("onScreen", "layouts");
    private static final String EXAMPLE = "{\"onScreen\": true, \"layouts\": [\"en\", \"hi\", \"ta\"]}";

    private final Problems problems;
    private final JsonFields fields;

    KeyboardReader(Problems problems) {
        this.problems = problems;
        this.fields = new JsonFields(problems);
    }

    /** The section, {@link TerminalConfig.Keyboard#OFF} when absent; null after a problem. */
    TerminalConfig.Keyboard keyboard(JsonNode root) {
        JsonNode node = JsonFields.optional(root, "keyboard");
        if (node == null) {
            return TerminalConfig.Keyboard.OFF;
        }
        if (!node.isObject()) {
            problems.add("keyboard", "must be an object such as " + EXAMPLE + ", not " + describe(node));
            return null;
        }
        int before = problems.size();
        fields.rejectUnknownFields(node, "keyboard", FIELDS);
        Boolean onScreen = fields.bool(node, "keyboard", "onScreen");
        List<String> layouts = layouts(node);
        if (problems.size() > before) {
            return null;
        }
        return new TerminalConfig.Keyboard(onScreen != null && onScreen,
                layouts == null ? TerminalConfig.Keyboard.OFF.layouts() : layouts);
    }

    /** The layouts' codes, each known and named once; null when absent or wrong. */
    private List<String> layouts(JsonNode keyboard) {
        JsonNode node = JsonFields.optional(keyboard, "layouts");
        if (node == null) {
            return null;
        }
        String known = String.join(", ", KeyboardLayout.codes());
        if (!node.isArray() || node.isEmpty()) {
            problems.add("keyboard.layouts", "must list one or more of " + known + ", such as [\"en\", \"hi\"], not "
                    + (node.isArray() ? "an empty list" : describe(node)));
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String at = "keyboard.layouts[" + i + "]";
            if (!item.isTextual() || KeyboardLayout.of(item.textValue()).isEmpty()) {
                problems.add(at, "must be one of " + known + " (English, Hindi, Tamil), not " + describe(item));
            } else if (codes.contains(item.textValue())) {
                problems.add(at, quote(item.textValue()) + " is listed twice");
            } else {
                codes.add(item.textValue());
            }
        }
        return codes.size() == node.size() ? codes : null;
    }
}
