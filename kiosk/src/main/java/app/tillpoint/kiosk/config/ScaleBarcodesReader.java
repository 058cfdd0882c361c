package app.tillpoint.kiosk.config;

import app.tillpoint.api.catalog.ScaleBarcode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static app.tillpoint.kiosk.config.Problems.describe;
import static app.tillpoint.kiosk.config.Problems.quote;

/**
 * Reads the {@code scaleBarcodes} section: how the store's scales write weight and price barcodes, one rule a prefix
 * ({@code {"prefix": "21", "itemDigits": 5, "content": "weight", "decimals": 3}}). The decimals are those of a
 * kilogram for a weight (3: grams) and of the currency for a price (2 for INR: paise); each becomes the rule's
 * {@link ScaleBarcode.Rule#unit()}. No two prefixes may start alike: a code would be read by two rules.
 */
final class ScaleBarcodesReader {

    static final String SECTION = "scaleBarcodes";
    private static final List<String> FIELDS = List.of("prefix", "itemDigits", "content", "decimals");
    private static final String EXAMPLE = "[{\"prefix\": \"21\", \"itemDigits\": 5, \"content\": \"weight\", "
            + "\"decimals\": 3}]";
    private static final Map<String, ScaleBarcode.Content> CONTENTS = Map.of("weight",
            ScaleBarcode.Content.WEIGHT_GRAMS, "price", ScaleBarcode.Content.PRICE_MINOR_UNITS);
    /** A kilogram's decimals down to the gram. */
    private static final int GRAM_DECIMALS = 3;

    private final Problems problems;
    private final JsonFields fields;

    ScaleBarcodesReader(Problems problems) {
        this.problems = problems;
        this.fields = new JsonFields(problems);
    }

    /** The rules, in the file's order; empty when the section is absent; null after a problem. */
    List<ScaleBarcode.Rule> rules(JsonNode root, Currency currency) {
        JsonNode node = JsonFields.optional(root, SECTION);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(SECTION, "must be a list such as " + EXAMPLE + ", not " + describe(node));
            return null;
        }
        int before = problems.size();
        List<ScaleBarcode.Rule> rules = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            ScaleBarcode.Rule rule = rule(node.get(i), SECTION + "[" + i + "]", currency);
            if (rule != null) {
                for (ScaleBarcode.Rule earlier : rules) {
                    if (earlier.prefix().startsWith(rule.prefix()) || rule.prefix().startsWith(earlier.prefix())) {
                        problems.add(SECTION + "[" + i + "].prefix", quote(rule.prefix()) + " and "
                                + quote(earlier.prefix()) + " start alike: a code would fit both");
                    }
                }
                rules.add(rule);
            }
        }
        return problems.size() > before ? null : List.copyOf(rules);
    }

    private ScaleBarcode.Rule rule(JsonNode node, String path, Currency currency) {
        if (!node.isObject()) {
            problems.add(path, "must be an object such as " + EXAMPLE.substring(1, EXAMPLE.length() - 1) + ", not "
                    + describe(node));
            return null;
        }
        int before = problems.size();
        fields.rejectUnknownFields(node, path, FIELDS);
        String prefix = fields.string(node, path, "prefix", "\"21\"");
        if (prefix != null && !prefix.matches("2[0-9]{0,2}")) {
            problems.add(path + ".prefix", "must be 1 to 3 digits starting with 2 (GS1 keeps them for a store's own "
                    + "codes), not " + quote(prefix));
        }
        Integer itemDigits = fields.integer(node, path, "itemDigits", 1, 9);
        if (itemDigits == null && JsonFields.optional(node, "itemDigits") == null) {
            problems.add(path + ".itemDigits", "missing; write how many digits of item code follow the prefix, "
                    + "such as 5");
        }
        JsonNode contentNode = JsonFields.optional(node, "content");
        ScaleBarcode.Content content = contentNode != null && contentNode.isTextual()
                ? CONTENTS.get(contentNode.textValue()) : null;
        if (content == null) {
            problems.add(path + ".content", "must be \"weight\" or \"price\", not "
                    + (contentNode == null ? "missing" : describe(contentNode)));
        }
        int most = content == ScaleBarcode.Content.PRICE_MINOR_UNITS
                ? (currency == null ? 0 : currency.getDefaultFractionDigits()) : GRAM_DECIMALS;
        Integer decimals = fields.integer(node, path, "decimals", 0, most);
        if (problems.size() > before) {
            return null;
        }
        int unit = 1;
        for (int d = decimals == null ? most : decimals; d < most; d++) {
            unit *= 10;
        }
        try {
            return new ScaleBarcode.Rule(prefix, itemDigits, content, unit);
        } catch (IllegalArgumentException e) {
            problems.add(path, e.getMessage());
            return null;
        }
    }

    /** The section as the file writes it. */
    static ArrayNode toJson(List<ScaleBarcode.Rule> rules, Currency currency) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (ScaleBarcode.Rule rule : rules) {
            boolean weight = rule.content() == ScaleBarcode.Content.WEIGHT_GRAMS;
            int most = weight ? GRAM_DECIMALS : currency.getDefaultFractionDigits();
            array.addObject().put("prefix", rule.prefix()).put("itemDigits", rule.itemDigits())
                    .put("content", weight ? "weight" : "price")
                    .put("decimals", most - Integer.toString(rule.unit()).length() + 1);
        }
        return array;
    }
}
