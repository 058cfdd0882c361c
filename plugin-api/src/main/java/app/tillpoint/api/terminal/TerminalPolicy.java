package app.tillpoint.api.terminal;

import app.tillpoint.api.money.Money;

import java.util.List;

/**
 * The rules a store sets for this till, from its configuration.
 *
 * @param allowedClosingDifference the largest closing difference (either sign) that needs no head cashier
 * @param blindClose               the cashier counts the drawer before seeing the expected amount
 * @param cashOutApprovalAbove     a cash out larger than this needs a head cashier
 * @param cashMoveReasons          the reasons offered for cash in and cash out (free text is allowed too)
 * @param closingReasons           the reasons a head cashier picks from to approve a closing difference
 */
public record TerminalPolicy(Money allowedClosingDifference, boolean blindClose, Money cashOutApprovalAbove,
                             List<String> cashMoveReasons, List<String> closingReasons) {
    public TerminalPolicy {
        cashMoveReasons = List.copyOf(cashMoveReasons);
        closingReasons = List.copyOf(closingReasons);
    }
}
