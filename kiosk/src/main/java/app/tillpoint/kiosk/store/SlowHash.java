package app.tillpoint.kiosk.store;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

/** PBKDF2-HMAC-SHA256 from the JDK, for PINs (and the old badge hashes): salted, slow, never reversible. */
final class SlowHash {

    /** The iterations of the old badge hashes and of PINs set before the terminal measured its own. */
    static final int ITERATIONS = 100_000;
    /**
     * What one PIN check may cost on the terminal: slow for a guesser who has the database and the terminal's key
     * (without the key, {@link PinHash}'s pepper leaves nothing to guess against), and with the transaction and the
     * next screen's paint inside the PIN pad's 150 ms budget (issue 18).
     */
    static final Duration PIN_BUDGET = Duration.ofMillis(60);
    /** Never fewer iterations than this, however slow the terminal measured itself. */
    static final int FLOOR = 10_000;
    /** Never more than this, however fast: a check stays well inside a second on a terminal under load. */
    static final int CEILING = 600_000;
    private static final int PROBE = 5_000;
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

    /**
     * The iterations one hash may have so that it takes about {@code budget} on this machine now, between
     * {@link #FLOOR} and {@link #CEILING}: the fastest of a few timed probes, scaled, in thousands.
     */
    static int iterationsFor(Duration budget) {
        char[] secret = "0000".toCharArray();
        String salt = Base64.getEncoder().encodeToString(new byte[SALT_BYTES]);
        hash(secret, salt, PROBE);
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            hash(secret, salt, PROBE);
            fastest = Math.min(fastest, System.nanoTime() - started);
        }
        long fitting = budget.toNanos() * PROBE / Math.max(1, fastest);
        return (int) Math.max(FLOOR, Math.min(CEILING, fitting / 1000 * 1000));
    }

    /** Compares two hashes in constant time, so timing tells nothing. */
    static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
