package app.tillpoint.kiosk.config;

import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.devices.DevicesConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the JSON tree of a configuration file into a {@link TerminalConfig}, checking every field and collecting every
 * problem as "json.path: what is wrong" rather than stopping at the first.
 */
final class TerminalConfigReader {

    static final String WHOLE_FILE = "(whole file)";
    static final int MAX_NAME_LENGTH = 80;

    private static final List<String> FIELDS =
            List.of("id", "name", "currency", "locale", "zone", "denominations", "devices", "policy");
    private static final List<String> DENOMINATION_FIELDS = List.of("value", "kind");
    private static final List<String> POLICY_FIELDS = List.of("headCashierNeedsPin", "maxWrongPins", "lockoutSeconds",
            "allowedClosingDifference", "blindClose", "cashOutApprovalAbove", "cashMoveReasons", "closingReasons");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    private static final Pattern REGION_NUMBER = Pattern.compile("\\d{3}");

    private final ObjectMapper mapper;
    private final List<String> problems = new ArrayList<>();

    TerminalConfigReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The configuration, or nothing when {@link #problems()} says why not. */
    TerminalConfig read(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            problem(WHOLE_FILE, "the file is empty; delete it to have the demo terminal written, or describe the"
                    + " terminal in it");
            return null;
        }
        if (!root.isObject()) {
            problem(WHOLE_FILE, "must be a JSON object { \"id\": ..., \"name\": ... }, not " + describe(root));
            return null;
        }
        rejectUnknownFields(root, "", FIELDS);

        String id = string(root, "", "id", "\"T01\"");
        if (id != null && !ID.matcher(id).matches()) {
            problem("id", "must be 1 to 32 letters, digits, '-' or '_', starting with a letter or digit, not "
                    + quote(id));
            id = null;
        }
        String name = string(root, "", "name", "\"CHN LS Terminal 01\"");
        if (name != null) {
            name = name.strip();
            if (name.isEmpty()) {
                problem("name", "must not be blank");
                name = null;
            } else if (name.length() > MAX_NAME_LENGTH) {
                problem("name", "must be at most " + MAX_NAME_LENGTH + " characters, not " + name.length());
                name = null;
            }
        }
        Currency currency = currency(root);
        Locale locale = locale(root);
        ZoneId zone = zone(root);
        List<Denomination> denominations = denominations(root, currency);
        DevicesConfig devices = devices(root);
        TerminalConfig.Policy policy = policy(root, currency);

        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return new TerminalConfig(id, name, currency, locale, zone, denominations, devices, policy);
        } catch (IllegalArgumentException e) {
            // Every rule of the record is checked above; reaching this is a bug of this reader, still reported.
            problem(WHOLE_FILE, e.getMessage());
            return null;
        }
    }

    /** Every problem found, as "json.path: what is wrong", in the order of the file's sections. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    private Currency currency(JsonNode root) {
        String code = string(root, "", "currency", "\"INR\"");
        if (code == null) {
            return null;
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            String hint = isCurrencyCode(code.toUpperCase(Locale.ROOT))
                    ? "; currency codes are written in capitals: " + quote(code.toUpperCase(Locale.ROOT))
                    : " (an ISO 4217 code such as \"INR\", \"EUR\", \"USD\", \"GBP\")";
            problem("currency", "unknown currency " + quote(code) + hint);
            return null;
        }
        if (currency.getDefaultFractionDigits() < 0) {
            problem("currency", quote(code) + " is not a currency of bills and coins");
            return null;
        }
        return currency;
    }

    private static boolean isCurrencyCode(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Locale locale(JsonNode root) {
        String tag = string(root, "", "locale", "\"en-IN\"");
        if (tag == null) {
            return null;
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            problem("locale", quote(tag) + " is not a BCP 47 language tag; write it like \"en-IN\" or \"de-DE\"");
            return null;
        }
        // The ISO lists, not Locale.getAvailableLocales(), which costs a tenth of a second at start.
        if (!knownLanguage(locale.getLanguage()) || !knownRegion(locale.getCountry())) {
            problem("locale", "unknown locale " + quote(tag) + " (a language and a region such as \"en-IN\")");
            return null;
        }
        return locale;
    }

    private static boolean knownLanguage(String language) {
        if (language.length() == 3) {
            return !language.equals(Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH));
        }
        return !language.isEmpty() && Arrays.asList(Locale.getISOLanguages()).contains(language);
    }

    private static boolean knownRegion(String region) {
        return region.isEmpty() || REGION_NUMBER.matcher(region).matches()
                || Arrays.asList(Locale.getISOCountries()).contains(region);
    }

    private ZoneId zone(JsonNode root) {
        String id = string(root, "", "zone", "\"Asia/Kolkata\"");
        if (id == null) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            problem("zone", "unknown time zone " + quote(id) + " (a region id such as \"Asia/Kolkata\")");
            return null;
        }
    }

    private List<Denomination> denominations(JsonNode root, Currency currency) {
        JsonNode list = optional(root, "denominations");
        String builtIn = currency == null ? "" : " for the built-in set of " + currency.getCurrencyCode();
        if (list == null) {
            if (currency != null && BuiltInDenominations.forCurrency(currency).isEmpty()) {
                problem("denominations", "missing: " + currency.getCurrencyCode() + " has no built-in set"
                        + " (only " + String.join(", ", BuiltInDenominations.CURRENCY_CODES) + " have one);"
                        + " list its bills and coins");
            }
            return List.of();
        }
        if (!list.isArray()) {
            problem("denominations", "must be a list such as [{\"value\": \"500.00\", \"kind\": \"bill\"}], not "
                    + describe(list));
            return List.of();
        }
        if (list.isEmpty()) {
            problem("denominations", "must list at least one bill or coin, or be left out" + builtIn);
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
                problem(path, "the " + denomination.value().toPlainString() + " "
                        + denomination.kind().name().toLowerCase(Locale.ROOT) + " is listed twice (also " + first + ")");
            } else {
                denominations.add(denomination);
            }
        }
        return denominations;
    }

    private Denomination denomination(JsonNode entry, String path, Currency currency) {
        if (!entry.isObject()) {
            problem(path, "must be an object such as {\"value\": \"500.00\", \"kind\": \"bill\"}, not "
                    + describe(entry));
            return null;
        }
        rejectUnknownFields(entry, path, DENOMINATION_FIELDS);
        Denomination.Kind kind = null;
        String kindText = string(entry, path, "kind", "\"bill\" or \"coin\"");
        if ("bill".equals(kindText)) {
            kind = Denomination.Kind.BILL;
        } else if ("coin".equals(kindText)) {
            kind = Denomination.Kind.COIN;
        } else if (kindText != null) {
            problem(path + ".kind", "must be \"bill\" or \"coin\", not " + quote(kindText));
        }
        Money value = amount(entry, path, "value", currency, "\"500.00\"", true);
        if (value != null && value.isZero()) {
            problem(path + ".value", "must be more than zero");
            return null;
        }
        return kind == null || value == null ? null : new Denomination(value, kind);
    }

    private DevicesConfig devices(JsonNode root) {
        JsonNode node = optional(root, "devices");
        if (node == null) {
            return DevicesConfig.demo();
        }
        if (!node.isObject()) {
            problem("devices", "must be an object such as {\"badgeReader\": {...}, \"cashDrawer\": {...}}, not "
                    + describe(node));
            return null;
        }
        DevicesConfig devices;
        try {
            devices = mapper.treeToValue(node, DevicesConfig.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            mappingProblem("devices", node, e);
            return null;
        }
        List<String> deviceProblems = devices.problems();
        problems.addAll(deviceProblems);
        return deviceProblems.isEmpty() ? devices : null;
    }

    /** A problem Jackson found while binding {@code section}, named by its path and put in plain words. */
    private void mappingProblem(String base, JsonNode section, Exception e) {
        if (!(e instanceof JsonMappingException mapping)) {
            problem(base, firstLine(e.getMessage()));
            return;
        }
        StringBuilder path = new StringBuilder(base);
        JsonNode node = section;
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
                node = node == null ? null : node.get(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
                node = node == null ? null : node.get(reference.getIndex());
            }
        }
        String what;
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            what = "unknown field " + quote(unknown.getPropertyName()) + " (known fields: "
                    + String.join(", ", unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .toList()) + ")";
        } else if (mapping instanceof ValueInstantiationException && mapping.getCause() != null) {
            what = firstLine(mapping.getCause().getMessage());
        } else if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && node != null) {
            what = "must be " + expected(mismatch.getTargetType()) + ", not " + describe(node);
        } else {
            what = firstLine(mapping.getOriginalMessage());
        }
        problem(path.toString(), what);
    }

    private static String expected(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object { ... }";
    }

    private TerminalConfig.Policy policy(JsonNode root, Currency currency) {
        JsonNode node = optional(root, "policy");
        if (node != null && !node.isObject()) {
            problem("policy", "must be an object such as {\"maxWrongPins\": 5}, not " + describe(node));
            return null;
        }
        // Without a valid currency (already reported) there are no defaults, but the fields are still checked.
        TerminalConfig.Policy defaults = currency == null ? null : TerminalConfig.Policy.defaults(currency);
        return node == null ? defaults : checkPolicyFields(node, defaults);
    }

    private TerminalConfig.Policy checkPolicyFields(JsonNode node, TerminalConfig.Policy defaults) {
        int before = problems.size();
        rejectUnknownFields(node, "policy", POLICY_FIELDS);
        Boolean headCashierNeedsPin = bool(node, "policy", "headCashierNeedsPin");
        Integer maxWrongPins = integer(node, "policy", "maxWrongPins",
                TerminalConfig.Policy.MIN_WRONG_PINS, TerminalConfig.Policy.MAX_WRONG_PINS);
        Integer lockoutSeconds = integer(node, "policy", "lockoutSeconds",
                TerminalConfig.Policy.MIN_LOCKOUT_SECONDS, TerminalConfig.Policy.MAX_LOCKOUT_SECONDS);
        Currency currency = defaults == null ? null : defaults.allowedClosingDifference().currency();
        Money allowedClosingDifference = amount(node, "policy", "allowedClosingDifference", currency, "\"0.00\"",
                false);
        Boolean blindClose = bool(node, "policy", "blindClose");
        Money cashOutApprovalAbove = amount(node, "policy", "cashOutApprovalAbove", currency, "\"5000.00\"", false);
        List<String> cashMoveReasons = reasons(node, "cashMoveReasons");
        List<String> closingReasons = reasons(node, "closingReasons");
        if (defaults == null || problems.size() > before) {
            return null;
        }
        return new TerminalConfig.Policy(
                headCashierNeedsPin == null ? defaults.headCashierNeedsPin() : headCashierNeedsPin,
                maxWrongPins == null ? defaults.maxWrongPins() : maxWrongPins,
                lockoutSeconds == null ? defaults.lockoutSeconds() : lockoutSeconds,
                allowedClosingDifference == null ? defaults.allowedClosingDifference() : allowedClosingDifference,
                blindClose == null ? defaults.blindClose() : blindClose,
                cashOutApprovalAbove == null ? defaults.cashOutApprovalAbove() : cashOutApprovalAbove,
                cashMoveReasons == null ? defaults.cashMoveReasons() : cashMoveReasons,
                closingReasons == null ? defaults.closingReasons() : closingReasons);
    }

    /** A list of reasons, each a short non-blank text, none twice; null when absent or invalid (reported). */
    private List<String> reasons(JsonNode policy, String name) {
        JsonNode node = optional(policy, name);
        if (node == null) {
            return null;
        }
        String at = join("policy", name);
        String example = "[\"Change float\", \"Bank deposit\"]";
        if (!node.isArray()) {
            problem(at, "must be a list of texts such as " + example + ", not " + describe(node));
            return null;
        }
        if (node.isEmpty() || node.size() > TerminalConfig.Policy.MAX_REASONS) {
            problem(at, "must list 1 to " + TerminalConfig.Policy.MAX_REASONS + " reasons, not " + node.size()
                    + "; leave it out for the default list");
            return null;
        }
        int before = problems.size();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            String path = at + "[" + i + "]";
            if (!entry.isTextual()) {
                problem(path, "must be a text such as \"Bank deposit\", not " + describe(entry));
                continue;
            }
            String reason = entry.textValue().strip();
            if (reason.isEmpty()) {
                problem(path, "must not be blank");
            } else if (reason.length() > TerminalConfig.Policy.MAX_REASON_LENGTH) {
                problem(path, "must be at most " + TerminalConfig.Policy.MAX_REASON_LENGTH + " characters, not "
                        + reason.length());
            } else if (reasons.contains(reason)) {
                problem(path, quote(reason) + " is listed twice (also " + at + "[" + reasons.indexOf(reason) + "])");
            } else {
                reasons.add(reason);
            }
        }
        return problems.size() > before ? null : List.copyOf(reasons);
    }

    // --- fields of any section ---

    private void rejectUnknownFields(JsonNode object, String path, List<String> known) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (known.contains(name)) {
                continue;
            }
            String hint = known.stream().filter(name::equalsIgnoreCase).findFirst()
                    .map(k -> "; did you mean " + quote(k) + "?")
                    .orElse(" (known fields: " + String.join(", ", known) + ")");
            problem(join(path, name), "unknown field" + hint);
        }
    }

    /** The field's node, or null when it is absent or JSON null. */
    private static JsonNode optional(JsonNode object, String name) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? null : node;
    }

    private String string(JsonNode object, String path, String name, String example) {
        JsonNode node = optional(object, name);
        if (node == null) {
            problem(join(path, name), "missing; write it as a string such as " + example);
            return null;
        }
        if (!node.isTextual()) {
            problem(join(path, name), "must be a string such as " + example + ", not " + describe(node));
            return null;
        }
        return node.textValue();
    }

    /** An amount written as a decimal string; null when absent (a problem only if required) or invalid. */
    private Money amount(JsonNode object, String path, String name, Currency currency, String example,
                         boolean required) {
        JsonNode node = optional(object, name);
        String at = join(path, name);
        if (node == null) {
            if (required) {
                problem(at, "missing; write it as a string such as " + example);
            }
            return null;
        }
        if (node.isNumber()) {
            problem(at, "must be a string such as " + example + ", not the number " + node
                    + " (amounts are written in quotes, never as JSON numbers)");
            return null;
        }
        if (!node.isTextual()) {
            problem(at, "must be a string such as " + example + ", not " + describe(node));
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
            problem(at, quote(node.textValue()) + " is not an amount of " + currency.getCurrencyCode() + ": digits"
                    + (decimals == 0 ? " without decimals" : " with at most " + decimals + " decimals")
                    + ", no sign, no grouping, such as " + example);
            return null;
        }
    }

    private Integer integer(JsonNode object, String path, String name, int min, int max) {
        JsonNode node = optional(object, name);
        if (node == null) {
            return null;
        }
        String at = join(path, name);
        if (!node.isIntegralNumber()) {
            problem(at, "must be a whole number from " + min + " to " + max + ", not " + describe(node));
            return null;
        }
        if (!node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            problem(at, "must be from " + min + " to " + max + ", not " + node);
            return null;
        }
        return node.intValue();
    }

    private Boolean bool(JsonNode object, String path, String name) {
        JsonNode node = optional(object, name);
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            problem(join(path, name), "must be true or false, not " + describe(node));
            return null;
        }
        return node.booleanValue();
    }

    private void problem(String path, String what) {
        problems.add(path + ": " + what);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String describe(JsonNode node) {
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

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "is not valid";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
