package com.example.sessionexport;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The plugin's own settings, {@code settings.properties} in its folder ({@code <data dir>/plugins/session-export/}):
 * {@code output.dir}, the folder the sessions are written to, absolute or relative to the plugin's folder; default
 * {@code out}. Read on the listener's background thread at each export, so a change needs no restart.
 *
 * @param outputFolder where the JSON files go
 */
public record ExportSettings(Path outputFolder) {

    /** The settings file's name, in the plugin's folder. */
    public static final String FILE = "settings.properties";

    /**
     * Reads the settings of the plugin in {@code pluginFolder}; no file means the defaults.
     *
     * @throws IOException if the file exists but cannot be read
     */
    public static ExportSettings read(Path pluginFolder) throws IOException {
        Properties properties = new Properties();
        Path file = pluginFolder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
        }
        String output = properties.getProperty("output.dir", "out").trim();
        return new ExportSettings(pluginFolder.resolve(output.isEmpty() ? "out" : output));
    }

    /**
     * The folder the plugin was installed in, the one holding its plugin.properties, found from where
     * {@code pluginClass} was loaded: {@code <folder>/classes/} or {@code <folder>/lib/session-export.jar}.
     */
    static Path pluginFolder(Class<?> pluginClass) {
        try {
            Path location = Path.of(pluginClass.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path folder = location; folder != null; folder = folder.getParent()) {
                if (Files.isRegularFile(folder.resolve("plugin.properties"))) {
                    return folder;
                }
            }
            throw new IllegalStateException("No plugin.properties above " + location);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The plugin's location cannot be read", e);
        }
    }
}
