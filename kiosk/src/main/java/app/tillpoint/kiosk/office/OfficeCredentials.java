package app.tillpoint.kiosk.office;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A terminal's login to the office database, issued by {@code tillpoint office register} and kept in a file of its
 * own, readable by the owner and the kiosk's group only (mode 0640), never in {@code terminal.json}. The kiosk refuses
 * a file that others may read.
 *
 * @param store    the store the terminal belongs to
 * @param terminal the terminal's id, the same as in its {@code terminal.json}
 * @param user     its PostgreSQL login role
 * @param password that role's password
 * @param badgeKey the store's badge key, 64 hexadecimal digits ({@link StoreBadgeKeys}): badges the office manages
 *                 are hashed under it; absent in a file written before the office managed cashiers
 */
public record OfficeCredentials(String store, String terminal, String user, String password,
                                Optional<String> badgeKey) {

    /** A store id: letters, digits, '-' and '_', up to 24, so that a role name "tp:STORE/TERMINAL" fits in 63. */
    public static final Pattern STORE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,23}");
    /** A terminal id, as {@code terminal.json} allows it. */
    public static final Pattern TERMINAL_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

    public OfficeCredentials {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(badgeKey, "badgeKey");
        if (badgeKey.isPresent() && !KEY.matcher(badgeKey.get()).matches()) {
            throw new IllegalArgumentException("A store's badge key is 64 hexadecimal digits");
        }
        if (store == null || !STORE_ID.matcher(store).matches()) {
            throw new IllegalArgumentException("A store id is 1 to 24 letters, digits, '-' or '_', not " + store);
        }
        if (terminal == null || !TERMINAL_ID.matcher(terminal).matches()) {
            throw new IllegalArgumentException("A terminal id is 1 to 32 letters, digits, '-' or '_', not "
                    + terminal);
        }
        if (user == null || user.isBlank() || password.isBlank()) {
            throw new IllegalArgumentException("Office credentials need a user and a password");
        }
    }

    /** Credentials without the store's badge key. */
    public OfficeCredentials(String store, String terminal, String user, String password) {
        this(store, terminal, user, password, Optional.empty());
    }

    /** The store's badge key's bytes, if the file has it. */
    public Optional<byte[]> badgeKeyBytes() {
        return badgeKey.map(HexFormat.of()::parseHex);
    }

    /** The login role of a terminal: quoted wherever it is named, since it holds ':' and '/'. */
    public static String roleName(String store, String terminal) {
        return "tp:" + store + "/" + terminal;
    }

    /** Reads {@code file}; refuses one that users other than the owner and its group may read. */
    public static OfficeCredentials read(Path file) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new IOException("The office credentials " + file + " may be read by every user ("
                        + PosixFilePermissions.toString(permissions) + "): chmod 640 it, owned by the kiosk's group");
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the folder's access list protects it.
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        try {
            return new OfficeCredentials(properties.getProperty("store"), properties.getProperty("terminal"),
                    properties.getProperty("user"), properties.getProperty("password", ""),
                    Optional.ofNullable(properties.getProperty("badge_key")));
        } catch (IllegalArgumentException e) {
            throw new IOException("The office credentials " + file + " are damaged: " + e.getMessage(), e);
        }
    }

    /** Writes a new file, mode 0640; never replaces one. */
    public void write(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("store", store);
        properties.setProperty("terminal", terminal);
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        badgeKey.ifPresent(key -> properties.setProperty("badge_key", key));
        StringWriter text = new StringWriter();
        properties.store(text, "Tillpoint office login of terminal " + terminal + " in store " + store
                + ": readable by the kiosk's group only");
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "it is kept: remove it first");
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r-----")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        try {
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException | UncheckedIOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @Override
    public String toString() {
        return "OfficeCredentials[" + user + "]";
    }
}
