package com.example.sessionexport;

import app.tillpoint.api.KioskContext;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The plugin's own settings, {@code settings.properties} in its data folder ({@link KioskContext#pluginData()},
 * {@code <data dir>/plugin-data/session-export/}, which upgrading the plugin never touches): {@code output.dir}, the
 * folder the sessions are written to, absolute or relative to the data folder; default {@code out}. Read on the
 * listener's background thread at each export, so a change needs no restart.
 *
 * @param outputFolder where the JSON files go
 */
public record ExportSettings(Path outputFolder) {

    /** The settings file's name, in the plugin's data folder. */
    public static final String FILE = "settings.properties";

    /**
     * Reads the settings in {@code dataFolder}; no file means the defaults.
     *
     * @throws IOException if the file exists but cannot be read
     */
    public static ExportSettings read(Path dataFolder) throws IOException {
        Properties properties = new Properties();
        Path file = dataFolder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        }
        String output = properties.getProperty("output.dir", "out").trim();
        return new ExportSettings(dataFolder.resolve(output.isEmpty() ? "out" : output));
    }

    /**
     * Copies the settings file that version 1.0 kept in the plugin's own folder, {@code <data dir>/plugins/
     * session-export/}, into {@code dataFolder}, unless that holds one already. Upgrading by a newer zip deletes the
     * plugin's folder before this runs, so it finds only a file in a plugin installed as a folder, or one put back.
     *
     * @return whether a file was copied
     */
    public static boolean migrate(Optional<Path> pluginFolder, Path dataFolder) throws IOException {
        Path old = pluginFolder.map(folder -> folder.resolve(FILE)).orElse(null);
        if (old == null || !Files.isRegularFile(old) || Files.exists(dataFolder.resolve(FILE))) {
            return false;
        }
        Files.copy(old, dataFolder.resolve(FILE));
        return true;
    }

    /**
     * The folder the plugin was installed in, the one holding its plugin.properties, found from where
     * {@code pluginClass} was loaded ({@code <folder>/classes/} or {@code <folder>/lib/session-export.jar}); empty for
     * a plugin installed as a jar.
     */
    static Optional<Path> pluginFolder(Class<?> pluginClass) {
        try {
            Path location = Path.of(pluginClass.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path folder = location; folder != null; folder = folder.getParent()) {
                if (Files.isRegularFile(folder.resolve("plugin.properties"))) {
                    return Optional.of(folder);
                }
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The plugin's location cannot be read", e);
        }
    }
}
