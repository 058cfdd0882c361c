package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;

import java.util.Objects;
import java.util.Optional;

/**
 * A count of the drawer at closing, to be recorded by {@link Sessions#recordClosingCount}. @since 1.2
 *
 * @param countedBy the cashier at the till who counted
 * @param count     the drawer as counted
 * @param recount   a head cashier's approval ({@link ApprovalAction#RECOUNT}), needed for a recount after a blind
 *                  close showed the difference
 */
public record ClosingCountRequest(Cashier countedBy, CashCount count, Optional<Approval> recount) {
    /**
     * Checks that every component is given.
     *
     * @param countedBy not null
     * @param count     not null
     * @param recount   the approval, or empty; not null
     * @throws NullPointerException if a component is null
     */
    public ClosingCountRequest {
        Objects.requireNonNull(countedBy, "countedBy");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(recount, "recount");
    }
}
