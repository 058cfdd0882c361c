package app.tillpoint.kiosk.config;

import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.terminal.TerminalPolicy;
import app.tillpoint.devices.DevicesConfig;

import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The terminal's configuration as {@link ConfigLoader} reads it from its JSON file: who the terminal is, its money,
 * its devices and its policy. Immutable; the loader has checked every field and reports problems by their JSON path.
 *
 * @param id                  the terminal's stable id ("T01"), by which its sessions are stored
 * @param name                the name the dashboard shows ("CHN LS Terminal 01")
 * @param currency            the currency of the till
 * @param locale              how money, dates and texts are shown to the cashier ("en-IN")
 * @param zone                the time zone of the till ("Asia/Kolkata")
 * @param customDenominations the bills and coins the file lists; empty when it lists none and the built-in set of
 *                            the currency applies (see {@link #denominations()})
 * @param devices             the badge reader and cash drawer
 * @param policy              PIN rules and closing rules
 */
public record TerminalConfig(String id, String name, Currency currency, Locale locale, ZoneId zone,
                             List<Denomination> customDenominations, DevicesConfig devices, Policy policy) {

    public TerminalConfig {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(devices, "devices");
        Objects.requireNonNull(policy, "policy");
        customDenominations = customDenominations == null ? List.of() : List.copyOf(customDenominations);
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("A terminal needs an id and a name");
        }
        for (Denomination denomination : customDenominations) {
            if (!denomination.value().currency().equals(currency)) {
                throw new IllegalArgumentException(denomination + " is not in " + currency);
            }
        }
        if (new HashSet<>(customDenominations).size() != customDenominations.size()) {
            throw new IllegalArgumentException("A denomination is listed twice: " + customDenominations);
        }
        if (customDenominations.isEmpty() && BuiltInDenominations.forCurrency(currency).isEmpty()) {
            throw new IllegalArgumentException("List the denominations of " + currency + ": it has no built-in set");
        }
        if (!policy.allowedClosingDifference().currency().equals(currency)) {
            throw new IllegalArgumentException("The allowed closing difference is not in " + currency);
        }
        if (!policy.cashOutApprovalAbove().currency().equals(currency)) {
            throw new IllegalArgumentException("The cash-out approval limit is not in " + currency);
        }
    }

    /** The first-start terminal: T01 in Chennai, INR with its built-in set, demo devices, the default policy. */
    public static TerminalConfig demo() {
        Currency inr = Currency.getInstance("INR");
        return new TerminalConfig("T01", "CHN LS Terminal 01", inr, Locale.forLanguageTag("en-IN"),
                ZoneId.of("Asia/Kolkata"), List.of(), DevicesConfig.demo(), Policy.defaults(inr));
    }

    /** The bills and coins of this till, largest first: the listed ones, or else the currency's built-in set. */
    public List<Denomination> denominations() {
        if (customDenominations.isEmpty()) {
            return BuiltInDenominations.of(currency);
        }
        return customDenominations.stream().sorted(Denomination.LARGEST_FIRST).toList();
    }

    /**
     * The {@code policy} section: who needs a PIN, how wrong PINs are punished, how cash moves and closing are checked.
     *
     * @param headCashierNeedsPin      a head cashier enters a PIN even after scanning a badge
     * @param maxWrongPins             wrong PINs in a row before the cashier is locked out
     * @param lockoutSeconds           how long the lockout lasts
     * @param allowedClosingDifference the largest difference between counted and expected cash at closing that needs
     *                                 no head cashier's approval
     * @param blindClose               the cashier counts the drawer at closing without seeing the expected amount
     * @param cashOutApprovalAbove     a cash out larger than this needs a head cashier's approval
     * @param cashMoveReasons          the reasons offered for cash in and cash out
     * @param closingReasons           the reasons a head cashier picks from to approve a closing difference
     */
    public record Policy(boolean headCashierNeedsPin, int maxWrongPins, int lockoutSeconds,
                         Money allowedClosingDifference, boolean blindClose, Money cashOutApprovalAbove,
                         List<String> cashMoveReasons, List<String> closingReasons) {

        public static final int MIN_WRONG_PINS = 1;
        public static final int MAX_WRONG_PINS = 20;
        public static final int MIN_LOCKOUT_SECONDS = 1;
        public static final int MAX_LOCKOUT_SECONDS = 3600;
        /** The most reasons a list may hold, and the longest a reason may be: they are buttons on a touch screen. */
        public static final int MAX_REASONS = 12;
        public static final int MAX_REASON_LENGTH = 40;
        public static final List<String> DEFAULT_CASH_MOVE_REASONS =
                List.of("Change float", "Bank deposit", "Supplier paid", "Petty cash");
        public static final List<String> DEFAULT_CLOSING_REASONS =
                List.of("Counting error", "Wrong change given", "Unrecorded sale", "Other");

        public Policy {
            Objects.requireNonNull(allowedClosingDifference, "allowedClosingDifference");
            Objects.requireNonNull(cashOutApprovalAbove, "cashOutApprovalAbove");
            cashMoveReasons = List.copyOf(cashMoveReasons);
            closingReasons = List.copyOf(closingReasons);
            if (maxWrongPins < MIN_WRONG_PINS || maxWrongPins > MAX_WRONG_PINS) {
                throw new IllegalArgumentException("maxWrongPins must be from " + MIN_WRONG_PINS + " to "
                        + MAX_WRONG_PINS + ", not " + maxWrongPins);
            }
            if (lockoutSeconds < MIN_LOCKOUT_SECONDS || lockoutSeconds > MAX_LOCKOUT_SECONDS) {
                throw new IllegalArgumentException("lockoutSeconds must be from " + MIN_LOCKOUT_SECONDS + " to "
                        + MAX_LOCKOUT_SECONDS + ", not " + lockoutSeconds);
            }
            if (allowedClosingDifference.isNegative()) {
                throw new IllegalArgumentException("The allowed closing difference cannot be negative");
            }
            if (cashOutApprovalAbove.isNegative()) {
                throw new IllegalArgumentException("The cash-out approval limit cannot be negative");
            }
            if (!cashOutApprovalAbove.currency().equals(allowedClosingDifference.currency())) {
                throw new IllegalArgumentException("The policy's amounts must be in one currency");
            }
            checkReasons("cashMoveReasons", cashMoveReasons);
            checkReasons("closingReasons", closingReasons);
        }

        /** The policy of before API 1.1, with the default cash-out limit and reasons. */
        public Policy(boolean headCashierNeedsPin, int maxWrongPins, int lockoutSeconds,
                      Money allowedClosingDifference, boolean blindClose) {
            this(headCashierNeedsPin, maxWrongPins, lockoutSeconds, allowedClosingDifference, blindClose,
                    defaultCashOutLimit(allowedClosingDifference.currency()), DEFAULT_CASH_MOVE_REASONS,
                    DEFAULT_CLOSING_REASONS);
        }

        /**
         * PIN for head cashiers, 5 wrong PINs lock for 60 seconds, no closing difference allowed, open close, a head
         * cashier approves a cash out above 5000.00, the default reasons.
         */
        public static Policy defaults(Currency currency) {
            return new Policy(true, 5, 60, Money.zero(currency), false);
        }

        /** 5000 major units (₹5,000.00). */
        public static Money defaultCashOutLimit(Currency currency) {
            return Money.ofMajor(5000, currency);
        }

        /** The rules as plugins see them. */
        public TerminalPolicy toTerminalPolicy() {
            return new TerminalPolicy(allowedClosingDifference, blindClose, cashOutApprovalAbove, cashMoveReasons,
                    closingReasons);
        }

        private static void checkReasons(String field, List<String> reasons) {
            if (reasons.isEmpty() || reasons.size() > MAX_REASONS) {
                throw new IllegalArgumentException(field + " must list 1 to " + MAX_REASONS + " reasons");
            }
            for (String reason : reasons) {
                if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON_LENGTH) {
                    throw new IllegalArgumentException(field + " must hold texts of 1 to " + MAX_REASON_LENGTH
                            + " characters");
                }
            }
            if (new HashSet<>(reasons).size() != reasons.size()) {
                throw new IllegalArgumentException(field + " lists a reason twice");
            }
        }
    }
}
