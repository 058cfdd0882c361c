package app.tillpoint.devices.wedge;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BurstDetectorTest {
    private final BurstDetector<String> detector = new BurstDetector<>(50, 4);
    private final List<String> typing = new ArrayList<>();

    /** Types {@code text} one key every {@code gap} ms from {@code start}; returns the time of the last key. */
    private long type(String text, long start, long gap) {
        long when = start;
        for (char c : text.toCharArray()) {
            BurstDetector.Step<String> step = detector.typed(c, when, String.valueOf(c));
            assertThat(step.consume()).isTrue();
            typing.addAll(step.release());
            when += gap;
        }
        return when - gap;
    }

    @Test
    void aFastBurstEndingInEnterIsABadge() {
        long last = type("12345678", 1_000, 12);
        BurstDetector.Step<String> enter = detector.enter(last + 10, "enter");
        assertThat(enter.badge()).isEqualTo("12345678");
        assertThat(enter.consume()).isTrue();
        assertThat(typing).isEmpty();
        assertThat(detector.enterReleased("enter-up").consume()).isTrue();
        assertThat(detector.holding()).isFalse();
    }

    @Test
    void thePersonTypingTheSameDigitsSlowlyIsTyping() {
        long last = type("12345678", 1_000, 180);
        BurstDetector.Step<String> enter = detector.enter(last + 200, "enter");
        typing.addAll(enter.release());
        assertThat(enter.badge()).isNull();
        assertThat(enter.consume()).isFalse();
        assertThat(String.join("", typing)).isEqualTo("12345678");
        assertThat(detector.enterReleased("enter-up").consume()).isFalse();
    }

    @Test
    void tooFewFastKeysAreTyping() {
        long last = type("12", 1_000, 10);
        BurstDetector.Step<String> enter = detector.enter(last + 10, "enter");
        assertThat(enter.badge()).isNull();
        assertThat(enter.release()).containsExactly("1", "2");
    }

    @Test
    void aPauseBeforeEnterMakesItTyping() {
        long last = type("12345678", 1_000, 10);
        BurstDetector.Step<String> enter = detector.enter(last + 400, "enter");
        assertThat(enter.badge()).isNull();
        assertThat(enter.release()).hasSize(8);
    }

    @Test
    void heldKeysExpireAsTypingInTheirOrder() {
        type("9", 1_000, 10);
        assertThat(detector.other("9-up").consume()).isTrue();
        assertThat(detector.expire()).containsExactly("9", "9-up");
        assertThat(detector.holding()).isFalse();
        assertThat(detector.other("shift").consume()).isFalse();
    }

    @Test
    void controlCharactersAreDropped() {
        BurstDetector.Step<String> step = detector.typed('\u0007', 1_000, "bell");
        assertThat(step.consume()).isTrue();
        assertThat(detector.holding()).isFalse();
    }
}
