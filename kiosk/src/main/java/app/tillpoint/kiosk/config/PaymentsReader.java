package app.tillpoint.kiosk.config;

import app.tillpoint.api.sale.PaymentMethod;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static app.tillpoint.kiosk.config.Problems.describe;
import static app.tillpoint.kiosk.config.Problems.quote;

/**
 * Reads the payment methods besides cash: {@code "payments": [{"name": "Card", "kind": "card"}, {"name": "UPI",
 * "kind": "upi", "vpa": "shop@okaxis", "payee": "Tillpoint Demo Store"}, {"name": "Voucher", "kind": "other"}]}.
 * Cash is always taken and comes first.
 */
final class PaymentsReader {

    private static final List<String> FIELDS = List.of("name", "kind", "vpa", "payee");
    private static final String EXAMPLE = "[{\"name\": \"Card\", \"kind\": \"card\"}, {\"name\": \"UPI\", \"kind\": "
            + "\"upi\", \"vpa\": \"shop@okaxis\", \"payee\": \"My Shop\"}]";
    private static final Map<String, PaymentMethod.Kind> KINDS = Map.of("card", PaymentMethod.Kind.CARD,
            "upi", PaymentMethod.Kind.UPI, "other", PaymentMethod.Kind.OTHER);

    private final Problems problems;
    private final JsonFields fields;

    PaymentsReader(Problems problems) {
        this.problems = problems;
        this.fields = new JsonFields(problems);
    }

    /** Cash, then the listed methods; cash alone when the section is absent. */
    List<PaymentMethod> payments(JsonNode root) {
        JsonNode list = JsonFields.optional(root, "payments");
        List<PaymentMethod> methods = new ArrayList<>(List.of(PaymentMethod.CASH));
        if (list == null) {
            return methods;
        }
        if (!list.isArray()) {
            problems.add("payments", "must be a list such as " + EXAMPLE + ", not " + describe(list));
            return methods;
        }
        Map<String, String> seen = new HashMap<>();
        seen.put(PaymentMethod.CASH.name().toLowerCase(Locale.ROOT), "cash, which is always taken");
        for (int i = 0; i < list.size(); i++) {
            String path = "payments[" + i + "]";
            PaymentMethod method = method(list.get(i), path);
            if (method == null) {
                continue;
            }
            String first = seen.putIfAbsent(method.name().toLowerCase(Locale.ROOT), path);
            if (first != null) {
                problems.add(path + ".name", quote(method.name()) + " is taken already (by " + first + ")");
            } else {
                methods.add(method);
            }
        }
        return methods;
    }

    private PaymentMethod method(JsonNode entry, String path) {
        if (!entry.isObject()) {
            problems.add(path, "must be an object such as {\"name\": \"Card\", \"kind\": \"card\"}, not "
                    + describe(entry));
            return null;
        }
        int before = problems.size();
        fields.rejectUnknownFields(entry, path, FIELDS);
        String name = fields.string(entry, path, "name", "\"Card\"");
        String kindText = fields.string(entry, path, "kind", "\"card\", \"upi\" or \"other\"");
        PaymentMethod.Kind kind = kindText == null ? null : KINDS.get(kindText);
        if (kindText != null && kind == null) {
            problems.add(path + ".kind", "must be \"card\", \"upi\" or \"other\" (cash is always taken), not "
                    + quote(kindText));
        }
        if (name != null) {
            try {
                PaymentMethod.of(name, PaymentMethod.Kind.OTHER);
            } catch (IllegalArgumentException e) {
                problems.add(path + ".name", e.getMessage());
            }
        }
        String vpa = null;
        String payee = null;
        if (kind == PaymentMethod.Kind.UPI) {
            vpa = fields.string(entry, path, "vpa", "\"shop@okaxis\"");
            if (vpa != null && !PaymentMethod.isVpa(vpa)) {
                problems.add(path + ".vpa", "must be the terminal's UPI VPA such as \"shop@okaxis\", not "
                        + quote(vpa));
            }
            payee = fields.string(entry, path, "payee", "\"My Shop\"");
            if (payee != null && payee.isBlank()) {
                problems.add(path + ".payee", "must not be blank");
            }
        } else if (kind != null) {
            for (String upiOnly : List.of("vpa", "payee")) {
                if (entry.has(upiOnly)) {
                    problems.add(path + "." + upiOnly, "is for a \"upi\" method only");
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return new PaymentMethod(name, kind, vpa, payee == null ? null : payee.strip());
        } catch (IllegalArgumentException e) {
            problems.add(path, e.getMessage());
            return null;
        }
    }
}
