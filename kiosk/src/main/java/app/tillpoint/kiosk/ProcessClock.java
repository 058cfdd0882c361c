package app.tillpoint.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * How long this process has been running, for {@code --startup-probe}. {@link ProcessHandle.Info#startInstant()}
 * is off by up to a second on Linux (it adds the process's start, counted from boot, to the boot time rounded to the
 * second), so there the two counts from boot are compared instead: {@code /proc/self/stat} and {@code /proc/uptime},
 * both in hundredths of a second.
 */
final class ProcessClock {
    private static final long MILLIS_PER_TICK = 10; // USER_HZ is 100 on every Linux that runs a JVM

    private ProcessClock() {
    }

    /** Milliseconds since this process started, to 10 ms on Linux. */
    static long millisSinceStart() {
        try {
            return sinceStart(Files.readString(Path.of("/proc/self/stat")), Files.readString(Path.of("/proc/uptime")));
        } catch (IOException | RuntimeException e) {
            long startedAt = ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                    .orElse(System.currentTimeMillis());
            return System.currentTimeMillis() - startedAt;
        }
    }

    /** From the two files' text: field 22 of stat (start, in ticks since boot) and uptime's first number. */
    static long sinceStart(String stat, String uptime) {
        // The command name (field 2) is in parentheses and may hold spaces; count the fields after it.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long startMillis = Long.parseLong(fields[19]) * MILLIS_PER_TICK;
        String[] seconds = uptime.trim().split("[ .]");
        long uptimeMillis = Long.parseLong(seconds[0]) * 1000 + Long.parseLong((seconds[1] + "00").substring(0, 3));
        return uptimeMillis - startMillis;
    }
}
