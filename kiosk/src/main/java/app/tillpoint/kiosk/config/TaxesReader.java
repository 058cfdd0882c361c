package app.tillpoint.kiosk.config;

import app.tillpoint.api.sale.TaxRule;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static app.tillpoint.kiosk.config.Problems.describe;

/** Reads the taxes section: whether the catalog's prices include the taxes, and where the tax is rounded. */
final class TaxesReader {

    private static final List<String> FIELDS = List.of("prices", "rounding");
    private static final String EXAMPLE = "{\"prices\": \"included\", \"rounding\": \"perLine\"}";
    private static final Map<String, TaxRule.Prices> PRICES = Map.of("included", TaxRule.Prices.INCLUDED,
            "excluded", TaxRule.Prices.EXCLUDED);
    private static final Map<String, TaxRule.Rounding> ROUNDING = Map.of("perLine", TaxRule.Rounding.PER_LINE,
            "perOrder", TaxRule.Rounding.PER_ORDER);

    private final Problems problems;
    private final JsonFields fields;

    TaxesReader(Problems problems) {
        this.problems = problems;
        this.fields = new JsonFields(problems);
    }

    /** The section, {@link TaxRule#DEFAULT} when absent or for a field left out; null after a problem. */
    TaxRule taxes(JsonNode root) {
        JsonNode node = JsonFields.optional(root, "taxes");
        if (node == null) {
            return TaxRule.DEFAULT;
        }
        if (!node.isObject()) {
            problems.add("taxes", "must be an object such as " + EXAMPLE + ", not " + describe(node));
            return null;
        }
        int before = problems.size();
        fields.rejectUnknownFields(node, "taxes", FIELDS);
        TaxRule.Prices prices = choice(node, "prices", PRICES, "\"included\" or \"excluded\"");
        TaxRule.Rounding rounding = choice(node, "rounding", ROUNDING, "\"perLine\" or \"perOrder\"");
        if (problems.size() > before) {
            return null;
        }
        return new TaxRule(prices == null ? TaxRule.DEFAULT.prices() : prices,
                rounding == null ? TaxRule.DEFAULT.rounding() : rounding);
    }

    private <T> T choice(JsonNode taxes, String name, Map<String, T> choices, String allowed) {
        JsonNode node = JsonFields.optional(taxes, name);
        if (node == null) {
            return null;
        }
        T value = node.isTextual() ? choices.get(node.textValue()) : null;
        if (value == null) {
            problems.add("taxes." + name, "must be " + allowed + ", not " + describe(node));
        }
        return value;
    }

    /** The section as the file writes it; nothing for the default. */
    static Map<String, String> toJson(TaxRule rule) {
        String prices = PRICES.entrySet().stream().filter(e -> e.getValue() == rule.prices()).findFirst()
                .orElseThrow().getKey();
        String rounding = ROUNDING.entrySet().stream().filter(e -> e.getValue() == rule.rounding()).findFirst()
                .orElseThrow().getKey();
        return Map.of("prices", prices, "rounding", rounding);
    }
}
