package app.tillpoint.kiosk.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock the test moves by hand, with a boot clock beside it ({@link #bootClock}) that {@link #advance} moves too and
 * {@link #setDate} does not: as when someone changes the date of the machine.
 */
public final class TestClock extends Clock {
    private volatile Instant now;
    private volatile long bootMillis = 1_000;

    public TestClock(Instant start) {
        this.now = start;
    }

    /** The machine's clock since boot, moved by {@link #advance} only. */
    public BootClock bootClock() {
        return new BootClock() {
            @Override
            public String boot() {
                return "test-boot";
            }

            @Override
            public long millis() {
                return bootMillis;
            }
        };
    }

    /** Changes the date, as an administrator (or someone at the till) might: time since boot goes on as it was. */
    public void setDate(Instant date) {
        now = date;
    }

    public static TestClock at(String instant) {
        return new TestClock(Instant.parse(instant));
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
        bootMillis += duration.toMillis();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
