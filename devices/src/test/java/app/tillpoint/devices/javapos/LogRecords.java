package app.tillpoint.devices.javapos;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** What a class logs while a test runs (SLF4J goes to java.util.logging in the tests). Close it to stop listening. */
final class LogRecords extends Handler implements AutoCloseable {
    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogRecords(Logger logger) {
        this.logger = logger;
    }

    static LogRecords of(Class<?> type) {
        LogRecords log = new LogRecords(Logger.getLogger(type.getName()));
        log.logger.addHandler(log);
        return log;
    }

    List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** The messages with their arguments put in, as a person reads them in the log. */
    List<String> messages() {
        return records.stream().map(r -> new SimpleFormatter().formatMessage(r)).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
