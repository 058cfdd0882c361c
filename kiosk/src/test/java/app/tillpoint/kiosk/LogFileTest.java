package app.tillpoint.kiosk;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The log file under a folder that goes away, as when the data folder's disk is removed while the kiosk runs. */
class LogFileTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream consoleBytes = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(consoleBytes, true, StandardCharsets.UTF_8);
    private final AtomicLong nanos = new AtomicLong();
    private LogFile log;

    private LogFile open(Path folder) throws IOException {
        log = new LogFile(folder, new LogFormat(ZoneId.of("UTC")), console, nanos::get, Duration.ofSeconds(2));
        return log;
    }

    @AfterEach
    void close() {
        if (log != null) {
            log.close();
        }
    }

    private static LogRecord record(String message) {
        LogRecord record = new LogRecord(Level.INFO, message);
        record.setLoggerName("app.tillpoint.kiosk.store.SqlSales");
        return record;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void aLogFolderRemovedIsMadeAgainAndTheNextRecordIsInIt() throws Exception {
        Path logs = temp.resolve("data/logs");
        LogFile file = open(logs);
        file.publish(record("Order 1 of INR 100.00"));
        deleteTree(logs);

        assertThatCode(() -> file.publish(record("Order 2 of INR 100.00"))).doesNotThrowAnyException();

        assertThat(read(logs.resolve(LogFile.NAME))).contains("Order 2 of INR 100.00");
        assertThat(consoleBytes.toString(StandardCharsets.UTF_8)).contains("was removed", "Logging to "
                + logs.resolve(LogFile.NAME) + " again");
    }

    @Test
    void withTheDataFolderGoneTheConsoleAloneHasTheRecordsUntilItComesBack() throws Exception {
        Path data = temp.resolve("data");
        Path logs = data.resolve("logs");
        LogFile file = open(logs);
        file.publish(record("Order 1 of INR 100.00"));
        deleteTree(data);

        assertThatCode(() -> {
            file.publish(record("Order 2 of INR 100.00"));
            file.publish(record("Order 3 of INR 100.00"));
        }).doesNotThrowAnyException();
        assertThat(data).as("the data folder belongs to its disk: never made again here").doesNotExist();
        assertThat(file.writingTo()).isEmpty();
        assertThat(consoleBytes.toString(StandardCharsets.UTF_8))
                .contains("The log folder " + logs + " cannot be written", "console only");

        Files.createDirectories(data);
        file.publish(record("Order 4 of INR 100.00"));
        assertThat(file.writingTo()).as("not before the retry is due").isEmpty();
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        file.publish(record("Order 5 of INR 100.00"));

        assertThat(file.writingTo()).contains(logs.resolve(LogFile.NAME));
        assertThat(read(logs.resolve(LogFile.NAME))).contains("again; 3 records in between went to the console only",
                "Order 5 of INR 100.00").doesNotContain("Order 4");
    }

    @Test
    void aLogFolderThatCannotBeMadeNeverThrows() throws Exception {
        Path data = temp.resolve("data");
        Path logs = data.resolve("logs");
        LogFile file = open(logs);
        deleteTree(logs);
        Files.writeString(logs, "a file where the folder was");

        assertThatCode(() -> {
            for (int i = 0; i < 5; i++) {
                file.publish(record("Order " + i));
                nanos.addAndGet(Duration.ofSeconds(3).toNanos());
            }
        }).doesNotThrowAnyException();
        assertThat(file.writingTo()).isEmpty();
        assertThat(consoleBytes.toString(StandardCharsets.UTF_8)).containsOnlyOnce("cannot be written");
    }
}
