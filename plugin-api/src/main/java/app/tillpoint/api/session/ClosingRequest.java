package app.tillpoint.api.session;

import app.tillpoint.api.ShownText;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;

import java.util.Objects;
import java.util.Optional;

/**
 * Closing the open session with a counted drawer, as the closing screen hands it to {@link Sessions#close}.
 *
 * @param closedBy the cashier who counted
 * @param count    the drawer as counted, denomination by denomination
 * @param note     the closing note; (since 1.2) without a control character other than line breaks and tabs, or one
 *                 that reorders the text after it ({@link ShownText#problemInTyped})
 * @param approval a head cashier's, when the difference is over the terminal's limit
 */
public record ClosingRequest(Cashier closedBy, CashCount count, String note, Optional<Approval> approval) {
    /**
     * Checks the request; a null note becomes empty.
     *
     * @param closedBy not null
     * @param count    not null
     * @param note     the note, or null or empty for none
     * @param approval the approval, or empty; not null
     * @throws NullPointerException     if {@code closedBy}, {@code count} or {@code approval} is null
     * @throws IllegalArgumentException if the note holds a control character or one that changes the writing
     *                                  direction
     */
    public ClosingRequest {
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(approval, "approval");
        note = note == null ? "" : note;
        ShownText.problemInTyped(note, true).ifPresent(why -> {
            throw new IllegalArgumentException("The note " + why);
        });
    }
}
