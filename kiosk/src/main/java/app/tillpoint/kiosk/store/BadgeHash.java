package app.tillpoint.kiosk.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A badge code as the database keeps it: {@code hmac$} and the base64 HMAC-SHA-256 of the code with the terminal's
 * badge key. Fast (microseconds, so a scan is one hash and an indexed look-up), and of no use to whoever has only the
 * database: without {@code tillpoint.key} no guess of a badge code can be tested against it, however short the codes.
 *
 * <p>The badge key is derived from the terminal's key ({@link TerminalKey}) as HMAC-SHA-256(terminal key, "tillpoint
 * badge key 1"), so that one file, with one set of permissions and one backup, holds both secrets, while the audit's
 * chain and the badges never share a key. Losing the file loses both, as it would have if they were two files side
 * by side.
 *
 * <p>Before this, a badge code was kept as PBKDF2 with a salt of the whole database ({@code meta.badge_salt}): 100,000
 * iterations per scan. Such a hash has no prefix; {@link SqlCashiers} replaces it at the badge's next scan.
 */
final class BadgeHash {
    /** What every keyed badge hash starts with; a stored value without it is an old PBKDF2 hash. */
    static final String PREFIX = "hmac$";
    private final KeyedHmac hmac;

    BadgeHash(byte[] terminalKey) {
        this.hmac = new KeyedHmac(terminalKey, "tillpoint badge key 1");
    }

    /** The stored form of {@code code}, already stripped and checked. */
    String of(String code) {
        return PREFIX + Base64.getEncoder().encodeToString(hmac.of(code.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether {@code stored} is a keyed hash, not an old PBKDF2 one. */
    static boolean isKeyed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }
}
