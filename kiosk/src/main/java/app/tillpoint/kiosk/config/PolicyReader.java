package app.tillpoint.kiosk.config;

import static app.tillpoint.kiosk.config.Problems.describe;
import static app.tillpoint.kiosk.config.Problems.join;
import static app.tillpoint.kiosk.config.Problems.quote;

import app.tillpoint.api.money.Money;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Reads the policy section: PIN rules, closing difference, cash-out approval and reasons. */
final class PolicyReader {

    private static final List<String> POLICY_FIELDS = List.of("headCashierNeedsPin", "maxWrongPins", "lockoutSeconds",
            "allowedClosingDifference", "blindClose", "cashOutApprovalAbove", "cashMoveReasons", "closingReasons");

    private final Problems problems;
    private final JsonFields fields;

    PolicyReader(Problems problems) {
        this.problems = problems;
        this.fields = new JsonFields(problems);
    }

    TerminalConfig.Policy policy(JsonNode root, Currency currency) {
        JsonNode node = JsonFields.optional(root, "policy");
        if (node != null && !node.isObject()) {
            problems.add("policy", "must be an object such as {\"maxWrongPins\": 5}, not " + describe(node));
            return null;
        }
        // Without a valid currency (already reported) there are no defaults, but the fields are still checked.
        TerminalConfig.Policy defaults = currency == null ? null : TerminalConfig.Policy.defaults(currency);
        return node == null ? defaults : checkPolicyFields(node, defaults);
    }

    private TerminalConfig.Policy checkPolicyFields(JsonNode node, TerminalConfig.Policy defaults) {
        int before = problems.size();
        fields.rejectUnknownFields(node, "policy", POLICY_FIELDS);
        Boolean headCashierNeedsPin = fields.bool(node, "policy", "headCashierNeedsPin");
        Integer maxWrongPins = fields.integer(node, "policy", "maxWrongPins",
                TerminalConfig.Policy.MIN_WRONG_PINS, TerminalConfig.Policy.MAX_WRONG_PINS);
        Integer lockoutSeconds = fields.integer(node, "policy", "lockoutSeconds",
                TerminalConfig.Policy.MIN_LOCKOUT_SECONDS, TerminalConfig.Policy.MAX_LOCKOUT_SECONDS);
        Currency currency = defaults == null ? null : defaults.allowedClosingDifference().currency();
        Money allowedClosingDifference = fields.amount(node, "policy", "allowedClosingDifference", currency, "\"0.00\"",
                false);
        Boolean blindClose = fields.bool(node, "policy", "blindClose");
        Money cashOutApprovalAbove = fields.amount(node, "policy", "cashOutApprovalAbove", currency, "\"5000.00\"",
                false);
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
        JsonNode node = JsonFields.optional(policy, name);
        if (node == null) {
            return null;
        }
        String at = join("policy", name);
        String example = "[\"Change float\", \"Bank deposit\"]";
        if (!node.isArray()) {
            problems.add(at, "must be a list of texts such as " + example + ", not " + describe(node));
            return null;
        }
        if (node.isEmpty() || node.size() > TerminalConfig.Policy.MAX_REASONS) {
            problems.add(at, "must list 1 to " + TerminalConfig.Policy.MAX_REASONS + " reasons, not " + node.size()
                    + "; leave it out for the default list");
            return null;
        }
        int before = problems.size();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            String path = at + "[" + i + "]";
            if (!entry.isTextual()) {
                problems.add(path, "must be a text such as \"Bank deposit\", not " + describe(entry));
                continue;
            }
            String reason = entry.textValue().strip();
            if (reason.isEmpty()) {
                problems.add(path, "must not be blank");
            } else if (reason.length() > TerminalConfig.Policy.MAX_REASON_LENGTH) {
                problems.add(path, "must be at most " + TerminalConfig.Policy.MAX_REASON_LENGTH + " characters, not "
                        + reason.length());
            } else if (reasons.contains(reason)) {
                problems.add(path, quote(reason) + " is listed twice (also " + at + "[" + reasons.indexOf(reason)
                        + "])");
            } else {
                reasons.add(reason);
            }
        }
        return problems.size() > before ? null : List.copyOf(reasons);
    }
}
