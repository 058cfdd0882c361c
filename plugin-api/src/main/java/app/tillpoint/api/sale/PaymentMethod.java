package app.tillpoint.api.sale;

import app.tillpoint.api.ShownText;
import app.tillpoint.api.money.Money;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A way a customer may pay at this terminal, as its {@code terminal.json} lists it: cash (always there), a card on an
 * external card terminal, UPI to the terminal's VPA, or another method known by its name ("Voucher").
 *
 * @param name  the name the cashier and the reports see ("Cash", "Card", "UPI", "Voucher"); unique on the terminal
 * @param kind  what the register does for it
 * @param vpa   the UPI virtual payment address paid to ({@code shop@okaxis}); empty for every other kind
 * @param payee the name a UPI app shows as the payee; empty for every other kind
 * @since 1.4
 */
public record PaymentMethod(String name, Kind kind, String vpa, String payee) {

    /** The longest name a method may have: it is a button on a touch screen. */
    public static final int MAX_NAME_LENGTH = 24;

    /** Cash, which every terminal takes. */
    public static final PaymentMethod CASH = new PaymentMethod("Cash", Kind.CASH, "", "");

    /** A UPI VPA as NPCI writes it: a handle, {@code @}, a bank's or app's code. */
    private static final Pattern VPA = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,63}@[A-Za-z][A-Za-z0-9]{1,31}");

    /** What the register does for a method. */
    public enum Kind {
        /** Counted in the drawer; the only kind that gives change and opens the drawer. */
        CASH,
        /** An external card terminal: the amount is sent or typed there; the approval code and last four are kept. */
        CARD,
        /** A UPI QR code for the amount; the cashier confirms receipt and may type the UPI reference. */
        UPI,
        /** Any other method known by its name, such as a voucher; the cashier may type a reference. */
        OTHER
    }

    /**
     * Checks the method.
     *
     * @param name  1 to {@link #MAX_NAME_LENGTH} characters that {@link ShownText#problemInName} accepts
     * @param kind  not null
     * @param vpa   for {@link Kind#UPI} a VPA such as {@code shop@okaxis}; otherwise empty (null becomes empty)
     * @param payee for {@link Kind#UPI} the payee's name; otherwise empty (null becomes empty)
     * @throws NullPointerException     if {@code name} or {@code kind} is null
     * @throws IllegalArgumentException if the name is blank, too long or not a plain name, a UPI method has no valid
     *                                  VPA or payee, or another kind has one
     */
    public PaymentMethod {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        vpa = vpa == null ? "" : vpa;
        payee = payee == null ? "" : payee;
        if (name.isBlank() || name.strip().length() != name.length() || name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A payment method's name is 1 to " + MAX_NAME_LENGTH
                    + " characters without spaces around it, not \"" + name + "\"");
        }
        ShownText.problemInName(name).ifPresent(why -> {
            throw new IllegalArgumentException("The payment method's name " + why);
        });
        if (kind == Kind.UPI) {
            if (!VPA.matcher(vpa).matches()) {
                throw new IllegalArgumentException("A UPI method needs the terminal's VPA, such as shop@okaxis, not \""
                        + vpa + "\"");
            }
            if (payee.isBlank()) {
                throw new IllegalArgumentException("A UPI method needs the payee's name");
            }
            ShownText.problemInName(payee).ifPresent(why -> {
                throw new IllegalArgumentException("The payee's name " + why);
            });
        } else if (!vpa.isEmpty() || !payee.isEmpty()) {
            throw new IllegalArgumentException("Only a UPI method has a VPA and a payee");
        }
    }

    /**
     * A method of the kind {@code kind} other than UPI.
     *
     * @param name the method's name
     * @param kind {@link Kind#CASH}, {@link Kind#CARD} or {@link Kind#OTHER}
     * @return the method
     * @throws IllegalArgumentException as the canonical constructor, and for {@link Kind#UPI}
     */
    public static PaymentMethod of(String name, Kind kind) {
        return new PaymentMethod(name, kind, "", "");
    }

    /**
     * A UPI method paying to {@code vpa}.
     *
     * @param name  the method's name
     * @param vpa   the terminal's VPA
     * @param payee the name the customer's UPI app shows
     * @return the method
     * @throws IllegalArgumentException as the canonical constructor
     */
    public static PaymentMethod upi(String name, String vpa, String payee) {
        return new PaymentMethod(name, Kind.UPI, vpa, payee);
    }

    /**
     * Whether a VPA is written as UPI writes one.
     *
     * @param vpa the text to check
     * @return true for {@code handle@bank}
     */
    public static boolean isVpa(String vpa) {
        return vpa != null && VPA.matcher(vpa).matches();
    }

    /**
     * The UPI link a customer's app pays from:
     * {@code upi://pay?pa=<vpa>&pn=<payee>&am=<amount>&tn=<note>}, each value percent-encoded, the amount with the
     * currency's decimals ("123.50").
     *
     * @param amount what to pay; more than zero
     * @param note   the transaction note, the order's reference ("Order T01-42")
     * @return the link to put into the QR code
     * @throws IllegalStateException    if this method is not UPI
     * @throws IllegalArgumentException if the amount is not more than zero
     */
    public String upiLink(Money amount, String note) {
        if (kind != Kind.UPI) {
            throw new IllegalStateException(name + " is not a UPI method");
        }
        if (amount.minorUnits() <= 0) {
            throw new IllegalArgumentException("A UPI payment is for more than zero, not " + amount);
        }
        return "upi://pay?pa=" + encode(vpa) + "&pn=" + encode(payee) + "&am=" + amount.toPlainString()
                + "&tn=" + encode(note);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
