package app.tillpoint.kiosk.store;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * What tells this installation from another with the same terminal id: an HMAC-SHA-256 of a fixed label under the
 * terminal's own key ({@code tillpoint.key}, made with the database). The back office binds a terminal to the first
 * fingerprint that connects; a second machine, having another key, cannot send it, even with a copy of the terminal's
 * office credentials.
 */
public final class MachineFingerprint {
    private static final String LABEL = "tillpoint office machine v1";

    private MachineFingerprint() {
    }

    /** 64 hexadecimal digits, the same for every start on the database at {@code databaseFile}. */
    public static String of(Path databaseFile) {
        byte[] key = TerminalKey.beside(databaseFile);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(LABEL.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
