package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.PinCheck;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The PIN decision alone: lock-outs in a row grow, and only the machine's boot clock times them. */
class PinRulesTest {
    private static final PinRules RULES = new PinRules(true, 3, Duration.ofSeconds(60), Duration.ofMinutes(8), 20);
    private static final Instant NINE = Instant.parse("2026-11-26T09:00:00Z");

    private static PinRules.Now at(Instant wall, long bootMillis) {
        return new PinRules.Now(wall, "boot-1", bootMillis);
    }

    private static PinRules.Attempts fresh() {
        return new PinRules.Attempts("Ravi", true, true, 0, 0, Optional.empty());
    }

    /** Three wrong PINs from {@code attempts} at {@code now}: the attempts after the lock-out they cause. */
    private static PinRules.Attempts lockOut(PinRules.Attempts attempts, PinRules.Now now) {
        PinRules.Attempts current = attempts;
        for (int i = 0; i < 3; i++) {
            current = RULES.judge(current, false, now).store().orElseThrow();
        }
        return current;
    }

    @Test
    void lockOutsInARowLastTwiceAsLongUpToTheCap() {
        assertThat(List.of(0, 1, 2, 3, 4, 5)).extracting(RULES::lockoutAfter).containsExactly(Duration.ofMinutes(1),
                Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(8),
                Duration.ofMinutes(8));

        PinRules.Attempts attempts = fresh();
        long boot = 1_000;
        List<Long> lengths = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            attempts = lockOut(attempts, at(NINE, boot));
            lengths.add(attempts.lockout().orElseThrow().lengthMillis());
            boot += attempts.lockout().orElseThrow().lengthMillis(); // wait it out
        }
        assertThat(lengths).containsExactly(60_000L, 120_000L, 240_000L, 480_000L);

        PinRules.Decision right = RULES.judge(attempts, true, at(NINE, boot));
        assertThat(right.check().outcome()).isEqualTo(PinCheck.Outcome.ACCEPTED);
        assertThat(right.store().orElseThrow().lockouts()).as("a right PIN ends the series").isZero();
    }

    @Test
    void settingTheClockForwardDoesNotEndALockOut() {
        PinRules.Attempts locked = lockOut(fresh(), at(NINE, 5_000));
        PinRules.Decision nextDay = RULES.judge(locked, true, at(NINE.plus(Duration.ofDays(1)), 15_000));
        assertThat(nextDay.check().outcome()).isEqualTo(PinCheck.Outcome.LOCKED_OUT);
    }

    @Test
    void settingTheClockBackDoesNotExtendALockOut() {
        PinRules.Attempts locked = lockOut(fresh(), at(NINE, 5_000));
        PinRules.Decision later = RULES.judge(locked, true, at(NINE.minus(Duration.ofDays(1)), 65_001));
        assertThat(later.check().outcome()).isEqualTo(PinCheck.Outcome.ACCEPTED);
    }

    @Test
    void afterARebootTheRestIsReadFromTheWallClockButNeverMoreThanItsLength() {
        PinRules.Attempts locked = lockOut(fresh(), at(NINE, 5_000));
        // Rebooted, and the date set back a day: at most the lock-out's own minute is left, timed by the new boot.
        PinRules.Now afterReboot = new PinRules.Now(NINE.minus(Duration.ofDays(1)), "boot-2", 2_000);
        PinRules.Decision refused = RULES.judge(locked, true, afterReboot);
        assertThat(refused.check().outcome()).isEqualTo(PinCheck.Outcome.LOCKED_OUT);
        PinRules.Attempts anchored = refused.store().orElseThrow();
        assertThat(anchored.lockout().orElseThrow().boot()).isEqualTo("boot-2");
        assertThat(anchored.lockout().orElseThrow().lengthMillis()).isEqualTo(60_000);

        PinRules.Decision minuteLater = RULES.judge(anchored, true, new PinRules.Now(NINE.minus(Duration.ofDays(1)),
                "boot-2", 62_001));
        assertThat(minuteLater.check().outcome()).isEqualTo(PinCheck.Outcome.ACCEPTED);
    }

    @Test
    void aDisabledCashierOrOneWithoutAPinIsNeverAccepted() {
        assertThat(RULES.judge(new PinRules.Attempts("Ravi", false, true, 0, 0, Optional.empty()), true, at(NINE, 1))
                .check().outcome()).isEqualTo(PinCheck.Outcome.WRONG);
        assertThat(RULES.judge(new PinRules.Attempts("Asha", true, false, 0, 0, Optional.empty()), true, at(NINE, 1))
                .check().outcome()).isEqualTo(PinCheck.Outcome.WRONG);
    }

    @Test
    void theTerminalsWrongPinsInAnHourRaiseOneAlert() {
        List<String> alerts = new ArrayList<>();
        long[] now = {0};
        BootClock clock = new BootClock() {
            @Override
            public String boot() {
                return "boot-1";
            }

            @Override
            public long millis() {
                return now[0];
            }
        };
        WrongPinBudget budget = new WrongPinBudget(3, clock, alerts::add);
        for (int i = 0; i < 6; i++) {
            budget.wrongPin();
            now[0] += 60_000;
        }
        assertThat(alerts).singleElement().asString().contains("4 wrong PINs", "more than 3");
        now[0] += 3_600_000;
        for (int i = 0; i < 4; i++) {
            budget.wrongPin();
        }
        assertThat(alerts).hasSize(2);
    }
}
