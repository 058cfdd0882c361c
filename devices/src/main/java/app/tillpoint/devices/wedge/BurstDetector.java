package app.tillpoint.devices.wedge;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells a badge reader's burst of keys from a person typing, from the times of the keys alone (no AWT here, so it can
 * be tested without a screen). A printable key opens or extends a burst and is held back; Enter right after a long
 * enough fast burst makes it a badge, and its held keys are dropped; a pause longer than the allowed gap, or an Enter
 * after too few keys, hands the held keys back as typing, in their order.
 *
 * <p>Keys are opaque items of type {@code K} (the AWT events), so whoever uses it can re-dispatch exactly what was
 * held. Not thread-safe: the keyboard wedge calls it on the event thread only.
 *
 * @param <K> a key event
 */
public final class BurstDetector<K> {

    /**
     * What to do with one key.
     *
     * @param consume whether to keep the key from the focused component (held, part of a badge, or a control character)
     * @param release held keys to hand to the focused component as typing, before this key
     * @param badge   the raw text of a finished badge burst, or null
     */
    public record Step<K>(boolean consume, List<K> release, String badge) {
    }

    private final long maxGapMillis;
    private final int minLength;
    private final StringBuilder burst = new StringBuilder();
    private final List<K> held = new ArrayList<>();
    private long lastKeyAt;
    private boolean swallowEnter;

    /**
     * @param maxGapMillis the longest pause between two keys of one badge
     * @param minLength    the fewest printable keys before Enter that make a badge
     */
    public BurstDetector(long maxGapMillis, int minLength) {
        this.maxGapMillis = maxGapMillis;
        this.minLength = minLength;
    }

    /** A character was typed at {@code when} (milliseconds). */
    public Step<K> typed(char c, long when, K key) {
        if (Character.isISOControl(c)) {
            // Control characters never reach a text field; a badge's Enter arrives as a key press instead.
            return new Step<>(true, List.of(), null);
        }
        List<K> release = List.of();
        if (!burst.isEmpty() && when - lastKeyAt > maxGapMillis) {
            release = takeHeld();
        }
        burst.append(c);
        held.add(key);
        lastKeyAt = when;
        return new Step<>(true, release, null);
    }

    /** Enter was pressed at {@code when}: ends a badge, or hands the held keys back and lets Enter through. */
    public Step<K> enter(long when, K key) {
        if (burst.length() >= minLength && when - lastKeyAt <= maxGapMillis) {
            String badge = burst.toString();
            burst.setLength(0);
            held.clear();
            swallowEnter = true;
            return new Step<>(true, List.of(), badge);
        }
        return new Step<>(false, takeHeld(), null);
    }

    /** Enter was released: the end of a badge's Enter, or an ordinary key release. */
    public Step<K> enterReleased(K key) {
        if (swallowEnter) {
            swallowEnter = false;
            return new Step<>(true, List.of(), null);
        }
        return other(key);
    }

    /** Any other key press or release: held while a burst is open, so the order stays right; else let through. */
    public Step<K> other(K key) {
        if (burst.isEmpty()) {
            return new Step<>(false, List.of(), null);
        }
        held.add(key);
        return new Step<>(true, List.of(), null);
    }

    /** No key came for a while: the held keys were typing. Returns them, oldest first. */
    public List<K> expire() {
        return takeHeld();
    }

    /** Whether keys are held back now. */
    public boolean holding() {
        return !burst.isEmpty();
    }

    private List<K> takeHeld() {
        List<K> release = List.copyOf(held);
        held.clear();
        burst.setLength(0);
        return release;
    }
}
