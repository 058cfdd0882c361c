package app.tillpoint.api.session;

import app.tillpoint.api.ShownText;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * What the opening-control dialog hands to {@link Sessions#open}.
 *
 * @param cashier     who opens the session: the cashier signed in at the till
 * @param openingCash the amount confirmed; may differ from the count's total if the cashier typed it by hand
 * @param count       the denominations counted, if the cashier counted (kept apart from the typed amount)
 * @param note        the opening note; (since 1.2) without a control character other than line breaks and tabs, or
 *                    one that reorders the text after it ({@link ShownText#problemInTyped})
 * @param approval    (since 1.2) a head cashier's approval of an opening difference ({@link OpeningCheck}), for the
 *                    opening cash as counted
 */
public record OpeningRequest(Cashier cashier, Money openingCash, Optional<CashCount> count, String note,
                             Optional<Approval> approval) {
    /**
     * Checks the request; a null note becomes empty.
     *
     * @param cashier     not null
     * @param openingCash not null, not negative
     * @param count       the count, or empty; not null; in the opening cash's currency
     * @param note        the note, or null or empty for none
     * @param approval    the approval, or empty; not null
     * @throws NullPointerException     if {@code cashier}, {@code openingCash}, {@code count} or {@code approval} is
     *                                  null
     * @throws IllegalArgumentException if the opening cash is negative, the count is in another currency, or the note
     *                                  holds a control character or one that changes the writing direction
     */
    public OpeningRequest {
        Objects.requireNonNull(cashier, "cashier");
        Objects.requireNonNull(openingCash, "openingCash");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(approval, "approval");
        note = note == null ? "" : note;
        ShownText.problemInTyped(note, true).ifPresent(why -> {
            throw new IllegalArgumentException("The note " + why);
        });
        if (openingCash.isNegative()) {
            throw new IllegalArgumentException("Opening cash cannot be negative: " + openingCash);
        }
        count.ifPresent(c -> {
            if (!c.currency().equals(openingCash.currency())) {
                throw new IllegalArgumentException("The count is in " + c.currency() + ", the cash in "
                        + openingCash.currency());
            }
        });
    }

    /**
     * An opening without an approval, as API 1.1 built it.
     *
     * @param cashier     who opens the session: the cashier at the till
     * @param openingCash the amount confirmed, not negative
     * @param count       the denominations counted, or empty
     * @param note        the opening note, or null for none
     * @throws IllegalArgumentException if the opening cash is negative, the count is in another currency, or the note
     *                                  holds a control character or one that changes the writing direction
     */
    public OpeningRequest(Cashier cashier, Money openingCash, Optional<CashCount> count, String note) {
        this(cashier, openingCash, count, note, Optional.empty());
    }

    /**
     * The same opening with a head cashier's approval.
     *
     * @param newApproval the approval the host issued for {@link ApprovalAction#OPENING_DIFFERENCE}; replaces any
     *                    earlier one
     * @return a new request; this one is unchanged
     * @since 1.2
     */
    public OpeningRequest withApproval(Approval newApproval) {
        return new OpeningRequest(cashier, openingCash, count, note, Optional.of(newApproval));
    }
}
