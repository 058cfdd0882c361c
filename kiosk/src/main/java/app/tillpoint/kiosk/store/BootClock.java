package app.tillpoint.kiosk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A clock that setting the date does not move: milliseconds since the machine booted, with the boot's id, so that two
 * readings compare only within one boot. On Linux it reads {@code /proc/uptime} (which counts suspended time too) and
 * {@code /proc/sys/kernel/random/boot_id}, the same for every process of one boot; elsewhere it counts from this
 * process's start, with an id of this process. PIN lock-outs are timed with it.
 */
public interface BootClock {

    /** Which boot (or process) the readings of {@link #millis} belong to. */
    String boot();

    /** Milliseconds since the boot; only ever grows within one {@link #boot}. */
    long millis();

    /** The machine's clock since boot, or this process's where the machine does not tell. */
    static BootClock system() {
        Path uptime = Path.of("/proc/uptime");
        Path bootId = Path.of("/proc/sys/kernel/random/boot_id");
        try {
            String boot = Files.readString(bootId).strip();
            Files.readString(uptime);
            return new BootClock() {
                @Override
                public String boot() {
                    return boot;
                }

                @Override
                public long millis() {
                    try {
                        String seconds = Files.readString(uptime).strip().split(" ")[0];
                        return Math.round(Double.parseDouble(seconds) * 1000);
                    } catch (IOException | RuntimeException e) {
                        throw new IllegalStateException("Cannot read " + uptime + ": " + e.getMessage(), e);
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            String process = "process-" + UUID.randomUUID();
            long origin = System.nanoTime();
            return new BootClock() {
                @Override
                public String boot() {
                    return process;
                }

                @Override
                public long millis() {
                    return (System.nanoTime() - origin) / 1_000_000;
                }
            };
        }
    }
}
