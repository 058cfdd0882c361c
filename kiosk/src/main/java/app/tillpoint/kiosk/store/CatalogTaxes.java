package app.tillpoint.kiosk.store;

import app.tillpoint.api.ShownText;
import app.tillpoint.api.sale.TaxRate;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tax rates of a catalog line, as {@link CatalogImport} reads them: in CSV the {@code taxes} column, rates joined
 * by {@code +}, each a name and a percentage ({@code CGST 9% + SGST 9%}, {@code VAT 19%}, empty for none); in JSON a
 * list of {@code {"name": "CGST", "percent": "9"}}. Each problem is named with the line it is on.
 */
final class CatalogTaxes {

    /** The CSV column that holds the rates. */
    static final String COLUMN = "taxes";
    /** The most rates one product may carry. */
    static final int MAX_RATES = 5;

    private static final String CSV_EXAMPLE = "CGST 9% + SGST 9%";
    private static final String JSON_EXAMPLE = "[{\"name\": \"CGST\", \"percent\": \"9\"}]";

    private CatalogTaxes() {
    }

    /** The rates of a CSV cell; null after a problem (added to {@code problems}). */
    static List<TaxRate> csv(String cell, String at, List<String> problems) {
        String text = cell.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        List<TaxRate> rates = new ArrayList<>();
        int before = problems.size();
        for (String part : text.split("\\+", -1)) {
            String rate = part.strip();
            int space = rate.lastIndexOf(' ');
            if (!rate.endsWith("%") || space < 0) {
                problems.add(at + ": the tax \"" + rate + "\" must be a name and a percentage, such as "
                        + CSV_EXAMPLE);
                continue;
            }
            add(rate.substring(0, space), rate.substring(space + 1, rate.length() - 1), at, rates, problems);
        }
        return problems.size() > before ? null : checked(rates, at, problems);
    }

    /** The rates of a JSON {@code taxes} field, null or absent for none; null after a problem. */
    static List<TaxRate> json(JsonNode node, String at, List<String> problems) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add(at + ": taxes must be a list such as " + JSON_EXAMPLE + ", not " + node);
            return null;
        }
        List<TaxRate> rates = new ArrayList<>();
        int before = problems.size();
        for (JsonNode rate : node) {
            if (!rate.isObject() || !rate.path("name").isTextual() || !rate.path("percent").isTextual()) {
                problems.add(at + ": each tax must be {\"name\": \"CGST\", \"percent\": \"9\"} with both in quotes, "
                        + "not " + rate);
                continue;
            }
            for (Iterator<String> names = rate.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                if (!field.equals("name") && !field.equals("percent")) {
                    problems.add(at + ": unknown field \"" + field + "\" in a tax (known fields: name, percent)");
                }
            }
            add(rate.get("name").textValue(), rate.get("percent").textValue(), at, rates, problems);
        }
        return problems.size() > before ? null : checked(rates, at, problems);
    }

    private static void add(String name, String percent, String at, List<TaxRate> rates, List<String> problems) {
        String clean = name.strip();
        if (!clean.isEmpty()) {
            var wrong = ShownText.problemInName(clean);
            if (wrong.isPresent()) {
                problems.add(at + ": the tax's name " + wrong.get());
                return;
            }
        }
        try {
            rates.add(TaxRate.of(clean, percent));
        } catch (IllegalArgumentException e) {
            problems.add(at + ": " + e.getMessage());
        }
    }

    private static List<TaxRate> checked(List<TaxRate> rates, String at, List<String> problems) {
        Set<String> names = new HashSet<>();
        for (TaxRate rate : rates) {
            if (!names.add(rate.name().toLowerCase(Locale.ROOT))) {
                problems.add(at + ": the tax " + rate.name() + " is listed twice");
                return null;
            }
        }
        if (rates.size() > MAX_RATES) {
            problems.add(at + ": " + rates.size() + " taxes; a product carries at most " + MAX_RATES);
            return null;
        }
        return List.copyOf(rates);
    }
}
