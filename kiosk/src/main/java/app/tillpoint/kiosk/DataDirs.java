package app.tillpoint.kiosk;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where a terminal keeps its data by default: the operating system's per-user data folder. */
public final class DataDirs {
    private DataDirs() {
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
        return defaultFor(System.getProperty("os.name"), System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
