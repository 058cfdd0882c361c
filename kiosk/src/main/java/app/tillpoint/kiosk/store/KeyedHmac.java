package app.tillpoint.kiosk.store;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * HMAC-SHA-256 under a key of one purpose, derived from a secret as HMAC-SHA-256(secret, purpose): one file
 * ({@code tillpoint.key}, or a store's badge key) keys several things without any two sharing a key. Used by
 * {@link BadgeHash} and {@link PinHash}.
 */
final class KeyedHmac {
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    /**
     * @param secret  the secret the key is derived from
     * @param purpose what the key is for, e.g. "tillpoint badge key 1"; another purpose, another key
     */
    KeyedHmac(byte[] secret, String purpose) {
        this.key = new SecretKeySpec(mac(new SecretKeySpec(secret, ALGORITHM),
                purpose.getBytes(StandardCharsets.US_ASCII)), ALGORITHM);
    }

    /** The HMAC of {@code data} under this purpose's key. */
    byte[] of(byte[] data) {
        return mac(key, data);
    }

    private static byte[] mac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java runtime", e);
        }
    }
}
