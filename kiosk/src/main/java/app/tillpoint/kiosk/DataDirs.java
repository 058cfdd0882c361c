package app.tillpoint.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a terminal keeps its data by default: the terminal's own folder when the installed package made one (the
 * system property {@value #PROPERTY}, {@code /var/lib/tillpoint} on Linux), else the operating system's per-user data
 * folder.
 */
public final class DataDirs {
    /** The system property naming the terminal's data folder; the installed launcher sets it. */
    public static final String PROPERTY = "tillpoint.dataDir";

    private DataDirs() {
    }

    /**
     * The folder named by {@code configured} if it is there; else the per-user folder. A launcher copied away from
     * its package (the app image of a build) finds no terminal folder and falls back to the user's.
     */
    public static Path resolve(String configured, String osName, Map<String, String> env, Path home) {
        if (configured != null && !configured.isBlank() && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        return defaultFor(osName, env, home);
    }

    public static Path defaultFor(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData/Local")).resolve("Tillpoint");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Tillpoint");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("tillpoint");
    }

    public static Path current() {
        return resolve(System.getProperty(PROPERTY), System.getProperty("os.name"), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }
}
