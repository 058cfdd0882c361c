package app.tillpoint.kiosk.store;

import java.util.Base64;

/**
 * A PIN as the database keeps it: {@code p$<iterations>$} and the base64 HMAC-SHA-256, under the terminal's PIN key,
 * of the PIN's PBKDF2 ({@link SlowHash}, with the cashier's salt and the iterations named). The key (a pepper) is
 * derived from the terminal's key ({@link TerminalKey}) as HMAC-SHA-256(terminal key, "tillpoint pin key 1") and is
 * never in the database: whoever has only the database cannot test a single PIN guess against it, however few digits a
 * PIN has, while whoever has both still pays the PBKDF2 per guess. That is why the PBKDF2 may be sized to the PIN pad's
 * budget ({@link SlowHash#PIN_BUDGET}) rather than to a password's.
 *
 * <p>Older forms are still accepted once each: {@code <iterations>$<base64 PBKDF2>} without the pepper (PINs set before
 * it, and PINs made away from the terminal, where its key is not known). {@link #isCurrent} tells the caller to replace
 * such a hash, or one with other iterations than the terminal's, at the cashier's next right PIN.
 */
final class PinHash {
    /** What every peppered PIN hash starts with. */
    static final String PREFIX = "p$";
    private final KeyedHmac pepper;

    PinHash(byte[] terminalKey) {
        this.pepper = new KeyedHmac(terminalKey, "tillpoint pin key 1");
    }

    /** The stored form of {@code pin} with {@code salt} (base64) and {@code iterations}. Clears nothing. */
    String of(char[] pin, String salt, int iterations) {
        return PREFIX + iterations + "$" + peppered(SlowHash.hash(pin, salt, iterations));
    }

    /** Whether {@code pin} is the one {@code stored} was made of, in either form; false for a value of no known form. */
    boolean matches(char[] pin, String salt, String stored) {
        boolean peppered = stored.startsWith(PREFIX);
        String rest = peppered ? stored.substring(PREFIX.length()) : stored;
        int dollar = rest.indexOf('$');
        int iterations;
        try {
            iterations = dollar > 0 ? Integer.parseInt(rest.substring(0, dollar)) : -1;
        } catch (NumberFormatException e) {
            iterations = -1;
        }
        if (iterations <= 0 || salt == null) {
            return false;
        }
        String slow = SlowHash.hash(pin, salt, iterations);
        return SlowHash.same(rest.substring(dollar + 1), peppered ? peppered(slow) : slow);
    }

    /** Whether {@code stored} is peppered and has {@code iterations}: nothing to replace at the next right PIN. */
    static boolean isCurrent(String stored, int iterations) {
        return stored != null && stored.startsWith(PREFIX + iterations + "$");
    }

    private String peppered(String slowBase64) {
        return Base64.getEncoder().encodeToString(pepper.of(Base64.getDecoder().decode(slowBase64)));
    }
}
