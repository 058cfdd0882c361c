package app.tillpoint.kiosk;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * SLF4J goes to java.util.logging (no extra framework to load at start-up); this sends it to the console and to
 * {@code <dataDir>/logs/tillpoint.0.log}, so pf4j's own load errors are visible too. The file outlives its folder
 * ({@link LogFile}): logging never throws into the till.
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
        root.addHandler(new LogFile(dataDir.resolve("logs"), format, System.err));
    }
}
