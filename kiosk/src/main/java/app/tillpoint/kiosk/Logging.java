package app.tillpoint.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * SLF4J goes to java.util.logging (no extra framework to load at start-up); this sends it to the console and to
 * {@code <dataDir>/logs/tillpoint.log}, so pf4j's own load errors are visible too.
 */
public final class Logging {
    private Logging() {
    }

    public static void configure(Path dataDir) throws IOException {
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT %4$-7s %3$s: %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        Handler console = new ConsoleHandler();
        console.setLevel(Level.INFO);
        console.setFormatter(new SimpleFormatter());
        root.addHandler(console);
        Path logs = Files.createDirectories(dataDir.resolve("logs"));
        FileHandler file = new FileHandler(logs.resolve("tillpoint.%g.log").toString(), 5_000_000, 3, true);
        file.setFormatter(new SimpleFormatter());
        file.setEncoding("UTF-8");
        root.addHandler(file);
    }
}
