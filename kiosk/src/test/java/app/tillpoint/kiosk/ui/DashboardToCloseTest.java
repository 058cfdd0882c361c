package app.tillpoint.kiosk.ui;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardToCloseTest {
    private static final Instant OPENED = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    void aSessionOpenForMoreThanADayIsToClose() {
        assertThat(DashboardScreen.toClose(OPENED, Instant.parse("2026-11-27T21:00:00Z"))).isFalse();
        assertThat(DashboardScreen.toClose(OPENED, Instant.parse("2026-11-28T09:00:01Z"))).isTrue();
    }

    @Test
    void aClockSetBackADaySinceTheOpeningDoesNotFlagIt() {
        assertThat(DashboardScreen.toClose(OPENED, Instant.parse("2026-11-26T10:00:00Z"))).isFalse();
    }
}
