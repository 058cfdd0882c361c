package app.tillpoint.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * SLF4J goes to java.util.logging (no extra framework to load at start-up); this sends it to the console and to
 * {@code <dataDir>/logs/tillpoint.log}, so pf4j's own load errors are visible too.
 */
public final class Logging {
    /** Held here: java.util.logging keeps only weak references to its loggers, and their levels with them. */
    private static final Logger PF4J = Logger.getLogger("org.pf4j");

    private Logging() {
    }

    public static void configure(Path dataDir) throws IOException {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        // pf4j tells every plugin it resolves and starts; the kiosk logs one line with them all. Its warnings and
        // errors (a plugin that fails to load) still come through.
        PF4J.setLevel(Level.WARNING);
        LogFormat format = new LogFormat(ZoneId.systemDefault());
        Handler console = new ConsoleHandler();
        console.setLevel(Level.INFO);
        console.setFormatter(format);
        root.addHandler(console);
        Path logs = Files.createDirectories(dataDir.resolve("logs"));
        FileHandler file = new FileHandler(logs.resolve("tillpoint.%g.log").toString(), 5_000_000, 3, true);
        file.setFormatter(format);
        file.setEncoding("UTF-8");
        root.addHandler(file);
    }
}
