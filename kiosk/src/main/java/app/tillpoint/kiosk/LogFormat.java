package app.tillpoint.kiosk;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * One log line: {@code 2026-11-26 18:56:04 INFO    app.tillpoint.kiosk.Kiosk: Started services …}, then the stack
 * trace if there is one. Written for the start-up: no {@code String.format} and no stack walk to find the caller (the
 * logger's name is the class), which {@link java.util.logging.SimpleFormatter} pays on every line.
 */
final class LogFormat extends Formatter {
    private static final String LEVEL_PADDING = "       ";
    private final DateTimeFormatter time;

    LogFormat(ZoneId zone) {
        this.time = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(zone);
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder line = new StringBuilder(160);
        time.formatTo(record.getInstant(), line);
        String level = record.getLevel().getName();
        line.append(' ').append(level);
        if (level.length() < LEVEL_PADDING.length()) {
            line.append(LEVEL_PADDING, level.length(), LEVEL_PADDING.length());
        }
        line.append(' ').append(record.getLoggerName()).append(": ").append(formatMessage(record));
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            try (PrintWriter out = new PrintWriter(trace)) {
                out.println();
                record.getThrown().printStackTrace(out);
            }
            line.append(trace);
        } else {
            line.append(System.lineSeparator());
        }
        return line.toString();
    }
}
