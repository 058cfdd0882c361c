package app.tillpoint.plugins.badgelogin;

import app.tillpoint.api.CashierAuthenticator.Request;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.PinCheck;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.ui.Texts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The texts the lock screen shows the cashier, from the plugin's {@code Texts} bundle, in one language. */
final class LockMessages {
    private final Texts texts;

    LockMessages(Locale locale) {
        this.texts = Texts.of(LockMessages.class, locale);
    }

    String scanPrompt() {
        return texts.get("lock.scanPrompt");
    }

    String unknownBadge() {
        return texts.get("lock.unknownBadge");
    }

    String enterPin() {
        return texts.get("lock.enterPin");
    }

    String checking() {
        return texts.get("lock.checking");
    }

    String nothingToIdentifyFor() {
        return texts.get("lock.nothingToIdentifyFor");
    }

    String notConfirmed() {
        return texts.get("lock.notConfirmed");
    }

    String selectCashier() {
        return texts.get("lock.selectCashier");
    }

    String cancel() {
        return texts.get("lock.cancel");
    }

    String orTapSelectCashier() {
        return texts.get("lock.orTapSelectCashier");
    }

    String noActiveCashiers() {
        return texts.get("lock.noActiveCashiers");
    }

    String lockLabel() {
        return texts.get("lock.menu");
    }

    String unlockPurpose() {
        return texts.get("lock.unlockPurpose");
    }

    String wrongPin(int attemptsLeft) {
        return texts.get("lock.wrongPin", attemptsLeft);
    }

    String lockedOut(Optional<Instant> until, ZoneId zone) {
        return until.map(instant -> texts.get("lock.lockedOutUntil",
                        DateTimeFormatter.ofPattern("HH:mm", texts.locale()).withZone(zone).format(instant)))
                .orElse(texts.get("lock.lockedOut"));
    }

    /** The message for a refused PIN; accepted PINs need none. */
    String refused(PinCheck check, ZoneId zone) {
        return switch (check.outcome()) {
            case WRONG -> wrongPin(check.attemptsLeft());
            case LOCKED_OUT -> lockedOut(check.lockedUntil(), zone);
            case ACCEPTED -> "";
        };
    }

    String roleRefused(Cashier cashier, Request request) {
        String wanted = request.roles().stream().sorted(Comparator.naturalOrder())
                .map(this::roleInSentence).collect(Collectors.joining(texts.get("lock.or")));
        return texts.get("lock.roleRefused", cashier.name(), roleInSentence(cashier.role()), request.purpose(), wanted);
    }

    /** The tile of a cashier without a PIN: a tap alone proves nothing. */
    String scanYourBadge(Cashier cashier) {
        return texts.get("lock.nameScanYourBadge", cashier.name());
    }

    /** After a badge-only tile was tapped (where the policy allows it): that cashier's badge is awaited. */
    String scanFor(Cashier cashier) {
        return texts.get("lock.scanFor", cashier.name());
    }

    String notTheirBadge(Cashier awaited) {
        return texts.get("lock.notTheirBadge", awaited.name());
    }

    String afterIdentifying(RuntimeException e) {
        return texts.get("lock.afterIdentifying", String.valueOf(e.getMessage()));
    }

    /** "Could not check the badge: …": {@code what} is badge, cashiers, cashier or pin. */
    String couldNot(String what, Exception failure) {
        return texts.get("lock.couldNot." + what, String.valueOf(failure.getMessage()));
    }

    String pinPrompt(Cashier cashier) {
        return texts.get("lock.pinPrompt", cashier.name());
    }

    String role(Role role) {
        return switch (role) {
            case CASHIER -> texts.get("lock.role.cashier");
            case HEAD_CASHIER -> texts.get("lock.role.headCashier");
        };
    }

    private String roleInSentence(Role role) {
        return switch (role) {
            case CASHIER -> texts.get("lock.roleInSentence.cashier");
            case HEAD_CASHIER -> texts.get("lock.roleInSentence.headCashier");
        };
    }
}
