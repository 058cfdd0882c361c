package app.tillpoint.devices;

import app.tillpoint.api.device.BadgeListener;
import app.tillpoint.api.device.DeviceStatus;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Keeps what a badge reader reports, and waits for it. */
public final class RecordingListener implements BadgeListener {
    private final LinkedBlockingQueue<String> badges = new LinkedBlockingQueue<>();
    private final List<DeviceStatus> statuses = new CopyOnWriteArrayList<>();

    @Override
    public void badge(String code) {
        badges.add(code);
    }

    @Override
    public void status(DeviceStatus status) {
        statuses.add(status);
    }

    /** The next badge, or null when none came within {@code wait}. */
    public String nextBadge(Duration wait) throws InterruptedException {
        return badges.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether a badge is waiting to be taken. */
    public boolean hasBadge() {
        return !badges.isEmpty();
    }

    public List<DeviceStatus> statuses() {
        return List.copyOf(statuses);
    }

    /** Waits until a status reported after the {@code since}-th one matches; returns it, or null on time-out. */
    public DeviceStatus awaitStatus(int since, Predicate<DeviceStatus> match, Duration wait)
        throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            List<DeviceStatus> now = statuses();
            for (int i = since; i < now.size(); i++) {
                if (match.test(now.get(i))) {
                    return now.get(i);
                }
            }
            Thread.sleep(20);
        }
        return null;
    }

    /** Waits for a status of {@code state} reported after the {@code since}-th one. */
    public DeviceStatus awaitState(int since, DeviceStatus.State state, Duration wait) throws InterruptedException {
        return awaitStatus(since, s -> s.state() == state, wait);
    }
}
