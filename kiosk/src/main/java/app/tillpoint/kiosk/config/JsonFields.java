package app.tillpoint.kiosk.config;

import app.tillpoint.api.money.Money;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Currency;
import java.util.Iterator;
import java.util.List;

import static app.tillpoint.kiosk.config.Problems.describe;
import static app.tillpoint.kiosk.config.Problems.join;
import static app.tillpoint.kiosk.config.Problems.quote;

/** Reads the fields of any section of the configuration, reporting what is wrong with them to {@link Problems}. */
final class JsonFields {

    private final Problems problems;

    JsonFields(Problems problems) {
        this.problems = problems;
    }

    void rejectUnknownFields(JsonNode object, String path, List<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (known.contains(name)) {
                continue;
            }
            String hint = known.stream().filter(name::equalsIgnoreCase).findFirst()
                    .map(k -> "; did you mean " + quote(k) + "?")
                    .orElse(" (known fields: " + String.join(", ", known) + ")");
            problems.add(join(path, name), "unknown field" + hint);
        }
    }

    /** The field's node, or null when it is absent or JSON null. */
    static JsonNode optional(JsonNode object, String name) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? null : node;
    }

    String string(JsonNode object, String path, String name, String example) {
        JsonNode node = optional(object, name);
        if (node == null) {
            problems.add(join(path, name), "missing; write it as a string such as " + example);
            return null;
        }
        if (!node.isTextual()) {
            problems.add(join(path, name), "must be a string such as " + example + ", not " + describe(node));
            return null;
        }
        return node.textValue();
    }

    /** An amount written as a decimal string; null when absent (a problem only if required) or invalid. */
    Money amount(JsonNode object, String path, String name, Currency currency, String example,
                         boolean required) {
        JsonNode node = optional(object, name);
        String at = join(path, name);
        if (node == null) {
            if (required) {
                problems.add(at, "missing; write it as a string such as " + example);
            }
            return null;
        }
        if (node.isNumber()) {
            problems.add(at, "must be a string such as " + example + ", not the number " + node
                    + " (amounts are written in quotes, never as JSON numbers)");
            return null;
        }
        if (!node.isTextual()) {
            problems.add(at, "must be a string such as " + example + ", not " + describe(node));
            return null;
        }
        if (currency == null) {
            // Cannot be checked without a valid currency, whose own problem is already reported.
            return null;
        }
        try {
            return Money.parse(node.textValue(), currency);
        } catch (IllegalArgumentException | ArithmeticException e) {
            int decimals = currency.getDefaultFractionDigits();
            problems.add(at, quote(node.textValue()) + " is not an amount of " + currency.getCurrencyCode() + ": digits"
                    + (decimals == 0 ? " without decimals" : " with at most " + decimals + " decimals")
                    + ", no sign, no grouping, such as " + example);
            return null;
        }
    }

    Integer integer(JsonNode object, String path, String name, int min, int max) {
        JsonNode node = optional(object, name);
        if (node == null) {
            return null;
        }
        String at = join(path, name);
        if (!node.isIntegralNumber()) {
            problems.add(at, "must be a whole number from " + min + " to " + max + ", not " + describe(node));
            return null;
        }
        if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            problems.add(at, "must be from " + min + " to " + max + ", not " + node);
            return null;
        }
        return node.intValue();
    }

    Boolean bool(JsonNode object, String path, String name) {
        JsonNode node = optional(object, name);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            problems.add(join(path, name), "must be true or false, not " + describe(node));
            return null;
        }
        return node.booleanValue();
    }
}
