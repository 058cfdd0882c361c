package app.tillpoint.api.sale;

import app.tillpoint.api.ShownText;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.Approval;

import java.util.Objects;
import java.util.Optional;

/**
 * A line sold at another unit price than the catalog's, with why, and, when the price goes down by more than the
 * terminal allows, the head cashier's approval ({@link app.tillpoint.api.terminal.TerminalPolicy#overrideNeedsApproval}).
 *
 * @param unitPrice the price each, instead of the product's; zero or more
 * @param reason    why, as picked from the terminal's list or typed: one line, not blank
 * @param approval  the head cashier's approval of the new unit price, when needed; empty otherwise
 * @since 1.4
 */
public record PriceOverride(Money unitPrice, String reason, Optional<Approval> approval) {
    /**
     * Checks the override.
     *
     * @param unitPrice not null, not negative
     * @param reason    not blank, one line without a character that changes the writing direction
     * @param approval  not null; empty without one
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the price is negative, or the reason is blank or holds what a typed text
     *                                  may not
     */
    public PriceOverride {
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approval, "approval");
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("A price cannot be negative: " + unitPrice.toPlainString());
        }
        reason = reason.strip();
        if (reason.isEmpty()) {
            throw new IllegalArgumentException("A price change needs a reason");
        }
        ShownText.problemInTyped(reason, false).ifPresent(why -> {
            throw new IllegalArgumentException("The reason " + why);
        });
    }

    /**
     * A new unit price, without an approval yet.
     *
     * @param unitPrice the price each
     * @param reason    why
     * @return the override
     * @throws IllegalArgumentException as the constructor
     */
    public static PriceOverride of(Money unitPrice, String reason) {
        return new PriceOverride(unitPrice, reason, Optional.empty());
    }

    /**
     * The same override with the head cashier's approval.
     *
     * @param given the approval the host issued for this unit price
     * @return a new override; this one is unchanged
     */
    public PriceOverride approvedBy(Approval given) {
        return new PriceOverride(unitPrice, reason, Optional.of(given));
    }
}
