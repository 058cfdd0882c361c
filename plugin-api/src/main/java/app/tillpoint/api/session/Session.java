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

    /**
     * Checks that the optional parts are given, empty or not.
     *
     * @param id              the session number
     * @param state           open or closed
     * @param openedAt        when it was opened
     * @param openedBy        who opened it
     * @param openingCash     the opening cash as confirmed
     * @param openingCount    the opening count, or empty; not null
     * @param openingNote     the opening note
     * @param closedAt        when it was closed, or empty; not null
     * @param closingCash     the counted closing cash, or empty; not null
     * @param openingApproval the approval of an opening difference, or empty; not null
     * @throws NullPointerException if one of the optional parts is null
     */
    public Session {
        Objects.requireNonNull(openingCount, "openingCount");
        Objects.requireNonNull(closedAt, "closedAt");
        Objects.requireNonNull(closingCash, "closingCash");
        Objects.requireNonNull(openingApproval, "openingApproval");
    }

    /**
     * A session as API 1.1 described it, without an opening approval.
     *
     * @param id           the session number, unique on this terminal
     * @param state        open or closed
     * @param openedAt     when Open Session was tapped
     * @param openedBy     who opened it
     * @param openingCash  the opening cash as confirmed by the cashier
     * @param openingCount the denominations counted at opening, or empty
     * @param openingNote  the opening note
     * @param closedAt     when it was closed, or empty while open
     * @param closingCash  the counted closing cash, or empty while open
     */
    public Session(long id, SessionState state, Instant openedAt, Cashier openedBy, Money openingCash,
                   Optional<CashCount> openingCount, String openingNote, Optional<Instant> closedAt,
                   Optional<Money> closingCash) {
        this(id, state, openedAt, openedBy, openingCash, openingCount, openingNote, closedAt, closingCash,
                Optional.empty());
    }

    /**
     * Whether the session is still open: sales and cash moves go into it.
     *
     * @return true for {@link SessionState#OPEN}
     */
    public boolean isOpen() {
        return state == SessionState.OPEN;
    }

    /**
     * False when the cashier counted the drawer and then typed another opening amount by hand.
     *
     * @return true if the opening cash is the count's total, or nothing was counted
     */
    public boolean openingCountMatches() {
        return openingCount.map(count -> count.total().equals(openingCash)).orElse(true);
    }

    /**
     * The cash the drawer held at opening, which expected cash starts from: the count's total where the cashier
     * counted, never a typed figure beside it; else the amount confirmed.
     *
     * @return the opening count's total, or the opening cash without a count
     * @since 1.2
     */
    public Money openingBase() {
        return openingCount.map(CashCount::total).orElse(openingCash);
    }
}
