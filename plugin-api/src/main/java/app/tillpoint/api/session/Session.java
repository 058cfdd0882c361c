package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;

import java.time.Instant;
import java.util.Optional;

/**
 * One till's session, from opening to closing, as stored. Built by the host; plugins read it.
 *
 * @param id            the session number, unique on this terminal
 * @param state         open or closed
 * @param openedAt      when Open Session was tapped
 * @param openedBy      who opened it
 * @param openingCash   the opening cash as confirmed by the cashier (typed or filled from the count)
 * @param openingCount  the denominations counted at opening, if the cashier counted
 * @param openingNote   the opening note
 * @param closedAt      when it was closed, once closed
 * @param closingCash   the counted closing cash, once closed
 */
public record Session(long id, SessionState state, Instant openedAt, Cashier openedBy, Money openingCash,
                      Optional<CashCount> openingCount, String openingNote,
                      Optional<Instant> closedAt, Optional<Money> closingCash) {

    public boolean isOpen() {
        return state == SessionState.OPEN;
    }

    /** False when the cashier counted the drawer and then typed another opening amount by hand. */
    public boolean openingCountMatches() {
        return openingCount.map(count -> count.total().equals(openingCash)).orElse(true);
    }
}
