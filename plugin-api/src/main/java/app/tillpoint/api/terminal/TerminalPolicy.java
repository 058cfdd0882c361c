package app.tillpoint.api.terminal;

import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.SessionSummary;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules a store sets for this till, from its configuration, and the decisions that follow from them. Each rule
 * is decided here once: the screens ask these methods what to show, and the host's store enforces the same methods
 * whatever a screen shows.
 *
 * @param allowedClosingDifference the largest closing difference (either sign) that needs no head cashier
 * @param blindClose               the cashier counts the drawer before seeing the expected amount, and a recount
 *                                 after the difference was shown needs a head cashier
 * @param cashOutApprovalAbove     a single cash out larger than this needs a head cashier
 * @param cashMoveReasons          the reasons offered for cash in and cash out (free text is allowed too)
 * @param closingReasons           the reasons a head cashier picks from to approve a closing difference
 * @param cashOutSessionLimit      (since 1.2) cash outs of one session adding up to more than this need a head
 *                                 cashier
 * @param allowedOpeningDifference (since 1.2) the largest difference at opening that needs no head cashier: the
 *                                 counted cash against the last closing count, or a typed amount against the count
 * @param selfApproval             (since 1.2) a head cashier may approve their own action; otherwise an approval
 *                                 always takes a second person
 * @param badgeOnlyTiles           (since 1.2) a cashier without a PIN may tap their tile in Select Cashier, then
 *                                 scan their own badge; otherwise their tile only says "Scan your badge"
 * @param idleLock                 (since 1.2) how long the register may go untouched before the till locks; zero:
 *                                 never
 * @param refundApprovalAbove      (since 1.4) a refund larger than this needs a head cashier
 * @param discounts                (since 1.4) how far a cashier may lower a price alone
 */
public record TerminalPolicy(Money allowedClosingDifference, boolean blindClose, Money cashOutApprovalAbove,
                             List<String> cashMoveReasons, List<String> closingReasons, Money cashOutSessionLimit,
                             Money allowedOpeningDifference, boolean selfApproval, boolean badgeOnlyTiles,
                             Duration idleLock, Money refundApprovalAbove, DiscountLimits discounts) {

    /** The idle lock of a policy that does not set one. @since 1.2 */
    public static final Duration DEFAULT_IDLE_LOCK = Duration.ofMinutes(2);

    /** Why a cash out needs a head cashier. @since 1.2 */
    public enum CashOutRule {
        /** The cash out alone is above {@link #cashOutApprovalAbove}. */
        OVER_MOVE_LIMIT,
        /** With the session's earlier cash outs it comes to more than {@link #cashOutSessionLimit}. */
        OVER_SESSION_LIMIT,
        /** It would take the expected cash in the drawer below zero. */
        BELOW_ZERO
    }

    /**
     * Checks the policy and copies its lists.
     *
     * @param allowedClosingDifference not null, not negative; the currency of every amount of the policy
     * @param blindClose               whether the closing is blind
     * @param cashOutApprovalAbove     not null, not negative
     * @param cashMoveReasons          copied; not null, no null in it; may be empty
     * @param closingReasons           copied; not null, no null in it; may be empty
     * @param cashOutSessionLimit      not null, not negative
     * @param allowedOpeningDifference not null, not negative
     * @param selfApproval             whether a head cashier may approve their own action
     * @param badgeOnlyTiles           whether a cashier without a PIN may tap their tile
     * @param idleLock                 not null, not negative; zero never locks
     * @param refundApprovalAbove      not null, not negative
     * @throws NullPointerException     if an amount, a list or {@code idleLock} is null
     * @param discounts                not null
     * @throws NullPointerException     if an amount, a list, {@code idleLock} or {@code discounts} is null
     * @throws IllegalArgumentException if an amount is negative or in another currency than
     *                                  {@code allowedClosingDifference}, or the idle lock is negative
     */
    public TerminalPolicy {
        Objects.requireNonNull(allowedClosingDifference, "allowedClosingDifference");
        Objects.requireNonNull(cashOutApprovalAbove, "cashOutApprovalAbove");
        Objects.requireNonNull(cashOutSessionLimit, "cashOutSessionLimit");
        Objects.requireNonNull(allowedOpeningDifference, "allowedOpeningDifference");
        Objects.requireNonNull(idleLock, "idleLock");
        Objects.requireNonNull(refundApprovalAbove, "refundApprovalAbove");
        Objects.requireNonNull(discounts, "discounts");
        cashMoveReasons = List.copyOf(cashMoveReasons);
        closingReasons = List.copyOf(closingReasons);
        for (Money limit : List.of(cashOutApprovalAbove, cashOutSessionLimit, allowedOpeningDifference,
                refundApprovalAbove)) {
            if (!limit.currency().equals(allowedClosingDifference.currency())) {
                throw new IllegalArgumentException("The policy's amounts must be in one currency, not " + limit);
            }
            if (limit.isNegative()) {
                throw new IllegalArgumentException("A limit cannot be negative: " + limit);
            }
        }
        if (allowedClosingDifference.isNegative()) {
            throw new IllegalArgumentException("The allowed closing difference cannot be negative");
        }
        if (idleLock.isNegative()) {
            throw new IllegalArgumentException("The idle lock cannot be negative: " + idleLock);
        }
    }

    /**
     * A policy whose refunds need a head cashier above the cash-out limit, since both take cash out of the drawer.
     *
     * @param allowedClosingDifference the largest closing difference (either sign) that needs no head cashier
     * @param blindClose               whether the cashier counts before seeing the expected amount
     * @param cashOutApprovalAbove     a single cash out, or a refund, larger than this needs a head cashier
     * @param cashMoveReasons          the reasons offered for cash in and cash out
     * @param closingReasons           the reasons a head cashier picks from to approve a closing difference
     * @param cashOutSessionLimit      cash outs of one session adding up to more than this need a head cashier
     * @param allowedOpeningDifference the largest difference at opening that needs no head cashier
     * @param selfApproval             a head cashier may approve their own action
     * @param badgeOnlyTiles           a cashier without a PIN may tap their tile
     * @param idleLock                 how long the register may go untouched before the till locks
     * @param discounts                how far a cashier may lower a price alone
     * @throws IllegalArgumentException as the canonical constructor
     * @since 1.4
     */
    public TerminalPolicy(Money allowedClosingDifference, boolean blindClose, Money cashOutApprovalAbove,
                          List<String> cashMoveReasons, List<String> closingReasons, Money cashOutSessionLimit,
                          Money allowedOpeningDifference, boolean selfApproval, boolean badgeOnlyTiles,
                          Duration idleLock, DiscountLimits discounts) {
        this(allowedClosingDifference, blindClose, cashOutApprovalAbove, cashMoveReasons, closingReasons,
                cashOutSessionLimit, allowedOpeningDifference, selfApproval, badgeOnlyTiles, idleLock,
                cashOutApprovalAbove, discounts);
    }

    /**
     * A policy in which a head cashier approves every discount and every lower price
     * ({@link DiscountLimits#NONE_ALONE}).
     *
     * @param allowedClosingDifference the largest closing difference (either sign) that needs no head cashier
     * @param blindClose               whether the cashier counts before seeing the expected amount
     * @param cashOutApprovalAbove     a single cash out larger than this needs a head cashier
     * @param cashMoveReasons          the reasons offered for cash in and cash out
     * @param closingReasons           the reasons a head cashier picks from to approve a closing difference
     * @param cashOutSessionLimit      cash outs of one session adding up to more than this need a head cashier
     * @param allowedOpeningDifference the largest difference at opening that needs no head cashier
     * @param selfApproval             a head cashier may approve their own action
     * @param badgeOnlyTiles           a cashier without a PIN may tap their tile
     * @param idleLock                 how long the register may go untouched before the till locks
     * @param refundApprovalAbove      a refund larger than this needs a head cashier
     * @throws IllegalArgumentException as the canonical constructor
     * @since 1.4
     */
    public TerminalPolicy(Money allowedClosingDifference, boolean blindClose, Money cashOutApprovalAbove,
                          List<String> cashMoveReasons, List<String> closingReasons, Money cashOutSessionLimit,
                          Money allowedOpeningDifference, boolean selfApproval, boolean badgeOnlyTiles,
                          Duration idleLock, Money refundApprovalAbove) {
        this(allowedClosingDifference, blindClose, cashOutApprovalAbove, cashMoveReasons, closingReasons,
                cashOutSessionLimit, allowedOpeningDifference, selfApproval, badgeOnlyTiles, idleLock,
                refundApprovalAbove, DiscountLimits.NONE_ALONE);
    }

    /**
     * The policy of API 1.1: the session's cash outs limited as one cash out is, no opening difference allowed, two
     * people for every approval, tiles only for cashiers with a PIN, the register locked after two idle minutes.
     *
     * @param allowedClosingDifference the largest closing difference (either sign) that needs no head cashier
     * @param blindClose               whether the cashier counts before seeing the expected amount
     * @param cashOutApprovalAbove     a single cash out larger than this needs a head cashier; so do the session's
     *                                 cash outs once they add up to more than this
     * @param cashMoveReasons          the reasons offered for cash in and cash out
     * @param closingReasons           the reasons a head cashier picks from to approve a closing difference
     * @throws IllegalArgumentException if an amount is negative, or the two amounts are in different currencies
     */
    public TerminalPolicy(Money allowedClosingDifference, boolean blindClose, Money cashOutApprovalAbove,
                          List<String> cashMoveReasons, List<String> closingReasons) {
        this(allowedClosingDifference, blindClose, cashOutApprovalAbove, cashMoveReasons, closingReasons,
                cashOutApprovalAbove, Money.zero(allowedClosingDifference.currency()), false, false,
                DEFAULT_IDLE_LOCK, cashOutApprovalAbove, DiscountLimits.NONE_ALONE);
    }

    /**
     * The policy of API 1.2 and 1.3: a refund needs a head cashier above the cash-out limit, since both take cash out
     * of the drawer; a head cashier approves every discount and every lower price ({@link DiscountLimits#NONE_ALONE}).
     *
     * @param allowedClosingDifference the largest closing difference (either sign) that needs no head cashier
     * @param blindClose               whether the cashier counts before seeing the expected amount
     * @param cashOutApprovalAbove     a single cash out, or a refund, larger than this needs a head cashier
     * @param cashMoveReasons          the reasons offered for cash in and cash out
     * @param closingReasons           the reasons a head cashier picks from to approve a closing difference
     * @param cashOutSessionLimit      cash outs of one session adding up to more than this need a head cashier
     * @param allowedOpeningDifference the largest difference at opening that needs no head cashier
     * @param selfApproval             a head cashier may approve their own action
     * @param badgeOnlyTiles           a cashier without a PIN may tap their tile
     * @param idleLock                 how long the register may go untouched before the till locks
     * @throws IllegalArgumentException as the canonical constructor
     * @since 1.2
     */
    public TerminalPolicy(Money allowedClosingDifference, boolean blindClose, Money cashOutApprovalAbove,
                          List<String> cashMoveReasons, List<String> closingReasons, Money cashOutSessionLimit,
                          Money allowedOpeningDifference, boolean selfApproval, boolean badgeOnlyTiles,
                          Duration idleLock) {
        this(allowedClosingDifference, blindClose, cashOutApprovalAbove, cashMoveReasons, closingReasons,
                cashOutSessionLimit, allowedOpeningDifference, selfApproval, badgeOnlyTiles, idleLock,
                cashOutApprovalAbove, DiscountLimits.NONE_ALONE);
    }

    /**
     * Whether a refund of {@code amount} needs a head cashier.
     *
     * @param amount what goes back to the customer, in the policy's currency
     * @return true if it is more than {@link #refundApprovalAbove}
     * @throws IllegalArgumentException if the amount is in another currency
     * @since 1.4
     */
    public boolean refundNeedsApproval(Money amount) {
        return amount.isMoreThan(refundApprovalAbove);
    }

    /**
     * Whether a closing difference of {@code difference} (either sign) needs a head cashier.
     *
     * @param difference counted − expected, in the policy's currency
     * @return true if its size is more than {@link #allowedClosingDifference}
     * @throws IllegalArgumentException if the difference is in another currency
     * @since 1.2
     */
    public boolean closingNeedsApproval(Money difference) {
        return difference.abs().isMoreThan(allowedClosingDifference);
    }

    /**
     * Whether an opening difference of {@code difference} (either sign) needs a head cashier: see
     * {@link app.tillpoint.api.session.OpeningCheck}.
     *
     * @param difference against the last closing count, or between a typed amount and the count, in the policy's
     *                   currency
     * @return true if its size is more than {@link #allowedOpeningDifference}
     * @throws IllegalArgumentException if the difference is in another currency
     * @since 1.2
     */
    public boolean openingNeedsApproval(Money difference) {
        return difference.abs().isMoreThan(allowedOpeningDifference);
    }

    /**
     * The first rule a cash move of {@code amount} breaks in the session summed up by {@code summary}, if any: only
     * a cash out can break one.
     *
     * @param direction in or out of the drawer
     * @param amount    the cash move's amount, more than nothing, in the policy's currency
     * @param summary   the open session's money before this move
     * @return the rule broken, checked in the order of {@link CashOutRule}; empty for a cash in, or a cash out that
     *         breaks none
     * @throws IllegalArgumentException if the amount is in another currency
     * @since 1.2
     */
    public Optional<CashOutRule> cashMoveBreaks(CashMove.Direction direction, Money amount, SessionSummary summary) {
        if (direction != CashMove.Direction.OUT) {
            return Optional.empty();
        }
        if (amount.isMoreThan(cashOutApprovalAbove)) {
            return Optional.of(CashOutRule.OVER_MOVE_LIMIT);
        }
        if (summary.cashOut().plus(amount).isMoreThan(cashOutSessionLimit)) {
            return Optional.of(CashOutRule.OVER_SESSION_LIMIT);
        }
        if (summary.expectedCash().minus(amount).isNegative()) {
            return Optional.of(CashOutRule.BELOW_ZERO);
        }
        return Optional.empty();
    }

    /**
     * Whether a cash move needs a head cashier: a cash out that breaks a rule of {@link #cashMoveBreaks}.
     *
     * @param direction in or out of the drawer
     * @param amount    the cash move's amount, in the policy's currency
     * @param summary   the open session's money before this move
     * @return true if {@link #cashMoveBreaks} names a rule
     * @throws IllegalArgumentException if the amount is in another currency
     * @since 1.2
     */
    public boolean cashMoveNeedsApproval(CashMove.Direction direction, Money amount, SessionSummary summary) {
        return cashMoveBreaks(direction, amount, summary).isPresent();
    }

    /**
     * Whether a discount of {@code off} taken from {@code base} needs a head cashier: see
     * {@link DiscountLimits#discountNeedsApproval}.
     *
     * @param off  what a line or order discount takes off
     * @param base what it is taken from: the line at its unit price, or the cart's subtotal
     * @return true over the limit
     * @since 1.4
     */
    public boolean discountNeedsApproval(Money off, Money base) {
        return discounts.discountNeedsApproval(off, base);
    }

    /**
     * Whether a line sold at {@code price} instead of the catalog's {@code regular} needs a head cashier: see
     * {@link DiscountLimits#overrideNeedsApproval}.
     *
     * @param regular the catalog's price
     * @param price   the price the cashier typed
     * @return true when it is lower by more than the limit
     * @since 1.4
     */
    public boolean overrideNeedsApproval(Money regular, Money price) {
        return discounts.overrideNeedsApproval(regular, price);
    }
}
