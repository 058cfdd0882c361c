package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;

import java.time.Instant;
import java.util.Optional;

/**
 * One count of the drawer at closing, as recorded before its difference was shown: the first count and every recount
 * are kept, with who counted and when. @since 1.2
 *
 * @param sessionId  the session whose drawer was counted
 * @param attempt    1 for the first count of the session, 2 for the first recount, …
 * @param countedAt  when the count was recorded
 * @param countedBy  the cashier at the till who counted
 * @param count      the drawer as counted
 * @param expected   the expected cash at the moment of counting
 * @param difference counted − expected
 * @param approval   the head cashier's approval of this recount, where one was needed
 */
public record ClosingCount(long sessionId, int attempt, Instant countedAt, Cashier countedBy, CashCount count,
                           Money expected, Money difference, Optional<Approval> approval) {

    /**
     * The count's total.
     *
     * @return the cash counted, derived from {@link #count()}
     */
    public Money counted() {
        return count.total();
    }
}
