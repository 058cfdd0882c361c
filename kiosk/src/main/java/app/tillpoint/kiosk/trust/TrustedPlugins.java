package app.tillpoint.kiosk.trust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * The retailer's plugins folder as the kiosk sees it: each plugin in it ({@code .jar}, {@code .zip}, or a plugin
 * folder) with its digest and whether the {@link TrustList} there names it. A folder that a trusted zip unpacked into
 * is trusted while its code is the zip's. Hidden files and anything else ({@code disabled.txt}, the list) are not
 * plugins. Blocking file work, off the event thread.
 */
public final class TrustedPlugins {
    private final Path folder;
    private final Map<Path, String> folderDigests = new HashMap<>();

    /**
     * A plugin in the folder.
     *
     * @param sha256  its digest ({@link PluginDigest}), or empty if it could not be read
     * @param trusted whether the kiosk may load it
     * @param problem why it may not, in words for the dashboard; empty when trusted
     */
    public record Plugin(Path path, String sha256, boolean trusted, String problem) {
        /** Its file or folder name, e.g. "loyalty.zip". */
        public String name() {
            return path.getFileName().toString();
        }
    }

    private TrustedPlugins(Path folder) {
        this.folder = folder;
    }

    /** Every plugin in {@code folder}, trusted or not, by name; nothing is changed. */
    public static List<Plugin> list(Path folder) {
        return new TrustedPlugins(folder).plugins();
    }

    /**
     * What the kiosk may load from {@code folder}: each trusted plugin folder and {@code .jar}. Trusted zips are
     * unpacked first where their folder is missing or holds other code; untrusted ones are never unpacked. Each
     * plugin that is not loaded is told to {@code refused} with its name and why, once.
     */
    public static List<Path> loadable(Path folder, BiConsumer<String, String> refused) {
        TrustedPlugins plugins = new TrustedPlugins(folder);
        plugins.unpackTrustedZips(refused);
        List<Path> loadable = new ArrayList<>();
        List<Plugin> all = plugins.plugins();
        for (Plugin plugin : all) {
            boolean zip = isZip(plugin.path());
            if (plugin.trusted() && !zip) {
                loadable.add(plugin.path());
            } else if (!plugin.trusted() && !(Files.isDirectory(plugin.path()) && zipBeside(plugin.path(), all))) {
                refused.accept(plugin.name(), plugin.problem());
            }
        }
        return loadable;
    }

    private List<Plugin> plugins() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        TrustList trust;
        try {
            trust = TrustList.read(folder);
        } catch (IOException e) {
            String problem = "the list of trusted plugins, " + folder.resolve(TrustList.FILE_NAME)
                    + ", cannot be read: " + e;
            return candidates().stream().map(path -> new Plugin(path, "", false, problem)).toList();
        }
        List<Plugin> plugins = new ArrayList<>();
        for (Path path : candidates()) {
            plugins.add(check(path, trust));
        }
        return plugins;
    }

    private Plugin check(Path path, TrustList trust) {
        String sha256;
        try {
            sha256 = digest(path);
            if (trust.trusts(sha256) || unpackedFromTrustedZip(path, sha256, trust)) {
                return new Plugin(path, sha256, true, "");
            }
        } catch (IOException e) {
            return new Plugin(path, "", false, "it cannot be checked: " + e.getMessage());
        }
        String what = Files.isDirectory(path) ? "the SHA-256 of its code (plugin.properties, classes/, lib/)"
                : "its SHA-256";
        return new Plugin(path, sha256, false, "it is not trusted: " + what + " is " + sha256
                + "; an administrator trusts it with: tillpoint plugins trust " + path.toAbsolutePath());
    }

    private boolean unpackedFromTrustedZip(Path path, String sha256, TrustList trust) throws IOException {
        Optional<Path> zip = zipOf(path);
        return zip.isPresent() && trust.trusts(PluginDigest.ofFile(zip.get()))
                && PluginDigest.ofZipContents(zip.get()).equals(sha256);
    }

    private void unpackTrustedZips(BiConsumer<String, String> refused) {
        TrustList trust;
        try {
            trust = TrustList.read(folder);
        } catch (IOException e) {
            return; // said for every plugin by plugins()
        }
        for (Path zip : candidates()) {
            if (!isZip(zip)) {
                continue;
            }
            Path unpacked = PluginZip.folderOf(zip);
            try {
                if (trust.trusts(PluginDigest.ofFile(zip)) && !(Files.isDirectory(unpacked, LinkOption.NOFOLLOW_LINKS)
                        && digest(unpacked).equals(PluginDigest.ofZipContents(zip)))) {
                    folderDigests.remove(unpacked);
                    PluginZip.unpack(zip);
                }
            } catch (IOException e) {
                refused.accept(zip.getFileName().toString(), "it is trusted, but cannot be unpacked into " + unpacked
                        + ": " + e.getMessage() + "; an administrator's \"tillpoint plugins trust " + zip.toAbsolutePath()
                        + "\" unpacks it");
            }
        }
    }

    private String digest(Path path) throws IOException {
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return PluginDigest.ofFile(path);
        }
        String known = folderDigests.get(path);
        if (known == null) {
            known = PluginDigest.ofFolder(path);
            folderDigests.put(path, known);
        }
        return known;
    }

    /** The folder's plugins by name: folders, {@code .jar} and {@code .zip} files, hidden ones left out. */
    private List<Path> candidates() {
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(path -> !path.getFileName().toString().startsWith("."))
                    .filter(path -> Files.isDirectory(path) || isZip(path) || isJar(path))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Optional<Path> zipOf(Path unpacked) {
        if (!Files.isDirectory(unpacked)) {
            return Optional.empty();
        }
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(TrustedPlugins::isZip).filter(zip -> PluginZip.folderOf(zip).equals(unpacked))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean zipBeside(Path unpacked, List<Plugin> plugins) {
        return plugins.stream().anyMatch(p -> isZip(p.path()) && PluginZip.folderOf(p.path()).equals(unpacked));
    }

    private static boolean isZip(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip") && !Files.isDirectory(path);
    }

    private static boolean isJar(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar") && !Files.isDirectory(path);
    }
}
