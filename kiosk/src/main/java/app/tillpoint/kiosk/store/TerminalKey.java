package app.tillpoint.kiosk.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The terminal's secret key, {@code tillpoint.key} beside its database: 32 random bytes, made with the database,
 * readable by the owner and the kiosk's group only (mode 0640 where the file system has modes). It keys the audit's
 * hash chain, so that the database alone, copied or edited, cannot be given a chain that verifies, and the badge key
 * is derived from it ({@link BadgeHash}), so that badge codes cannot be tested against a copied database. Kept outside
 * the database on purpose: whoever has only the database file does not have it.
 */
final class TerminalKey {
    static final String FILE_NAME = "tillpoint.key";
    private static final int BYTES = 32;

    private TerminalKey() {
    }

    /** The key beside {@code databaseFile}, made first if there is none. */
    static byte[] beside(Path databaseFile) {
        Path file = databaseFile.resolveSibling(FILE_NAME);
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            byte[] key = HexFormat.of().parseHex(Files.readString(file).strip());
            if (key.length != BYTES) {
                throw new StoreException("The terminal key " + file + " is damaged (" + key.length + " bytes, not "
                        + BYTES + "). Restore it from a copy; without it the audit cannot be verified.");
            }
            return key;
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("Cannot read the terminal key " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a new key to a temporary file and moves it into place, so that a crash leaves no half key. */
    private static void create(Path file) throws IOException {
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        Path temporary = file.resolveSibling(FILE_NAME + ".new");
        Files.deleteIfExists(temporary);
        Files.writeString(temporary, HexFormat.of().formatHex(key) + "\n");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r-----"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the data folder's own permissions protect it.
        }
        try {
            // A hard link appears whole or not at all, and never replaces a key another process made first.
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException e) {
            // Another process made it first: use theirs.
        } catch (UnsupportedOperationException | IOException e) {
            if (Files.notExists(file)) {
                Files.move(temporary, file);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
