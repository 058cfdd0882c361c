package app.tillpoint.kiosk.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * The terminal's budget of wrong PINs in an hour, against guessing across many cashiers: past it, one alert an hour
 * (audited, shown on the dashboard). Counted by the {@link BootClock} in this run of the kiosk. Thread-safe.
 */
final class WrongPinBudget {
    private static final long HOUR_MILLIS = 3_600_000;

    private final int perHour;
    private final BootClock clock;
    private final Consumer<String> alert;
    private final Deque<Long> wrong = new ArrayDeque<>();
    private long lastAlert = Long.MIN_VALUE;

    WrongPinBudget(int perHour, BootClock clock, Consumer<String> alert) {
        this.perHour = perHour;
        this.clock = clock;
        this.alert = alert;
    }

    /** A wrong PIN was entered now; raises the alert when the hour's budget is passed. */
    void wrongPin() {
        String raised = null;
        synchronized (this) {
            long now = clock.millis();
            wrong.addLast(now);
            while (!wrong.isEmpty() && wrong.peekFirst() <= now - HOUR_MILLIS) {
                wrong.removeFirst();
            }
            if (wrong.size() > perHour && (lastAlert == Long.MIN_VALUE || now - lastAlert >= HOUR_MILLIS)) {
                lastAlert = now;
                raised = wrong.size() + " wrong PINs on this terminal in the last hour (the alert is at more than "
                        + perHour + "): someone may be guessing PINs";
            }
        }
        if (raised != null) {
            alert.accept(raised);
        }
    }
}
