package app.tillpoint.kiosk.store;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** PBKDF2-HMAC-SHA256 from the JDK, for badge codes and PINs: salted, slow, never reversible. */
final class SlowHash {

    /** Slow enough to hurt guessing, fast enough for a badge scan on an old terminal. */
    static final int ITERATIONS = 100_000;
    private static final int HASH_BITS = 256;
    private static final int SALT_BYTES = 16;

    private final SecureRandom random = new SecureRandom();

    /** A new random salt, base64. */
    String newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt);
    }

    /** The hash of {@code secret} with {@code salt} (base64), base64. Clears nothing: the caller owns the array. */
    static String hash(char[] secret, String salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(secret, Base64.getDecoder().decode(salt), iterations, HASH_BITS);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return Base64.getEncoder().encodeToString(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Compares two hashes in constant time, so timing tells nothing. */
    static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
