package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;

import java.util.Objects;
import java.util.Optional;

/**
 * Closing the open session with a counted drawer, as the closing screen hands it to {@link Sessions#close}.
 *
 * @param closedBy the cashier who counted
 * @param count    the drawer as counted, denomination by denomination
 * @param note     the closing note
 * @param approval a head cashier's, when the difference is over the terminal's limit
 */
public record ClosingRequest(Cashier closedBy, CashCount count, String note, Optional<Approval> approval) {
    public ClosingRequest {
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(approval, "approval");
        note = note == null ? "" : note;
    }
}
