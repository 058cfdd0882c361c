package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One till's session, from opening to closing, as stored. Built by the host; plugins read it.
 *
 * @param id              the session number, unique on this terminal
 * @param state           open or closed
 * @param openedAt        when Open Session was tapped
 * @param openedBy        who opened it
 * @param openingCash     the opening cash as confirmed by the cashier (typed or filled from the count)
 * @param openingCount    the denominations counted at opening, if the cashier counted
 * @param openingNote     the opening note
 * @param closedAt        when it was closed, once closed
 * @param closingCash     the counted closing cash, once closed
 * @param openingApproval (since 1.2) the head cashier's approval of an opening difference, if there was one
 */
public record Session(long id, SessionState state, Instant openedAt, Cashier openedBy, Money openingCash,
                      Optional<CashCount> openingCount, String openingNote,
                      Optional<Instant> closedAt, Optional<Money> closingCash, Optional<Approval> openingApproval) {

    public Session {
        Objects.requireNonNull(openingCount, "openingCount");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(closingCash, "closingCash");
        Objects.requireNonNull(openingApproval, "openingApproval");
    }

    /** A session as API 1.1 described it, without an opening approval. */
    public Session(long id, SessionState state, Instant openedAt, Cashier openedBy, Money openingCash,
                   Optional<CashCount> openingCount, String openingNote, Optional<Instant> closedAt,
                   Optional<Money> closingCash) {
        this(id, state, openedAt, openedBy, openingCash, openingCount, openingNote, closedAt, closingCash,
                Optional.empty());
    }

    public boolean isOpen() {
        return state == SessionState.OPEN;
    }

    /** False when the cashier counted the drawer and then typed another opening amount by hand. */
    public boolean openingCountMatches() {
        return openingCount.map(count -> count.total().equals(openingCash)).orElse(true);
    }

    /**
     * The cash the drawer held at opening, which expected cash starts from: the count's total where the cashier
     * counted, never a typed figure beside it; else the amount confirmed. @since 1.2
     */
    public Money openingBase() {
        return openingCount.map(CashCount::total).orElse(openingCash);
    }
}
