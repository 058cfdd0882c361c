package app.tillpoint.api.session;

import app.tillpoint.api.ShownText;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * Cash in or cash out, as the register's dialog hands it to {@link Sessions#moveCash}.
 *
 * @param cashier   who moves the cash: the cashier at the till
 * @param direction in or out of the drawer
 * @param amount   more than nothing
 * @param reason   from the terminal's list, or typed; not blank, and (since 1.2) on one line, without a character
 *                 that reorders the text after it ({@link ShownText#problemInTyped})
 * @param approval a head cashier's, for a cash out over the terminal's limit
 */
public record CashMoveRequest(Cashier cashier, CashMove.Direction direction, Money amount, String reason,
                              Optional<Approval> approval) {
    /**
     * Checks the request.
     *
     * @param cashier   not null
     * @param direction not null
     * @param amount    not null, more than nothing
     * @param reason    not null, not blank, one line without a character that changes the writing direction
     * @param approval  the approval, or empty; not null
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if the amount is zero or negative, or the reason is blank or holds a line
     *                                  break, a control character or one that changes the writing direction
     */
    public CashMoveRequest {
        Objects.requireNonNull(cashier, "cashier");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(approval, "approval");
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("A cash move must be more than nothing: " + amount);
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A cash move needs a reason");
        }
        ShownText.problemInTyped(reason, false).ifPresent(why -> {
            throw new IllegalArgumentException("The reason " + why);
        });
    }
}
