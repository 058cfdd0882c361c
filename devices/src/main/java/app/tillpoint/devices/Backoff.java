package app.tillpoint.devices;

/** The growing wait between attempts to reach an absent device: 250 ms, doubled each time, up to a maximum. */
public final class Backoff {
    private static final long FIRST_MILLIS = 250;
    private final long maxMillis;
    private long next = FIRST_MILLIS;

    public Backoff(long maxMillis) {
        this.maxMillis = Math.max(1, maxMillis);
    }

    /** The wait before the next attempt; each call doubles the following one. */
    public long nextMillis() {
        long wait = Math.min(next, maxMillis);
        next = Math.min(next * 2, maxMillis);
        return wait;
    }

    /** The device answered: start again from the shortest wait. */
    public void reset() {
        next = FIRST_MILLIS;
    }
}
