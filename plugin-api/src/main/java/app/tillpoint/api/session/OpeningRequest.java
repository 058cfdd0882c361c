package app.tillpoint.api.session;

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
 * @param note        the opening note
 * @param approval    (since 1.2) a head cashier's approval of an opening difference ({@link OpeningCheck}), for the
 *                    opening cash as counted
 */
public record OpeningRequest(Cashier cashier, Money openingCash, Optional<CashCount> count, String note,
                             Optional<Approval> approval) {
    public OpeningRequest {
        Objects.requireNonNull(cashier, "cashier");
        Objects.requireNonNull(openingCash, "openingCash");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(approval, "approval");
        note = note == null ? "" : note;
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

    /** An opening without an approval, as API 1.1 built it. */
    public OpeningRequest(Cashier cashier, Money openingCash, Optional<CashCount> count, String note) {
        this(cashier, openingCash, count, note, Optional.empty());
    }

    /** The same opening with a head cashier's approval. @since 1.2 */
    public OpeningRequest withApproval(Approval newApproval) {
        return new OpeningRequest(cashier, openingCash, count, note, Optional.of(newApproval));
    }
}
