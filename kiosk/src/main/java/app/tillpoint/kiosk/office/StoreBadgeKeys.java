package app.tillpoint.kiosk.office;

import app.tillpoint.kiosk.store.CashierHashes;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The stores' badge keys on the manager's machine: one file a store ({@code <store>.badge-key}, 32 random bytes in hex,
 * mode 0600) in a folder of the manager's (mode 0700), beside the office's login file. Made with the store, by the
 * first {@code office register} or {@code office cashier add} that needs it; handed to each terminal of the store in
 * its credentials file. The office database keeps only HMACs under it, so a copy of that database tests no badge
 * guess; losing the file means giving the store's cashiers their badges again (the PINs are not keyed).
 */
public final class StoreBadgeKeys {
    private static final Set<PosixFilePermission> NOT_THE_OWNERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private final Path folder;

    /** @param folder where the keys are, made if missing */
    public StoreBadgeKeys(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /** The keys of the office whose login file is {@code officeLogin}: the folder {@code <file>.keys} beside it. */
    public static StoreBadgeKeys beside(Path officeLogin) {
        return new StoreBadgeKeys(officeLogin.resolveSibling(officeLogin.getFileName() + ".keys"));
    }

    /** The key of {@code store}, in hex, made first if there is none. */
    public String keyOf(String store) throws IOException {
        Optional<String> existing = existing(store);
        if (existing.isPresent()) {
            return existing.get();
        }
        create(store);
        return existing(store).orElseThrow(() -> new IOException("The badge key of store " + store + " vanished"));
    }

    /** The key of {@code store} in hex, if it was made; refused if others than the owner may read it. */
    public Optional<String> existing(String store) throws IOException {
        Path file = file(store);
        if (Files.notExists(file)) {
            return Optional.empty();
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(NOT_THE_OWNERS::contains)) {
                throw new IOException("The badge key " + file + " may be read by others ("
                        + PosixFilePermissions.toString(permissions) + "): chmod 600 it");
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the folder's access list protects it.
        }
        String key = Files.readString(file).strip();
        if (!key.matches("[0-9a-f]{" + 2 * CashierHashes.KEY_BYTES + "}")) {
            throw new IOException("The badge key " + file + " is damaged: restore it from a copy");
        }
        return Optional.of(key);
    }

    private Path file(String store) throws IOException {
        if (!OfficeCredentials.STORE_ID.matcher(store).matches()) {
            throw new IOException("A store id is 1 to 24 letters, digits, '-' or '_', not \"" + store + "\"");
        }
        return folder.resolve(store + ".badge-key");
    }

    private void create(String store) throws IOException {
        if (Files.notExists(folder)) {
            try {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException e) {
                Files.createDirectories(folder);
            }
        }
        byte[] key = new byte[CashierHashes.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temporary = Files.createTempFile(folder, store, ".new");
        try {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system.
            }
            Files.writeString(temporary, HexFormat.of().formatHex(key) + "\n");
            // A hard link appears whole or not at all, and never replaces a key made first by another command.
            Files.createLink(file(store), temporary);
        } catch (FileAlreadyExistsException e) {
            // Made meanwhile: that one is the store's.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
