package app.tillpoint.kiosk.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * SHA-256 digests of plugins as the kiosk loads them, in lower-case hex. A {@code .jar} or {@code .zip} is digested as
 * a file, so the digest is what {@code sha256sum} prints and what a vendor publishes. A plugin folder is digested by
 * its code, what pf4j loads from it: {@code plugin.properties}, and the files under {@code classes/} and {@code lib/};
 * the SHA-256 of the lines {@code "<sha256 of the file>  <path in the folder>\n"}, sorted by path. The plugin's own
 * settings and data beside them may change without changing the digest. The code of a zip gives the same digest as
 * the folder it unpacks into. Blocking file work; any thread.
 */
public final class PluginDigest {
    private static final HexFormat HEX = HexFormat.of();

    private PluginDigest() {
    }

    /** The digest of a {@code .jar} or {@code .zip} file, or of a plugin folder. */
    public static String of(Path plugin) throws IOException {
        return Files.isDirectory(plugin, LinkOption.NOFOLLOW_LINKS) ? ofFolder(plugin) : ofFile(plugin);
    }

    /** A file's SHA-256. */
    public static String ofFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return digest(in);
        }
    }

    /**
     * The digest of a plugin folder's code.
     *
     * @throws IOException if its code holds a symbolic link or anything but files and folders: the class loader would
     *                     follow a link out of the folder, to code the digest does not cover
     */
    public static String ofFolder(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String name = folder.relativize(path).toString().replace(folder.getFileSystem().getSeparator(), "/");
                if (!isCode(name)) {
                    continue;
                }
                if (Files.isSymbolicLink(path)) {
                    throw new IOException("it holds a symbolic link, " + name);
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    files.put(name, ofFile(path));
                } else if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("it holds " + name + ", which is neither a file nor a folder");
                }
            }
        }
        return ofListing(files);
    }

    /**
     * The digest of the files a plugin zip holds: the same as {@link #ofFolder} of the folder {@link PluginZip} unpacks
     * it into.
     *
     * @throws IOException if an entry's name would leave the folder, or names a file twice
     */
    public static String ofZipContents(Path zip) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                String name = PluginZip.checkedName(entry);
                if (!entry.isDirectory() && isCode(name)) {
                    try (InputStream in = file.getInputStream(entry)) {
                        if (files.put(name, digest(in)) != null) {
                            throw new IOException("it holds " + name + " twice");
                        }
                    }
                }
            }
        }
        return ofListing(files);
    }

    /** Whether pf4j loads the file at {@code name} (a path in the plugin's folder): its descriptor and class path. */
    static boolean isCode(String name) {
        String top = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
        return name.equals("plugin.properties") || top.equals("classes") || top.equals("lib");
    }

    private static String ofListing(Map<String, String> files) {
        MessageDigest sha = sha256();
        files.forEach((name, digest) -> sha.update((digest + "  " + name + "\n").getBytes(StandardCharsets.UTF_8)));
        return HEX.formatHex(sha.digest());
    }

    private static String digest(InputStream in) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            sha.update(buffer, 0, n);
        }
        return HEX.formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
