package app.tillpoint.kiosk.trust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What an administrator's {@code tillpoint plugins trust FILE} does, and what the test kit does when it installs a
 * plugin: puts the plugin into the retailer's plugins folder (copied there if it is elsewhere; a zip also unpacked) and
 * lists its digest in the folder's {@link TrustList}. The kiosk loads it at its next start. Blocking file work.
 */
public final class PluginTrust {

    private PluginTrust() {
    }

    /**
     * A plugin now trusted.
     *
     * @param installed where it is in the plugins folder
     * @param sha256    the digest listed ({@link PluginDigest})
     * @param copied    whether it was copied there from elsewhere
     */
    public record Trusted(Path installed, String sha256, boolean copied) {
    }

    /**
     * Trusts {@code plugin}, a {@code .jar}, a pf4j {@code .zip} or a plugin folder, for {@code pluginsFolder}.
     *
     * @throws IllegalArgumentException if {@code plugin} is none of those
     * @throws IOException              if it cannot be read or copied, a zip would write outside its folder, a folder
     *                                  holds a link, or the folder or its list cannot be written
     */
    public static Trusted trust(Path pluginsFolder, Path plugin) throws IOException {
        String name = plugin.toAbsolutePath().normalize().getFileName().toString();
        boolean folder = Files.isDirectory(plugin, LinkOption.NOFOLLOW_LINKS);
        String lower = name.toLowerCase(Locale.ROOT);
        if (!folder && !(Files.isRegularFile(plugin, LinkOption.NOFOLLOW_LINKS)
                && (lower.endsWith(".jar") || lower.endsWith(".zip")))) {
            throw new IllegalArgumentException(plugin + " is not a plugin: a .jar, a .zip or a plugin folder is");
        }
        if (name.startsWith(".")) {
            throw new IllegalArgumentException(plugin + " is hidden; the kiosk does not load hidden files");
        }
        if (lower.endsWith(".zip")) {
            PluginDigest.ofZipContents(plugin); // refuses a zip that would write outside its folder, before the copy
        }
        Path installed = pluginsFolder.resolve(name);
        boolean copied = !Files.exists(installed, LinkOption.NOFOLLOW_LINKS) || !Files.isSameFile(plugin, installed);
        if (copied) {
            copy(plugin, installed, folder);
        }
        String sha256 = PluginDigest.of(installed);
        if (lower.endsWith(".zip")) {
            PluginZip.unpack(installed);
        }
        TrustList.read(pluginsFolder).with(sha256, name).write(pluginsFolder);
        return new Trusted(installed, sha256, copied);
    }

    private static void copy(Path plugin, Path installed, boolean folder) throws IOException {
        if (!folder) {
            Files.copy(plugin, installed, StandardCopyOption.REPLACE_EXISTING);
            if (Files.getFileStore(installed).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(installed, PluginZip.FILE_MODE);
            }
            return;
        }
        PluginDigest.ofFolder(plugin); // refuses a folder with links before anything is copied
        PluginZip.deleteTree(installed);
        try (Stream<Path> paths = Files.walk(plugin)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = installed.resolve(plugin.relativize(path).toString());
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        PluginZip.readableByAll(installed);
    }
}
