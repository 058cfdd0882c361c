package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * What the opening-control dialog hands to {@link Sessions#open}.
 *
 * @param cashier     who opens the session
 * @param openingCash the amount confirmed; may differ from the count's total if the cashier typed it by hand
 * @param count       the denominations counted, if the cashier counted (kept apart from the typed amount)
 * @param note        the opening note
 */
public record OpeningRequest(Cashier cashier, Money openingCash, Optional<CashCount> count, String note) {
    public OpeningRequest {
        Objects.requireNonNull(cashier, "cashier");
        Objects.requireNonNull(openingCash, "openingCash");
        Objects.requireNonNull(count, "count");
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
}
