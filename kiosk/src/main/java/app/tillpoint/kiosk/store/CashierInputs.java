package app.tillpoint.kiosk.store;

import app.tillpoint.api.ShownText;

/**
 * What a cashier's name, badge code and PIN must look like before they are stored. A name is shown on the lock screen
 * and in reports: it holds no markup, no character that changes the writing direction and no control character
 * ({@link ShownText#problemInName}).
 */
final class CashierInputs {

    private static final int MIN_PIN_DIGITS = 4;
    private static final int MAX_PIN_DIGITS = 12;
    private static final int MAX_NAME_LENGTH = 60;
    private static final int MAX_BADGE_LENGTH = 128;

    private CashierInputs() {
    }

    static String checkName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("A cashier needs a name");
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("A name may have at most " + MAX_NAME_LENGTH + " characters");
        }
        ShownText.problemInName(clean).ifPresent(why -> {
            throw new IllegalArgumentException("The name " + why + "; a name is shown as plain text");
        });
        return clean;
    }

    static String checkBadge(String badge) {
        String clean = badge == null ? "" : badge.strip();
        if (clean.isEmpty() || clean.length() > MAX_BADGE_LENGTH || clean.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A badge code is 1 to " + MAX_BADGE_LENGTH
                    + " printable characters");
        }
        return clean;
    }

    /** The PIN's digits, checked: only digits, 4 to 12 of them. */
    static char[] checkPin(String pin) {
        String clean = pin == null ? "" : pin.strip();
        if (!clean.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("A PIN has digits only");
        }
        if (clean.length() < MIN_PIN_DIGITS || clean.length() > MAX_PIN_DIGITS) {
            throw new IllegalArgumentException("A PIN has " + MIN_PIN_DIGITS + " to " + MAX_PIN_DIGITS
                    + " digits, not " + clean.length());
        }
        return clean.toCharArray();
    }
}
