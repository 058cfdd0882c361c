package app.tillpoint.devices.javapos;

import jpos.JposConst;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The vendor folders: where a store puts its JavaPOS vendor's service jars and, if the vendor ships one, its
 * {@code jpos.xml}. The kiosk names them at start ({@code <data dir>/jpos/} and {@code <install>/lib/vendor/}); the
 * JavaPOS loader creates every service through {@link #classLoader()}, a class loader over their jars whose parent
 * is the one that loaded JavaPOS, so the same works under the installed launcher and under {@code java -jar}, whose
 * class path is fixed by the jar's manifest.
 *
 * <p>Process-wide, as JavaPOS's own loader is: JavaPOS creates its service manager by class name, so there is no way
 * to hand these folders to it but here. Thread-safe; reading a folder is quick and never throws.
 */
public final class VendorJars {
    private static final Logger LOG = LoggerFactory.getLogger(VendorJars.class);
    private static final ClassLoader JAVAPOS_LOADER = JposConst.class.getClassLoader();
    private static List<Path> folders = List.of();
    private static List<Stamp> loaded = List.of();
    private static ClassLoader loader = JAVAPOS_LOADER;

    private VendorJars() {
    }

    /** Searches {@code folders}, in this order, from now on; a folder that does not exist is simply empty. */
    public static synchronized void use(List<Path> folders) {
        VendorJars.folders = folders.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        LOG.info("JavaPOS vendor folders: {}", VendorJars.folders);
    }

    /** The vendor folders, in the order they are searched. */
    public static synchronized List<Path> folders() {
        return folders;
    }

    /** The jars in the vendor folders now, in the order their classes are searched. */
    public static synchronized List<Path> jars() {
        return stamps().stream().map(Stamp::jar).toList();
    }

    /** The first {@code jpos.xml} in the vendor folders, if a vendor put one there. */
    public static synchronized Optional<Path> jposXml() {
        return folders.stream().map(f -> f.resolve("jpos.xml")).filter(Files::isRegularFile).findFirst();
    }

    /**
     * The class loader over the vendor jars. Made anew when the jars changed since it was last made: a jar that was
     * missing, installed while the kiosk keeps retrying, is found at the next attempt (a class loader remembers a
     * class it could not find). Services made through an earlier loader keep it.
     */
    static synchronized ClassLoader classLoader() {
        List<Stamp> now = stamps();
        if (!now.equals(loaded)) {
            loaded = now;
            loader = now.isEmpty() ? JAVAPOS_LOADER
                : new URLClassLoader("tillpoint-javapos-vendor", urls(now), JAVAPOS_LOADER);
            LOG.info("JavaPOS vendor jars: {}", now.isEmpty() ? "none" : now.stream().map(Stamp::jar).toList());
        }
        return loader;
    }

    /** A jar as it is now: a jar replaced by another version has another size or time. */
    private record Stamp(Path jar, long size, long modified) {
    }

    private static List<Stamp> stamps() {
        List<Stamp> stamps = new ArrayList<>();
        for (Path folder : folders) {
            List<Path> jars = new ArrayList<>();
            try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, "*.jar")) {
                found.forEach(jars::add);
            } catch (IOException e) {
                // An absent folder is the usual case: the store has put nothing there.
                continue;
            }
            jars.sort(null);
            for (Path jar : jars) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
                    stamps.add(new Stamp(jar, attributes.size(), attributes.lastModifiedTime().toMillis()));
                } catch (IOException e) {
                    LOG.warn("JavaPOS vendor jar {} cannot be read", jar, e);
                }
            }
        }
        return stamps;
    }

    private static URL[] urls(List<Stamp> stamps) {
        List<URL> urls = new ArrayList<>();
        for (Stamp stamp : stamps) {
            try {
                urls.add(stamp.jar().toUri().toURL());
            } catch (MalformedURLException e) {
                LOG.warn("JavaPOS vendor jar {} has no URL", stamp.jar(), e);
            }
        }
        return urls.toArray(URL[]::new);
    }
}
