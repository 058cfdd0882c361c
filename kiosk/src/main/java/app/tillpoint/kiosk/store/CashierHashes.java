package app.tillpoint.kiosk.store;

import java.util.Arrays;
import java.util.Optional;

/**
 * A cashier's name checked and their badge and PIN hashed as every terminal of a store checks them, for the back
 * office ({@code tillpoint office cashier add}), which keeps only these hashes, never the secrets.
 *
 * <p>A badge is the HMAC-SHA-256 of its code under the store's badge key ({@link BadgeHash}, the key derived from the
 * store's 32 random bytes as a terminal's is from {@code tillpoint.key}). The store's key is a file on the manager's
 * machine and reaches each terminal in its office credentials, never the office database: a copy of that database
 * lets no one test badge guesses. A PIN is PBKDF2 with a salt of its own and {@link SlowHash#ITERATIONS} iterations,
 * checked by each terminal as its own PINs.
 *
 * @param name      the name as stored: stripped, checked
 * @param badgeHash {@code hmac$…}, if a badge was given
 * @param pinHash   {@code <iterations>$<base64>}, if a PIN was given
 * @param pinSalt   its salt, base64
 */
public record CashierHashes(String name, Optional<String> badgeHash, Optional<String> pinHash,
                            Optional<String> pinSalt) {

    /** The bytes of a store's badge key. */
    public static final int KEY_BYTES = 32;

    /**
     * Checks and hashes; slow on purpose when a PIN is given (PBKDF2).
     *
     * @param storeBadgeKey the store's badge key ({@link #KEY_BYTES} bytes)
     * @throws IllegalArgumentException for the manager: a bad name, badge code or PIN, as {@code tillpoint cashier}
     *                                  says it
     */
    public static CashierHashes of(String name, Optional<String> badge, Optional<String> pin, byte[] storeBadgeKey) {
        String clean = CashierInputs.checkName(name);
        Optional<String> badgeHash = badge.map(CashierInputs::checkBadge).map(new BadgeHash(storeBadgeKey)::of);
        Optional<char[]> digits = pin.map(CashierInputs::checkPin);
        Optional<String> salt = digits.map(unused -> new SlowHash().newSalt());
        Optional<String> pinHash = digits.map(secret -> SlowHash.ITERATIONS + "$"
                + SlowHash.hash(secret, salt.get(), SlowHash.ITERATIONS));
        digits.ifPresent(secret -> Arrays.fill(secret, '\0'));
        return new CashierHashes(clean, badgeHash, pinHash, salt);
    }

    /** The stored form of {@code badge} under the store's key, checked as a terminal checks it. */
    public static String badge(String badge, byte[] storeBadgeKey) {
        return new BadgeHash(storeBadgeKey).of(CashierInputs.checkBadge(badge));
    }
}
