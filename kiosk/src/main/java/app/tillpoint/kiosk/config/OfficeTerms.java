package app.tillpoint.kiosk.config;

import app.tillpoint.api.money.Denomination;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The back office's terms for a terminal: its bills and coins and its policy, laid over {@code terminal.json}'s.
 *
 * <p>A policy comes from the office as {@code terminal.json}'s {@code policy} block holds it, and is read by the same
 * reader, so it is checked as the file is, every problem named by its path: the store's block first, then the
 * terminal's own, each field replacing the one below it; a field neither sets keeps the file's value. The office's
 * active denominations of the terminal's currency replace the terminal's list; while it has none, the terminal's own
 * list stays. Pure: the kiosk applies the result ({@link ConfiguredTerminal#useOfficeTerms}), the manager's command
 * checks a block before it is stored ({@link #checkedPolicy}).
 */
public final class OfficeTerms {

    private OfficeTerms() {
    }

    /** The office's terms do not read: each problem as "policy.field: what is wrong". Nothing was applied. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        RefusedException(String what, List<String> problems) {
            super(what + ": " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        /** Each problem, with its JSON path. */
        public List<String> problems() {
            return problems;
        }
    }

    /**
     * What a terminal uses with the office's terms laid over its file's.
     *
     * @param policy        the whole policy, PIN rules included
     * @param denominations its bills and coins, largest first
     */
    public record Effective(TerminalConfig.Policy policy, List<Denomination> denominations) {
        public Effective {
            Objects.requireNonNull(policy, "policy");
            denominations = List.copyOf(denominations);
        }
    }

    /**
     * The terms of the terminal configured by {@code config} under the office's.
     *
     * @param denominations  the office's active bills and coins, of any currency (the terminal's are taken)
     * @param storePolicy    the store's policy block, as JSON, if the office has one
     * @param terminalPolicy this terminal's own block, if it has one
     * @throws RefusedException if a block is not a JSON object or a field does not read
     */
    public static Effective of(TerminalConfig config, List<Denomination> denominations, Optional<String> storePolicy,
                               Optional<String> terminalPolicy) throws RefusedException {
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (Optional<String> block : List.of(storePolicy, terminalPolicy)) {
            if (block.isPresent()) {
                merged.setAll(object(block.get()));
            }
        }
        TerminalConfig.Policy policy = merged.isEmpty() ? config.policy() : read(merged, config.policy());
        List<Denomination> own = denominations.stream()
                .filter(denomination -> denomination.value().currency().equals(config.currency()))
                .sorted(Denomination.LARGEST_FIRST)
                .toList();
        return new Effective(policy, own.isEmpty() ? config.denominations() : own);
    }

    /**
     * Checks a policy block for the office: read over the built-in policy of {@code currency}.
     *
     * @return the block as compact JSON, to be stored
     * @throws RefusedException naming every problem
     */
    public static String checkedPolicy(String json, Currency currency) throws RefusedException {
        ObjectNode block = object(json);
        read(block, TerminalConfig.Policy.defaults(currency));
        return block.toString();
    }

    /**
     * Reads a list of bills and coins as {@code terminal.json}'s {@code denominations} holds it, for the office.
     *
     * @throws RefusedException naming every problem
     */
    public static List<Denomination> checkedDenominations(String json, Currency currency) throws RefusedException {
        JsonNode list = tree(json, "denominations");
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("denominations", list.isObject() && list.has("denominations") ? list.get("denominations") : list);
        Problems problems = new Problems();
        List<Denomination> denominations = new DenominationsReader(problems).denominations(root, currency);
        if (!problems.isEmpty()) {
            throw new RefusedException("The denominations cannot be used", problems.list());
        }
        return denominations.stream().sorted(Denomination.LARGEST_FIRST).toList();
    }

    private static TerminalConfig.Policy read(ObjectNode block, TerminalConfig.Policy base) throws RefusedException {
        Problems problems = new Problems();
        TerminalConfig.Policy policy = new PolicyReader(problems).over(block, base);
        if (policy == null || !problems.isEmpty()) {
            throw new RefusedException("The office's policy cannot be used", problems.list());
        }
        return policy;
    }

    private static ObjectNode object(String json) throws RefusedException {
        JsonNode node = tree(json, "policy");
        if (node.isObject() && node.size() == 1 && node.has("policy") && node.get("policy").isObject()) {
            node = node.get("policy");
        }
        if (!node.isObject()) {
            throw new RefusedException("The office's policy cannot be used",
                    List.of("policy: must be an object such as {\"maxWrongPins\": 5}, not " + Problems.describe(node)));
        }
        return (ObjectNode) node;
    }

    private static JsonNode tree(String json, String what) throws RefusedException {
        try {
            return JsonTree.read(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RefusedException("The " + what + " cannot be used", List.of(what + ": not JSON ("
                    + e.getMessage().lines().findFirst().orElse("") + ")"));
        }
    }
}
