package app.tillpoint.api.sale;

import app.tillpoint.api.money.Money;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One part of a sale's payment: what the customer handed over in one method. Cash may be more than what is due (the
 * change comes from it); any other method is at most what is left to pay.
 *
 * @param method       how it was paid
 * @param amount       what was handed over in this method; more than zero
 * @param approvalCode for a card, the card terminal's approval code (4 to 12 letters and digits); empty otherwise
 * @param lastFour     for a card, the last four digits of its number; empty otherwise
 * @param reference    the UPI reference or a voucher's number as the cashier typed it (up to 35 letters, digits and
 *                     hyphens), or empty; a card has none
 * @since 1.4
 */
public record Tender(PaymentMethod method, Money amount, String approvalCode, String lastFour, String reference) {

    /** The longest reference the cashier may type (UPI's transaction references are 12 to 35 characters). */
    public static final int MAX_REFERENCE_LENGTH = 35;

    private static final Pattern APPROVAL_CODE = Pattern.compile("[A-Za-z0-9]{4,12}");
    private static final Pattern LAST_FOUR = Pattern.compile("[0-9]{4}");
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9-]{0," + MAX_REFERENCE_LENGTH + "}");

    /**
     * Checks the tender; null texts become empty.
     *
     * @param method       not null
     * @param amount       more than zero
     * @param approvalCode a card's approval code, else empty
     * @param lastFour     a card's last four digits, else empty
     * @param reference    a reference, or empty
     * @throws NullPointerException     if {@code method} or {@code amount} is null
     * @throws IllegalArgumentException with a message for the cashier if the amount is not more than zero, a card
     *                                  lacks its approval code or last four digits or they are malformed, another
     *                                  method has them, or the reference is malformed
     */
    public Tender {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        approvalCode = approvalCode == null ? "" : approvalCode.strip();
        lastFour = lastFour == null ? "" : lastFour.strip();
        reference = reference == null ? "" : reference.strip();
        if (amount.minorUnits() <= 0) {
            throw new IllegalArgumentException("A payment in " + method.name() + " is more than zero, not "
                    + amount.toPlainString());
        }
        if (method.kind() == PaymentMethod.Kind.CARD) {
            if (!APPROVAL_CODE.matcher(approvalCode).matches()) {
                throw new IllegalArgumentException("Type the card terminal's approval code: 4 to 12 letters and "
                        + "digits");
            }
            if (!LAST_FOUR.matcher(lastFour).matches()) {
                throw new IllegalArgumentException("Type the last four digits of the card");
            }
            if (!reference.isEmpty()) {
                throw new IllegalArgumentException("A card payment keeps its approval code, not a reference");
            }
        } else if (!approvalCode.isEmpty() || !lastFour.isEmpty()) {
            throw new IllegalArgumentException("Only a card payment has an approval code and last four digits");
        }
        if (!REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("A reference is up to " + MAX_REFERENCE_LENGTH + " letters, digits "
                    + "and hyphens");
        }
    }

    /**
     * Cash handed over.
     *
     * @param amount the cash; more than zero
     * @return the tender, in {@link PaymentMethod#CASH}
     */
    public static Tender cash(Money amount) {
        return new Tender(PaymentMethod.CASH, amount, "", "", "");
    }

    /**
     * A card paid on the external card terminal.
     *
     * @param method       a {@link PaymentMethod.Kind#CARD} method
     * @param amount       what the card terminal charged
     * @param approvalCode its approval code
     * @param lastFour     the card's last four digits
     * @return the tender
     * @throws IllegalArgumentException as the canonical constructor, or if the method is not a card's
     */
    public static Tender card(PaymentMethod method, Money amount, String approvalCode, String lastFour) {
        requireKind(method, PaymentMethod.Kind.CARD);
        return new Tender(method, amount, approvalCode, lastFour, "");
    }

    /**
     * A payment in a method without card details (UPI or another method), with an optional reference.
     *
     * @param method    a {@link PaymentMethod.Kind#UPI} or {@link PaymentMethod.Kind#OTHER} method, or cash
     * @param amount    what was paid
     * @param reference the UPI reference or the voucher's number, or empty
     * @return the tender
     * @throws IllegalArgumentException as the canonical constructor, or if the method is a card's
     */
    public static Tender of(PaymentMethod method, Money amount, String reference) {
        if (method.kind() == PaymentMethod.Kind.CARD) {
            throw new IllegalArgumentException("A card payment needs its approval code and last four digits");
        }
        return new Tender(method, amount, "", "", reference);
    }

    /**
     * Whether this is cash, which alone gives change and opens the drawer.
     *
     * @return true for {@link PaymentMethod.Kind#CASH}
     */
    public boolean isCash() {
        return method.kind() == PaymentMethod.Kind.CASH;
    }

    private static void requireKind(PaymentMethod method, PaymentMethod.Kind kind) {
        if (method.kind() != kind) {
            throw new IllegalArgumentException(method.name() + " is not a " + kind.name().toLowerCase(
                    java.util.Locale.ROOT) + " method");
        }
    }
}
