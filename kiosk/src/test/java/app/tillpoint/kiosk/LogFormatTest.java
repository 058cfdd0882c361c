package app.tillpoint.kiosk;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

class LogFormatTest {
    private final LogFormat format = new LogFormat(ZoneId.of("Asia/Kolkata"));

    private static LogRecord record(Level level, String message, Object... parameters) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("app.tillpoint.kiosk.Kiosk");
        record.setInstant(Instant.parse("2026-11-26T13:26:04Z"));
        record.setParameters(parameters.length == 0 ? null : parameters);
        return record;
    }

    @Test
    void oneLineWithTheLocalTimeThePaddedLevelAndTheLogger() {
        assertThat(format.format(record(Level.INFO, "Started services in 412 ms")))
                .isEqualTo("2026-11-26 18:56:04 INFO    app.tillpoint.kiosk.Kiosk: Started services in 412 ms"
                        + System.lineSeparator());
        assertThat(format.format(record(Level.WARNING, "Closing failed")))
                .startsWith("2026-11-26 18:56:04 WARNING app.tillpoint.kiosk.Kiosk: Closing failed");
    }

    @Test
    void fillsJavaUtilLoggingParameters() {
        assertThat(format.format(record(Level.INFO, "Plugin {0} disabled", "loyalty")))
                .contains("Kiosk: Plugin loyalty disabled");
    }

    @Test
    void aThrowableFollowsWithItsStackTrace() {
        LogRecord record = record(Level.SEVERE, "The session listener failed");
        record.setThrown(new IllegalStateException("disk full"));
        String text = format.format(record);
        assertThat(text).startsWith("2026-11-26 18:56:04 SEVERE  app.tillpoint.kiosk.Kiosk: The session listener failed"
                + System.lineSeparator() + "java.lang.IllegalStateException: disk full");
        assertThat(text).contains("at app.tillpoint.kiosk.LogFormatTest");
    }
}
