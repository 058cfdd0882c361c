package app.tillpoint.kiosk.host;

import app.tillpoint.kiosk.trust.TrustedPlugins;
import org.pf4j.CompoundPluginRepository;
import org.pf4j.DefaultPluginRepository;
import org.pf4j.JarPluginRepository;
import org.pf4j.PluginRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Where pf4j finds plugins: the bundled folders as pf4j lists them, and the retailer's folder (the last) through
 * {@link TrustedPlugins}, which leaves out, and reports, every plugin that no administrator trusted. The bundled
 * plugins are trusted as a whole: they are part of the installation, which only root may change, and whoever can
 * change them can change the kiosk itself. Called by pf4j on the thread that loads the plugins.
 */
final class TrustingPluginRepository implements PluginRepository {
    private final PluginRepository bundled;
    private final Path retailer;
    private final BiConsumer<String, String> refused;

    /**
     * @param roots   the plugin folders, bundled first, the retailer's last
     * @param refused told the name of each plugin left out and why
     */
    TrustingPluginRepository(List<Path> roots, BiConsumer<String, String> refused) {
        List<Path> bundledRoots = roots.subList(0, roots.size() - 1).stream().filter(Files::isDirectory).toList();
        this.bundled = new CompoundPluginRepository().add(new JarPluginRepository(bundledRoots))
                .add(new DefaultPluginRepository(bundledRoots));
        this.retailer = roots.get(roots.size() - 1);
        this.refused = refused;
    }

    @Override
    public List<Path> getPluginPaths() {
        List<Path> paths = new ArrayList<>(bundled.getPluginPaths());
        paths.addAll(TrustedPlugins.loadable(retailer, refused));
        return paths;
    }

    /** The kiosk never deletes a plugin; an administrator does. */
    @Override
    public boolean deletePluginPath(Path pluginPath) {
        return false;
    }
}
