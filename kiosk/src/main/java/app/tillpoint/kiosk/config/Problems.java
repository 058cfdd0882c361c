package app.tillpoint.kiosk.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The problems found in a configuration file, each as "json.path: what is wrong", in the order found. */
final class Problems {

    private final List<String> problems = new ArrayList<>();

    void add(String path, String what) {
        problems.add(path + ": " + what);
    }

    /** Problems already worded with their paths, such as those of the devices section. */
    void addAll(List<String> worded) {
        problems.addAll(worded);
    }

    /** How many so far; a section compares it before and after to know whether it found any. */
    int size() {
        return problems.size();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<String> list() {
        return List.copyOf(problems);
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "the string " + quote(node.textValue());
        }
        if (node.isNumber()) {
            return "the number " + node;
        }
        if (node.isBoolean()) {
            return String.valueOf(node.booleanValue());
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "is not valid";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
