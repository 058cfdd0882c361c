package app.tillpoint.kiosk;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.logging.ErrorManager;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * The log file {@code <folder>/tillpoint.0.log} (rotated to {@code .1} and {@code .2} at 5 MB) that outlives its
 * folder. Writing never throws into the caller. If the file or its folder is removed (a careless clean-up, the data
 * folder's disk unplugged), or a write fails, the file is put aside and the console alone has the records, which it
 * had anyway; the console says so once. Every {@link #RETRY_AFTER} the file is tried again: the folder is made again
 * if the data folder above it is there (never the data folder itself, which belongs to the disk), and the file says
 * how many records it missed.
 */
final class LogFile extends Handler {
    static final String NAME = "tillpoint.0.log";
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    private static final int LIMIT_BYTES = 5_000_000;
    private static final int FILES = 3;

    private final Path folder;
    private final Path current;
    private final PrintStream console;
    private final LongSupplier nanoTime;
    private final long retryNanos;
    private FileHandler file;
    private volatile boolean writeFailed;
    private boolean saidGone;
    private long nextTry;
    private long missed;

    /** The log in {@code folder}, made now (the kiosk does not start without it); notices go to {@code console}. */
    LogFile(Path folder, Formatter format, PrintStream console) throws IOException {
        this(folder, format, console, System::nanoTime, RETRY_AFTER);
    }

    LogFile(Path folder, Formatter format, PrintStream console, LongSupplier nanoTime, Duration retryAfter)
            throws IOException {
        this.folder = folder;
        this.current = folder.resolve(NAME);
        this.console = console;
        this.nanoTime = nanoTime;
        this.retryNanos = retryAfter.toNanos();
        setFormatter(format);
        Files.createDirectories(folder);
        file = open();
    }

    /** Where the records go now: the file, or empty while it cannot be written (the console only). */
    synchronized Optional<Path> writingTo() {
        return file == null ? Optional.empty() : Optional.of(current);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record)) {
            return;
        }
        try {
            if (file != null && (writeFailed || !Files.isRegularFile(current))) {
                putAside();
            }
            if (file == null && nanoTime.getAsLong() - nextTry >= 0) {
                reopen();
            }
            if (file == null) {
                missed++;
                return;
            }
            file.publish(record);
            if (writeFailed) {
                missed++;
            }
        } catch (RuntimeException e) {
            // The log is never a reason for a sale to fail.
            missed++;
        }
    }

    private FileHandler open() throws IOException {
        FileHandler handler = new FileHandler(folder.resolve("tillpoint.%g.log").toString(), LIMIT_BYTES, FILES, true);
        handler.setFormatter(getFormatter());
        handler.setEncoding("UTF-8");
        handler.setErrorManager(new ErrorManager() {
            @Override
            public synchronized void error(String msg, Exception ex, int code) {
                writeFailed = true;
            }
        });
        writeFailed = false;
        return handler;
    }

    private void putAside() {
        say("The log file " + current + (writeFailed ? " could not be written" : " was removed")
                + ": opening it again");
        FileHandler gone = file;
        file = null;
        nextTry = nanoTime.getAsLong();
        gone.close();
    }

    private void reopen() {
        nextTry = nanoTime.getAsLong() + retryNanos;
        try {
            // The folder, yes; the data folder above it, never: if it is gone, its disk is.
            if (Files.isDirectory(folder.getParent())) {
                Files.createDirectories(folder);
            }
            file = open();
        } catch (IOException | RuntimeException e) {
            if (!saidGone) {
                say("The log folder " + folder + " cannot be written (" + e + "): the log goes to the console only, "
                        + "and the file is tried again every " + RETRY_AFTER.toSeconds() + " s");
                saidGone = true;
            }
            return;
        }
        saidGone = false;
        LogRecord again = notice("Logging to " + current + " again; " + missed + " records in between went to the "
                + "console only");
        file.publish(again);
        console.print(getFormatter().format(again));
        missed = 0;
    }

    private void say(String text) {
        console.print(getFormatter().format(notice(text)));
        console.flush();
    }

    private static LogRecord notice(String text) {
        LogRecord record = new LogRecord(Level.WARNING, text);
        record.setLoggerName(LogFile.class.getName());
        return record;
    }

    @Override
    public synchronized void flush() {
        if (file != null) {
            file.flush();
        }
    }

    @Override
    public synchronized void close() {
        if (file != null) {
            file.close();
            file = null;
        }
    }
}
