package app.tillpoint.kiosk.trust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The retailer's plugins that an administrator trusted: {@value #FILE_NAME} in the retailer's plugins folder, one
 * {@code <sha256>  <name>} a line, as {@code sha256sum} writes them, {@code #} for comments. The digest is what counts
 * ({@link PluginDigest}); the name says what it was. The file is only as safe as its folder: on a terminal with the
 * package, only the group tillpoint-admin may write there. Immutable; blocking file work on any thread.
 */
public final class TrustList {
    public static final String FILE_NAME = "trusted.sha256";
    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.*)");
    private static final String HEADER = """
            # The retailer's plugins this terminal may load: the SHA-256 of each .jar or .zip (as sha256sum prints it), or
            # of a plugin folder's code. Written by "tillpoint plugins trust FILE"; see the README's "Trust model".
            """;

    private final Map<String, String> names;

    private TrustList(Map<String, String> names) {
        this.names = names;
    }

    /** The list in {@code pluginsFolder}; empty if there is none. Lines that are not digests trust nothing. */
    public static TrustList read(Path pluginsFolder) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(pluginsFolder.resolve(FILE_NAME), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new TrustList(names);
        }
        for (String line : lines) {
            Matcher matcher = LINE.matcher(line.strip());
            if (matcher.matches()) {
                names.putIfAbsent(matcher.group(1).toLowerCase(Locale.ROOT), matcher.group(2).strip());
            }
        }
        return new TrustList(names);
    }

    /** Whether {@code sha256} (lower-case hex) is trusted. */
    public boolean trusts(String sha256) {
        return names.containsKey(sha256);
    }

    /** The trusted digests with the names they were trusted under, in the order they were added. */
    public Map<String, String> entries() {
        return Collections.unmodifiableMap(names);
    }

    /** This list and {@code sha256}, trusted under {@code name}. */
    public TrustList with(String sha256, String name) {
        Map<String, String> more = new LinkedHashMap<>(names);
        more.putIfAbsent(sha256, name.replaceAll("\\R", " "));
        return new TrustList(more);
    }

    /**
     * Writes the list into {@code pluginsFolder}, whole or not at all (a new file renamed over the old), readable by
     * everyone who runs the kiosk and writable by the folder's group.
     */
    public void write(Path pluginsFolder) throws IOException {
        List<String> lines = new ArrayList<>(HEADER.lines().toList());
        names.forEach((sha256, name) -> lines.add(sha256 + "  " + name));
        Path temp = Files.createTempFile(pluginsFolder, "." + FILE_NAME + ".", ".tmp");
        try {
            Files.write(temp, lines, StandardCharsets.UTF_8);
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, PluginZip.FILE_MODE);
            }
            Files.move(temp, pluginsFolder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
