package app.tillpoint.kiosk.config;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.terminal.DiscountLimits;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import static app.tillpoint.kiosk.config.Problems.describe;
import static app.tillpoint.kiosk.config.Problems.join;
import static app.tillpoint.kiosk.config.Problems.quote;

/** Reads the policy section: PIN rules, closing difference, cash-out approval, discount limits and reasons. */
final class PolicyReader {

    private static final List<String> POLICY_FIELDS = List.of("headCashierNeedsPin", "maxWrongPins", "lockoutSeconds",
            "maxLockoutSeconds", "wrongPinsPerHour", "allowedClosingDifference", "blindClose", "cashOutApprovalAbove",
            "cashOutSessionLimit", "allowedOpeningDifference", "selfApproval", "badgeOnlyTiles", "idleLockSeconds",
            "cashMoveReasons", "closingReasons", "refundApprovalAbove", "discountApprovalAbovePercent",
            "priceDropApprovalAbovePercent", "discountReasons");

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

    /**
     * A policy block laid over {@code base}: the fields it sets replace base's, checked as the file's are (the back
     * office's blocks, {@link OfficeTerms}); null when a problem was added.
     */
    TerminalConfig.Policy over(JsonNode node, TerminalConfig.Policy base) {
        return checkPolicyFields(node, base);
    }

    private TerminalConfig.Policy checkPolicyFields(JsonNode node, TerminalConfig.Policy defaults) {
        int before = problems.size();
        fields.rejectUnknownFields(node, "policy", POLICY_FIELDS);
        Boolean headCashierNeedsPin = fields.bool(node, "policy", "headCashierNeedsPin");
        Integer maxWrongPins = fields.integer(node, "policy", "maxWrongPins",
                TerminalConfig.Policy.MIN_WRONG_PINS, TerminalConfig.Policy.MAX_WRONG_PINS);
        Integer lockoutSeconds = fields.integer(node, "policy", "lockoutSeconds",
                TerminalConfig.Policy.MIN_LOCKOUT_SECONDS, TerminalConfig.Policy.MAX_LOCKOUT_SECONDS);
        Integer maxLockoutSeconds = fields.integer(node, "policy", "maxLockoutSeconds",
                TerminalConfig.Policy.MIN_LOCKOUT_SECONDS, TerminalConfig.Policy.MAX_MAX_LOCKOUT_SECONDS);
        Integer wrongPinsPerHour = fields.integer(node, "policy", "wrongPinsPerHour", 1,
                TerminalConfig.Policy.MAX_WRONG_PINS_PER_HOUR);
        Currency currency = defaults == null ? null : defaults.allowedClosingDifference().currency();
        Money allowedClosingDifference = amount(node, "allowedClosingDifference", currency, "\"0.00\"");
        Boolean blindClose = fields.bool(node, "policy", "blindClose");
        Money cashOutApprovalAbove = amount(node, "cashOutApprovalAbove", currency, "\"5000.00\"");
        Money cashOutSessionLimit = amount(node, "cashOutSessionLimit", currency, "\"10000.00\"");
        Money allowedOpeningDifference = amount(node, "allowedOpeningDifference", currency, "\"0.00\"");
        Money refundApprovalAbove = amount(node, "refundApprovalAbove", currency, "\"2000.00\"");
        Boolean selfApproval = fields.bool(node, "policy", "selfApproval");
        Boolean badgeOnlyTiles = fields.bool(node, "policy", "badgeOnlyTiles");
        Integer idleLockSeconds = fields.integer(node, "policy", "idleLockSeconds", 0,
                TerminalConfig.Policy.MAX_IDLE_LOCK_SECONDS);
        List<String> cashMoveReasons = reasons(node, "cashMoveReasons");
        List<String> closingReasons = reasons(node, "closingReasons");
        Integer discountBasisPoints = percent(node, "discountApprovalAbovePercent");
        Integer priceDropBasisPoints = percent(node, "priceDropApprovalAbovePercent");
        List<String> discountReasons = reasons(node, "discountReasons");
        if (defaults == null || problems.size() > before) {
            return null;
        }
        int lockout = or(lockoutSeconds, defaults.lockoutSeconds());
        int maxLockout = or(maxLockoutSeconds, Math.max(defaults.maxLockoutSeconds(), lockout));
        if (maxLockout < lockout) {
            problems.add(join("policy", "maxLockoutSeconds"), "must be at least lockoutSeconds (" + lockout
                    + "), not " + maxLockout);
            return null;
        }
        Money perMove = or(cashOutApprovalAbove, defaults.cashOutApprovalAbove());
        // Without a limit of its own, the session's cash outs are limited as one cash out is.
        Money perSession = or(cashOutSessionLimit, cashOutApprovalAbove != null ? perMove
                : defaults.cashOutSessionLimit());
        return new TerminalConfig.Policy(or(headCashierNeedsPin, defaults.headCashierNeedsPin()),
                or(maxWrongPins, defaults.maxWrongPins()), lockout, maxLockout,
                or(wrongPinsPerHour, defaults.wrongPinsPerHour()),
                or(allowedClosingDifference, defaults.allowedClosingDifference()),
                or(blindClose, defaults.blindClose()), perMove, perSession,
                or(allowedOpeningDifference, defaults.allowedOpeningDifference()),
                or(selfApproval, defaults.selfApproval()), or(badgeOnlyTiles, defaults.badgeOnlyTiles()),
                or(idleLockSeconds, defaults.idleLockSeconds()), or(cashMoveReasons, defaults.cashMoveReasons()),
                or(closingReasons, defaults.closingReasons()),
                // Without a limit of its own, a refund is limited as a cash out is: both take cash from the drawer.
                or(refundApprovalAbove, cashOutApprovalAbove != null ? perMove : defaults.refundApprovalAbove()),
                new DiscountLimits(or(discountBasisPoints, defaults.discounts().discountBasisPoints()),
                        or(priceDropBasisPoints, defaults.discounts().priceDropBasisPoints()),
                        or(discountReasons, defaults.discounts().reasons())));
    }

    /**
     * A percentage from 0 to 100 with at most two decimals, as a text or a number ("10", "12.5"), in basis points;
     * null when absent or invalid (reported).
     */
    private Integer percent(JsonNode policy, String name) {
        JsonNode node = JsonFields.optional(policy, name);
        if (node == null) {
            return null;
        }
        String example = "\"10\" or \"12.5\"";
        BigDecimal value = null;
        if (node.isTextual() || node.isNumber()) {
            try {
                value = new BigDecimal(node.asText().strip());
            } catch (NumberFormatException e) {
                value = null;
            }
        }
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0
                || value.stripTrailingZeros().scale() > 2) {
            problems.add(join("policy", name), "must be a percentage from 0 to 100 with at most two decimals such as "
                    + example + ", not " + describe(node));
            return null;
        }
        return value.movePointRight(2).intValueExact();
    }

    private Money amount(JsonNode node, String name, Currency currency, String example) {
        return fields.amount(node, "policy", name, currency, example, false);
    }

    private static <T> T or(T value, T otherwise) {
        return value == null ? otherwise : value;
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
