package app.tillpoint.kiosk;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessClockTest {
    @Test
    void comparesTheStartWithTheUptimeBothCountedFromBoot() {
        // Started 1234.56 s after boot (123456 ticks); now 1236.07 s after boot: running for 1,510 ms.
        String stat = "4242 (java) S 1 4242 4242 0 -1 4194560 100 0 0 0 5 1 0 0 20 0 30 0 123456 3000000 2000";
        assertThat(ProcessClock.sinceStart(stat, "1236.07 2400.11\n")).isEqualTo(1510);
    }

    @Test
    void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        String stat = "7 (tillpoint (kiosk) x) S 1 7 7 0 -1 4194560 100 0 0 0 5 1 0 0 20 0 30 0 500 3000000 2000";
        assertThat(ProcessClock.sinceStart(stat, "6.5 12.0")).isEqualTo(1500);
    }

    @Test
    void thisProcessHasBeenRunningForAMomentNotForAnHour() {
        long ms = ProcessClock.millisSinceStart();
        assertThat(ms).isPositive().isLessThan(3_600_000);
    }
}
