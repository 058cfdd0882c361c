package app.tillpoint.api.session;

import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.terminal.TerminalPolicy;

import java.util.Objects;
import java.util.Optional;

/**
 * What an opening is checked against: the cash carried over from the last closing count, and the count against an
 * amount typed beside it. Both differences are the same question for a head cashier: is this the cash the drawer
 * holds? The dialog shows them; the host's store refuses an opening that needs an approval and has none. @since 1.2
 *
 * @param lastClosing the counted cash of the last closing, if a session was ever closed
 * @param typed       the opening cash as confirmed in the dialog
 * @param count       the count, if the cashier counted
 */
public record OpeningCheck(Optional<Money> lastClosing, Money typed, Optional<CashCount> count) {

    /**
     * Checks that every component is given.
     *
     * @param lastClosing the last closing's counted cash, or empty; not null
     * @param typed       not null
     * @param count       the count, or empty; not null
     * @throws NullPointerException if a component is null
     */
    public OpeningCheck {
        Objects.requireNonNull(lastClosing, "lastClosing");
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(count, "count");
    }

    /**
     * The cash the session starts from: the count's total where there is one, else the typed amount.
     *
     * @return the opening cash the expected cash starts from, as {@link Session#openingBase()}
     */
    public Money base() {
        return count.map(CashCount::total).orElse(typed);
    }

    /**
     * The typed amount minus the count's total; zero without a count.
     *
     * @return positive when more was typed than counted, negative when less
     */
    public Money typedDifference() {
        return count.map(c -> typed.minus(c.total())).orElse(Money.zero(typed.currency()));
    }

    /**
     * The opening cash minus the last closing count: the float carried over, short or over; zero without one.
     *
     * @return {@link #base()} minus the last closing's counted cash: negative when cash is missing since then
     */
    public Money carriedDifference() {
        return lastClosing.map(last -> base().minus(last)).orElse(Money.zero(typed.currency()));
    }

    /**
     * Whether a head cashier must approve this opening under {@code policy}.
     *
     * @param policy the terminal's policy, whose allowed opening difference decides
     * @return true if either difference is over the allowed one
     */
    public boolean needsApproval(TerminalPolicy policy) {
        return policy.openingNeedsApproval(typedDifference()) || policy.openingNeedsApproval(carriedDifference());
    }
}
