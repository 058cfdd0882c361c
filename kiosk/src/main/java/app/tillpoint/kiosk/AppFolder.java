package app.tillpoint.kiosk;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * The folder of the kiosk jar: {@code /opt/tillpoint/lib/app} installed, {@code kiosk/target/app} built. The bundled
 * plugins are in it; the installation's JavaPOS vendor folder ({@code lib/vendor}) is beside it.
 */
final class AppFolder {
    private AppFolder() {
    }

    /** The folder of the kiosk jar; the working folder when that cannot be told. */
    static Path path() {
        try {
            Path jar = Path.of(AppFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.toAbsolutePath().getParent();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Path.of("").toAbsolutePath();
        }
    }

    /** The bundled plugins: {@code plugins} in the app folder. */
    static Path bundledPlugins() {
        return path().resolve("plugins");
    }

    /**
     * Where a store installs a JavaPOS vendor's service jars (and its {@code jpos.xml}), searched in this order: the
     * data folder's {@code jpos}, kept across upgrades and for this terminal alone, then the installation's
     * {@code lib/vendor}, beside the app folder, for every data folder.
     */
    static List<Path> javaPosVendorFolders(Path dataDir) {
        return List.of(dataDir.resolve("jpos"), path().resolveSibling("vendor"));
    }
}
