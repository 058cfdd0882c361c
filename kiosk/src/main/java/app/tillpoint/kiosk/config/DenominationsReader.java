package app.tillpoint.kiosk.config;

import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static app.tillpoint.kiosk.config.Problems.describe;
import static app.tillpoint.kiosk.config.Problems.quote;

/** Reads the bills and coins of the terminal's currency, or leaves them to the built-in set. */
final class DenominationsReader {

    private static final List<String> DENOMINATION_FIELDS = List.of("value", "kind");

    private final Problems problems;
    private final JsonFields fields;

    DenominationsReader(Problems problems) {
        this.problems = problems;
        this.fields = new JsonFields(problems);
    }

    List<Denomination> denominations(JsonNode root, Currency currency) {
        JsonNode list = JsonFields.optional(root, "denominations");
        String builtIn = currency == null ? "" : " for the built-in set of " + currency.getCurrencyCode();
        if (list == null) {
            if (currency != null && BuiltInDenominations.forCurrency(currency).isEmpty()) {
                problems.add("denominations", "missing: " + currency.getCurrencyCode() + " has no built-in set"
                        + " (only " + String.join(", ", BuiltInDenominations.CURRENCY_CODES) + " have one);"
                        + " list its bills and coins");
            }
            return List.of();
        }
        if (!list.isArray()) {
            problems.add("denominations", "must be a list such as [{\"value\": \"500.00\", \"kind\": \"bill\"}], not "
                    + describe(list));
            return List.of();
        }
        if (list.isEmpty()) {
            problems.add("denominations", "must list at least one bill or coin, or be left out" + builtIn);
            return List.of();
        }
        List<Denomination> denominations = new ArrayList<>();
        Map<Denomination, String> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "denominations[" + i + "]";
            Denomination denomination = denomination(list.get(i), path, currency);
            if (denomination == null) {
                continue;
            }
            String first = seen.putIfAbsent(denomination, path);
            if (first != null) {
                problems.add(path, "the " + denomination.value().toPlainString() + " "
                        + denomination.kind().name().toLowerCase(Locale.ROOT) + " is listed twice (also " + first
                        + ")");
            } else {
                denominations.add(denomination);
            }
        }
        return denominations;
    }

    private Denomination denomination(JsonNode entry, String path, Currency currency) {
        if (!entry.isObject()) {
            problems.add(path, "must be an object such as {\"value\": \"500.00\", \"kind\": \"bill\"}, not "
                    + describe(entry));
            return null;
        }
        fields.rejectUnknownFields(entry, path, DENOMINATION_FIELDS);
        Denomination.Kind kind = null;
        String kindText = fields.string(entry, path, "kind", "\"bill\" or \"coin\"");
        if ("bill".equals(kindText)) {
            kind = Denomination.Kind.BILL;
        } else if ("coin".equals(kindText)) {
            kind = Denomination.Kind.COIN;
        } else if (kindText != null) {
            problems.add(path + ".kind", "must be \"bill\" or \"coin\", not " + quote(kindText));
        }
        Money value = fields.amount(entry, path, "value", currency, "\"500.00\"", true);
        if (value != null && value.isZero()) {
            problems.add(path + ".value", "must be more than zero");
            return null;
        }
        return kind == null || value == null ? null : new Denomination(value, kind);
    }
}
