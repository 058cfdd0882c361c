package app.tillpoint.plugins.badgelogin;

import app.tillpoint.api.CashierAuthenticator.Request;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.PinCheck;
import app.tillpoint.api.cashier.Role;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The texts the lock screen shows the cashier, in one place so that the screen and its tests agree. */
final class LockMessages {
    static final String SCAN_PROMPT = "Scan your badge";
    static final String UNKNOWN_BADGE = "Badge not recognised";
    static final String ENTER_PIN = "Enter your PIN";
    static final String CHECKING = "Checking\u2026";
    static final String NOTHING_TO_IDENTIFY_FOR = "Nothing to identify for: go back to the dashboard";
    static final String NOT_CONFIRMED = "The PIN was right, but the terminal did not confirm who you are: try again";

    private LockMessages() {
    }

    static String wrongPin(int attemptsLeft) {
        return "Wrong PIN: " + attemptsLeft + (attemptsLeft == 1 ? " attempt left" : " attempts left");
    }

    static String lockedOut(Optional<Instant> until, ZoneId zone, Locale locale) {
        return until.map(instant -> "Locked out until "
                        + DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone).format(instant))
                .orElse("Locked out: try again later");
    }

    /** The message for a refused PIN; accepted PINs need none. */
    static String refused(PinCheck check, ZoneId zone, Locale locale) {
        return switch (check.outcome()) {
            case WRONG -> wrongPin(check.attemptsLeft());
            case LOCKED_OUT -> lockedOut(check.lockedUntil(), zone, locale);
            case ACCEPTED -> "";
        };
    }

    static String roleRefused(Cashier cashier, Request request) {
        String wanted = request.roles().stream().sorted(Comparator.naturalOrder())
                .map(role -> role(role).toLowerCase(Locale.ROOT)).collect(Collectors.joining(" or "));
        return cashier.name() + " (" + role(cashier.role()).toLowerCase(Locale.ROOT) + ") may not do this: "
                + request.purpose() + " needs a " + wanted + ".";
    }

    /** The tile of a cashier without a PIN: a tap alone proves nothing. */
    static String scanYourBadge(Cashier cashier) {
        return cashier.name() + ": scan your badge";
    }

    /** After a badge-only tile was tapped (where the policy allows it): that cashier's badge is awaited. */
    static String scanFor(Cashier cashier) {
        return cashier.name() + ", scan your badge";
    }

    static String notTheirBadge(Cashier awaited) {
        return "That is not " + awaited.name() + "'s badge";
    }

    static String afterIdentifying(RuntimeException e) {
        return "Something went wrong after identifying: " + e.getMessage();
    }

    static String pinPrompt(Cashier cashier) {
        return cashier.name() + ", enter your PIN";
    }

    static String role(Role role) {
        return switch (role) {
            case CASHIER -> "Cashier";
            case HEAD_CASHIER -> "Head cashier";
        };
    }
}
