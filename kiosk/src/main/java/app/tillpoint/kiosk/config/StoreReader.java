package app.tillpoint.kiosk.config;

import app.tillpoint.api.ShownText;
import app.tillpoint.api.terminal.StoreDetails;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.kiosk.config.Problems.describe;

/** Reads the store section: the shop's name, address and tax id as its receipts print them. */
final class StoreReader {

    static final int MAX_LINE_LENGTH = 48;
    private static final int MAX_ADDRESS_LINES = 4;
    private static final List<String> FIELDS = List.of("name", "address", "taxId");
    private static final String EXAMPLE = "{\"name\": \"Tillpoint Stores\", \"address\": [\"12 Usman Road\", \"Chennai"
            + " 600017\"], \"taxId\": \"GSTIN 33AAACT1234F1Z5\"}";

    private final Problems problems;
    private final JsonFields fields;

    StoreReader(Problems problems) {
        this.problems = problems;
        this.fields = new JsonFields(problems);
    }

    /** The section; the terminal's name alone when absent; null after a problem. */
    StoreDetails store(JsonNode root, String terminalName) {
        JsonNode node = JsonFields.optional(root, "store");
        if (node == null) {
            return new StoreDetails(terminalName == null ? "" : terminalName, List.of(), "");
        }
        if (!node.isObject()) {
            problems.add("store", "must be an object such as " + EXAMPLE + ", not " + describe(node));
            return null;
        }
        int before = problems.size();
        fields.rejectUnknownFields(node, "store", FIELDS);
        String name = line(node, "name", true);
        String taxId = line(node, "taxId", false);
        List<String> address = address(node);
        if (problems.size() > before) {
            return null;
        }
        return new StoreDetails(name, address, taxId == null ? "" : taxId);
    }

    private String line(JsonNode store, String field, boolean required) {
        JsonNode node = JsonFields.optional(store, field);
        if (node == null) {
            if (required) {
                problems.add("store." + field, "missing; write it as a string such as \"Tillpoint Stores\"");
            }
            return null;
        }
        return checked("store." + field, node);
    }

    private List<String> address(JsonNode store) {
        JsonNode node = JsonFields.optional(store, "address");
        if (node == null) {
            return List.of();
        }
        if (!node.isArray() || node.size() > MAX_ADDRESS_LINES) {
            problems.add("store.address", "must be a list of at most " + MAX_ADDRESS_LINES + " lines such as "
                    + "[\"12 Usman Road\", \"Chennai 600017\"], not " + describe(node));
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String line = checked("store.address[" + i + "]", node.get(i));
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** A printed line: a string, not blank, at most a line of 80 mm paper, nothing a receipt cannot show. */
    private String checked(String at, JsonNode node) {
        if (!node.isTextual()) {
            problems.add(at, "must be a string, not " + describe(node));
            return null;
        }
        String text = node.textValue().strip();
        Optional<String> problem = ShownText.problemInName(text);
        if (text.isEmpty()) {
            problems.add(at, "must not be blank");
        } else if (text.length() > MAX_LINE_LENGTH) {
            problems.add(at, "must be at most " + MAX_LINE_LENGTH + " characters (a line of 80 mm paper), not "
                    + text.length());
        } else if (problem.isPresent()) {
            problems.add(at, problem.get());
        } else {
            return text;
        }
        return null;
    }
}
