package app.tillpoint.api.session;

import app.tillpoint.api.ShownText;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;

import java.util.List;
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
 * @param settlements (since 1.4) the settlement total of each payment method other than cash that the session's
 *                 orders used ({@link SessionSummary#otherMethods()}), each once
 */
public record ClosingRequest(Cashier closedBy, CashCount count, String note, Optional<Approval> approval,
                             List<SettlementCount> settlements) {
    /**
     * Checks the request; a null note becomes empty.
     *
     * @param closedBy    not null
     * @param count       not null
     * @param note        the note, or null or empty for none
     * @param approval    the approval, or empty; not null
     * @param settlements the settlements, each method once; copied, not null
     * @throws NullPointerException     if {@code closedBy}, {@code count}, {@code approval} or {@code settlements}
     *                                  is null
     * @throws IllegalArgumentException if the note holds a control character or one that changes the writing
     *                                  direction, or a method is settled twice
     * @since 1.4
     */
    public ClosingRequest {
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(approval, "approval");
        settlements = List.copyOf(settlements);
        note = note == null ? "" : note;
        ShownText.problemInTyped(note, true).ifPresent(why -> {
            throw new IllegalArgumentException("The note " + why);
        });
        if (settlements.stream().map(SettlementCount::method).distinct().count() != settlements.size()) {
            throw new IllegalArgumentException("A payment method is settled twice");
        }
    }

    /**
     * A closing of a session paid in cash alone, as before 1.4; a null note becomes empty.
     *
     * @param closedBy not null
     * @param count    not null
     * @param note     the note, or null or empty for none
     * @param approval the approval, or empty; not null
     * @throws NullPointerException     if {@code closedBy}, {@code count} or {@code approval} is null
     * @throws IllegalArgumentException if the note holds a control character or one that changes the writing
     *                                  direction
     */
    public ClosingRequest(Cashier closedBy, CashCount count, String note, Optional<Approval> approval) {
        this(closedBy, count, note, approval, List.of());
    }
}
