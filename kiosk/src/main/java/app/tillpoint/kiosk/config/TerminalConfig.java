package app.tillpoint.kiosk.config;

import app.tillpoint.api.catalog.ScaleBarcode;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.terminal.DiscountLimits;
import app.tillpoint.api.terminal.StoreDetails;
import app.tillpoint.api.terminal.TerminalPolicy;
import app.tillpoint.api.ui.KeyboardLayout;
import app.tillpoint.devices.DevicesConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
 * @param delivery            how patiently events are delivered to the plugins' listeners
 * @param office              the back office the terminal sends its facts to; empty: none, the terminal is alone
 * @param keyboard            whether the kiosk shows its on-screen keyboard for text, and in which layouts
 * @param taxes               whether the prices include the taxes, and where the tax is rounded
 * @param store               the shop as its receipts name it (the {@code store} section); the terminal's name alone
 *                            when the section is absent
 * @param look                the theme of the screens
 * @param scaleBarcodes       how the store's scales write weight and price barcodes (the {@code scaleBarcodes}
 *                            section); empty: the store weighs nothing
 * @param payments            the payment methods, cash first (the {@code payments} section lists the others)
 */
public record TerminalConfig(String id, String name, Currency currency, Locale locale, ZoneId zone,
                             List<Denomination> customDenominations, DevicesConfig devices, Policy policy,
                             Delivery delivery, Optional<Office> office, Keyboard keyboard, TaxRule taxes,
                             StoreDetails store, Look look, List<ScaleBarcode.Rule> scaleBarcodes,
                             List<PaymentMethod> payments) {

    /** A terminal without scale barcodes that takes cash alone. */
    public TerminalConfig(String id, String name, Currency currency, Locale locale, ZoneId zone,
                          List<Denomination> customDenominations, DevicesConfig devices, Policy policy,
                          Delivery delivery, Optional<Office> office, Keyboard keyboard, TaxRule taxes,
                          StoreDetails store, Look look) {
        this(id, name, currency, locale, zone, customDenominations, devices, policy, delivery, office, keyboard, taxes,
                store, look, List.of(), List.of(PaymentMethod.CASH));
    }

    /**
     * A terminal whose prices include their taxes, rounded per line, whose receipts name the shop by its name, in the
     * light theme.
     */
    public TerminalConfig(String id, String name, Currency currency, Locale locale, ZoneId zone,
                          List<Denomination> customDenominations, DevicesConfig devices, Policy policy,
                          Delivery delivery, Optional<Office> office, Keyboard keyboard) {
        this(id, name, currency, locale, zone, customDenominations, devices, policy, delivery, office, keyboard,
                TaxRule.DEFAULT, new StoreDetails(name, List.of(), ""), Look.DEFAULT);
    }

    /** A terminal with a physical keyboard. */
    public TerminalConfig(String id, String name, Currency currency, Locale locale, ZoneId zone,
                          List<Denomination> customDenominations, DevicesConfig devices, Policy policy,
                          Delivery delivery, Optional<Office> office) {
        this(id, name, currency, locale, zone, customDenominations, devices, policy, delivery, office, Keyboard.OFF);
    }

    /** A terminal without a back office. */
    public TerminalConfig(String id, String name, Currency currency, Locale locale, ZoneId zone,
                          List<Denomination> customDenominations, DevicesConfig devices, Policy policy,
                          Delivery delivery) {
        this(id, name, currency, locale, zone, customDenominations, devices, policy, delivery, Optional.empty());
    }

    /** A terminal that delivers events with the default patience. */
    public TerminalConfig(String id, String name, Currency currency, Locale locale, ZoneId zone,
                          List<Denomination> customDenominations, DevicesConfig devices, Policy policy) {
        this(id, name, currency, locale, zone, customDenominations, devices, policy, Delivery.DEFAULT);
    }

    /**
     * The {@code delivery} section: how patiently the outbox's events are delivered to the plugins' listeners.
     *
     * @param timeoutSeconds      how long one call of a listener may take before it counts as failed
     * @param firstPauseMillis    the pause before an event is delivered again after the first failure; it doubles
     * @param longestPauseSeconds the longest pause between two tries
     * @param parkAfter           failures in a row after which a listener's delivery waits for a head cashier
     */
    public record Delivery(int timeoutSeconds, int firstPauseMillis, int longestPauseSeconds, int parkAfter) {
        /** 30 s a call; 1 s, 2 s, 4 s … up to 5 minutes between tries; parked after 10 failures in a row. */
        public static final Delivery DEFAULT = new Delivery(30, 1000, 300, 10);

        public Delivery {
            if (timeoutSeconds < 1 || firstPauseMillis < 0 || longestPauseSeconds * 1000L < firstPauseMillis
                    || parkAfter < 1) {
                throw new IllegalArgumentException("Delivery settings out of range");
            }
        }
    }

    /**
     * The {@code keyboard} section: a terminal without a physical keyboard types text on the screen.
     *
     * @param onScreen whether the kiosk opens its on-screen keyboard for every text field that gets the focus
     * @param layouts  the codes of the layouts its language key turns through ({@code en}, {@code hi}, {@code ta}),
     *                 the first shown first; at least one, each once
     */
    public record Keyboard(boolean onScreen, List<String> layouts) {
        /** A physical keyboard: nothing on the screen (the layouts, English, for when it is switched on). */
        public static final Keyboard OFF = new Keyboard(false, List.of("en"));
        /** What an installed terminal starts with: on, in English, Hindi and Tamil. */
        public static final Keyboard INSTALLED = new Keyboard(true, KeyboardLayout.codes());

        public Keyboard {
            layouts = List.copyOf(layouts);
            if (layouts.isEmpty() || new HashSet<>(layouts).size() != layouts.size()
                    || !layouts.stream().allMatch(code -> KeyboardLayout.of(code).isPresent())) {
                throw new IllegalArgumentException("Keyboard layouts are one or more of " + KeyboardLayout.codes()
                        + ", each once: " + layouts);
            }
        }

        /** The layouts themselves, in their order. */
        public List<KeyboardLayout> keyboardLayouts() {
            return layouts.stream().map(code -> KeyboardLayout.of(code).orElseThrow()).toList();
        }
    }

    /**
     * The {@code office} section: the office database the terminal's facts are sent to.
     *
     * @param url         its JDBC URL, {@code jdbc:postgresql://HOST:5432/office?sslmode=verify-full}
     * @param credentials the terminal's login to it, a file readable by the kiosk's group only (never the password
     *                    itself in this file)
     */
    public record Office(String url, Path credentials) {
        public Office {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(credentials, "credentials");
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("The office's URL starts with jdbc:postgresql:, not " + url);
            }
        }
    }

    public TerminalConfig {
        scaleBarcodes = List.copyOf(scaleBarcodes);
        Objects.requireNonNull(taxes, "taxes");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(keyboard, "keyboard");
        Objects.requireNonNull(look, "look");
        payments = List.copyOf(payments);
        if (payments.isEmpty() || !payments.get(0).equals(PaymentMethod.CASH)
                || payments.stream().skip(1).anyMatch(m -> m.kind() == PaymentMethod.Kind.CASH)) {
            throw new IllegalArgumentException("Cash is the first payment method, and the only cash one");
        }
        if (payments.stream().map(m -> m.name().toLowerCase(Locale.ROOT)).distinct().count() != payments.size()) {
            throw new IllegalArgumentException("A payment method is named twice: " + payments);
        }
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

    }

    /**
     * The terminal written on a first start: T01 in Chennai, INR with its built-in set, a keyboard-wedge badge reader,
     * a simulated drawer and printer, a demo store's name, address and tax id for the receipts, the default policy
     * with cash-out limits of ₹5,000.00 a cash out and ₹10,000.00 a session.
     */
    public static TerminalConfig demo() {
        Currency inr = Currency.getInstance("INR");
        return new TerminalConfig("T01", "CHN LS Terminal 01", inr, Locale.forLanguageTag("en-IN"),
                ZoneId.of("Asia/Kolkata"), List.of(), DevicesConfig.demo(), Policy.demo(inr), Delivery.DEFAULT,
                Optional.empty(), Keyboard.OFF, TaxRule.DEFAULT, new StoreDetails("Tillpoint Demo Store",
                        List.of("12 Usman Road, T. Nagar", "Chennai 600017"), "GSTIN 33AAACT1234F1Z5"), Look.DEFAULT);
    }

    /** This terminal with another {@code keyboard} section. */
    public TerminalConfig withKeyboard(Keyboard other) {
        return new TerminalConfig(id, name, currency, locale, zone, customDenominations, devices, policy, delivery,
                office, other, taxes, store, look, scaleBarcodes, payments);
    }

    /** This terminal with another {@code taxes} section. */
    public TerminalConfig withTaxes(TaxRule other) {
        return new TerminalConfig(id, name, currency, locale, zone, customDenominations, devices, policy, delivery,
                office, keyboard, other, store, look, scaleBarcodes, payments);
    }

    /** This terminal with another {@code scaleBarcodes} section. */
    public TerminalConfig withScaleBarcodes(List<ScaleBarcode.Rule> other) {
        return new TerminalConfig(id, name, currency, locale, zone, customDenominations, devices, policy, delivery,
                office, keyboard, taxes, store, look, other, payments);
    }

    /** This terminal with other payment methods besides cash. */
    public TerminalConfig withPayments(List<PaymentMethod> others) {
        List<PaymentMethod> all = new java.util.ArrayList<>(List.of(PaymentMethod.CASH));
        all.addAll(others);
        return new TerminalConfig(id, name, currency, locale, zone, customDenominations, devices, policy, delivery,
                office, keyboard, taxes, store, look, scaleBarcodes, all);
    }

    /** This terminal with another {@code look} section. */
    public TerminalConfig withLook(Look other) {
        return new TerminalConfig(id, name, currency, locale, zone, customDenominations, devices, policy, delivery,
                office, keyboard, taxes, store, other, scaleBarcodes, payments);
    }

    /**
     * The {@code look} section: {@code {"theme": "dark"}}.
     *
     * @param theme {@code light} (the default), {@code dark} or {@code highContrast} (text at 7:1 or more)
     */
    public record Look(String theme) {
        /** The themes a terminal may wear (the kiosk's {@code ui.Theme} codes). */
        public static final List<String> THEMES = List.of("light", "dark", "highContrast");
        /** No section: the light theme. */
        public static final Look DEFAULT = new Look("light");

        public Look {
            if (!THEMES.contains(theme)) {
                throw new IllegalArgumentException("The theme is one of " + THEMES + ", not " + theme);
            }
        }
    }

    /** The bills and coins of this till, largest first: the listed ones, or else the currency's built-in set. */
    public List<Denomination> denominations() {
        if (customDenominations.isEmpty()) {
            return BuiltInDenominations.of(currency);
        }
        return customDenominations.stream().sorted(Denomination.LARGEST_FIRST).toList();
    }

    /**
     * The {@code policy} section: who needs a PIN, how wrong PINs are punished, how openings, cash moves and closings
     * are checked, and when the register locks.
     *
     * @param headCashierNeedsPin      a head cashier enters a PIN even after scanning a badge
     * @param maxWrongPins             wrong PINs in a row before the cashier is locked out
     * @param lockoutSeconds           how long the first lock-out lasts; each one in a row lasts twice the one before
     * @param maxLockoutSeconds        the longest a lock-out grows to
     * @param wrongPinsPerHour         wrong PINs on the terminal in an hour above which an alert is raised
     * @param allowedClosingDifference the largest difference between counted and expected cash at closing that needs
     *                                 no head cashier's approval
     * @param blindClose               the cashier counts the drawer at closing without seeing the expected amount
     * @param cashOutApprovalAbove     a cash out larger than this needs a head cashier's approval
     * @param cashOutSessionLimit      cash outs of a session adding up to more than this need one too
     * @param allowedOpeningDifference the largest opening difference (against the last closing count, or a typed
     *                                 amount against the count) that needs no approval
     * @param selfApproval             a head cashier may approve their own action
     * @param badgeOnlyTiles           a cashier without a PIN may pick their tile, then scan their badge
     * @param idleLockSeconds          the register locks after this long untouched; 0: never
     * @param cashMoveReasons          the reasons offered for cash in and cash out
     * @param closingReasons           the reasons a head cashier picks from to approve a closing difference
     * @param refundApprovalAbove      a refund larger than this needs a head cashier's approval
     * @param discounts                how far a cashier may discount or lower a price alone, and the reasons offered
     */
    public record Policy(boolean headCashierNeedsPin, int maxWrongPins, int lockoutSeconds, int maxLockoutSeconds,
                         int wrongPinsPerHour, Money allowedClosingDifference, boolean blindClose,
                         Money cashOutApprovalAbove, Money cashOutSessionLimit, Money allowedOpeningDifference,
                         boolean selfApproval, boolean badgeOnlyTiles, int idleLockSeconds,
                         List<String> cashMoveReasons, List<String> closingReasons, Money refundApprovalAbove,
                         DiscountLimits discounts) {

        public static final int MIN_WRONG_PINS = 1;
        public static final int MAX_WRONG_PINS = 20;
        public static final int MIN_LOCKOUT_SECONDS = 1;
        public static final int MAX_LOCKOUT_SECONDS = 3600;
        /** The longest a lock-out may grow to: a day. */
        public static final int MAX_MAX_LOCKOUT_SECONDS = 86_400;
        public static final int MAX_WRONG_PINS_PER_HOUR = 10_000;
        public static final int MAX_IDLE_LOCK_SECONDS = 86_400;
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
            Objects.requireNonNull(cashOutSessionLimit, "cashOutSessionLimit");
            Objects.requireNonNull(allowedOpeningDifference, "allowedOpeningDifference");
            Objects.requireNonNull(refundApprovalAbove, "refundApprovalAbove");
            Objects.requireNonNull(discounts, "discounts");
            cashMoveReasons = List.copyOf(cashMoveReasons);
            closingReasons = List.copyOf(closingReasons);
            within("maxWrongPins", maxWrongPins, MIN_WRONG_PINS, MAX_WRONG_PINS);
            within("lockoutSeconds", lockoutSeconds, MIN_LOCKOUT_SECONDS, MAX_LOCKOUT_SECONDS);
            within("maxLockoutSeconds", maxLockoutSeconds, lockoutSeconds, MAX_MAX_LOCKOUT_SECONDS);
            within("wrongPinsPerHour", wrongPinsPerHour, 1, MAX_WRONG_PINS_PER_HOUR);
            within("idleLockSeconds", idleLockSeconds, 0, MAX_IDLE_LOCK_SECONDS);
            for (Money amount : List.of(allowedClosingDifference, cashOutApprovalAbove, cashOutSessionLimit,
                    allowedOpeningDifference, refundApprovalAbove)) {
                if (amount.isNegative()) {
                    throw new IllegalArgumentException("A policy amount cannot be negative: " + amount);
                }
                if (!amount.currency().equals(allowedClosingDifference.currency())) {
                    throw new IllegalArgumentException("The policy's amounts must be in one currency");
                }
            }
            checkReasons("cashMoveReasons", cashMoveReasons);
            checkReasons("closingReasons", closingReasons);
            checkReasons("discountReasons", discounts.reasons());
        }

        /**
         * A policy whose refunds need a head cashier above the cash-out limit, as a file without a refund limit, and
         * without discount limits of its own: a head cashier approves every discount and lower price.
         */
        public Policy(boolean headCashierNeedsPin, int maxWrongPins, int lockoutSeconds, int maxLockoutSeconds,
                      int wrongPinsPerHour, Money allowedClosingDifference, boolean blindClose,
                      Money cashOutApprovalAbove, Money cashOutSessionLimit, Money allowedOpeningDifference,
                      boolean selfApproval, boolean badgeOnlyTiles, int idleLockSeconds,
                      List<String> cashMoveReasons, List<String> closingReasons) {
            this(headCashierNeedsPin, maxWrongPins, lockoutSeconds, maxLockoutSeconds, wrongPinsPerHour,
                    allowedClosingDifference, blindClose, cashOutApprovalAbove, cashOutSessionLimit,
                    allowedOpeningDifference, selfApproval, badgeOnlyTiles, idleLockSeconds, cashMoveReasons,
                    closingReasons, cashOutApprovalAbove, DiscountLimits.NONE_ALONE);
        }

        /**
         * The policy of a terminal whose file sets nothing: a PIN for head cashiers, 5 wrong PINs lock for 60 seconds
         * (growing to an hour), an alert past 20 wrong PINs an hour, no closing or opening difference allowed, open
         * close, a head cashier for every cash out (the file sets the limits, in the terminal's currency), two people
         * for every approval, tiles for cashiers with a PIN only, the register locked after 120 idle seconds.
         */
        public static Policy defaults(Currency currency) {
            Money zero = Money.zero(currency);
            return new Policy(true, 5, 60, 3600, 20, zero, false, zero, zero, zero, false, false, 120,
                    DEFAULT_CASH_MOVE_REASONS, DEFAULT_CLOSING_REASONS);
        }

        /**
         * The defaults with the demo terminal's cash-out limits, ₹5,000.00 a cash out and ₹10,000.00 a session, and
         * discounts and lower prices of up to 10 % without a head cashier.
         */
        public static Policy demo(Currency currency) {
            return defaults(currency).withCashOutLimits(Money.ofMajor(5000, currency), Money.ofMajor(10_000, currency))
                    .withDiscounts(new DiscountLimits(1000, 1000, DiscountLimits.DEFAULT_REASONS));
        }

        /** This policy with other discount limits. */
        public Policy withDiscounts(DiscountLimits limits) {
            return new Policy(headCashierNeedsPin, maxWrongPins, lockoutSeconds, maxLockoutSeconds, wrongPinsPerHour,
                    allowedClosingDifference, blindClose, cashOutApprovalAbove, cashOutSessionLimit,
                    allowedOpeningDifference, selfApproval, badgeOnlyTiles, idleLockSeconds, cashMoveReasons,
                    closingReasons, refundApprovalAbove, limits);
        }

        /** This policy with other cash-out limits. */
        public Policy withCashOutLimits(Money perMove, Money perSession) {
            return new Policy(headCashierNeedsPin, maxWrongPins, lockoutSeconds, maxLockoutSeconds, wrongPinsPerHour,
                    allowedClosingDifference, blindClose, perMove, perSession, allowedOpeningDifference, selfApproval,
                    badgeOnlyTiles, idleLockSeconds, cashMoveReasons, closingReasons,
                    refundApprovalAbove.equals(cashOutApprovalAbove) ? perMove : refundApprovalAbove, discounts);
        }

        /** The rules as plugins see them. */
        public TerminalPolicy toTerminalPolicy() {
            return new TerminalPolicy(allowedClosingDifference, blindClose, cashOutApprovalAbove, cashMoveReasons,
                    closingReasons, cashOutSessionLimit, allowedOpeningDifference, selfApproval, badgeOnlyTiles,
                    Duration.ofSeconds(idleLockSeconds), refundApprovalAbove, discounts);
        }

        private static void within(String field, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(field + " must be from " + min + " to " + max + ", not " + value);
            }
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
